import type { LocalizedText } from '../locale.ts';
import type { CheckInput, CheckInputMember } from '../policy/check-input.ts';
import { type Citation, cite, documents } from '../policy/citations.ts';
import { joinLabels, memberLabel, text } from '../policy/text.ts';
import { type DepartmentId, departments } from './departments.ts';

/**
 * Related help a household may need besides the programmes the check decides
 * (一门受理、协同办理): 普民〔2021〕77号 二(五) — those who meet the conditions of
 * education, medical, housing or employment assistance are taken in by the department
 * concerned. Read from the check's answers only, and only ever "possible": the
 * portal does not decide these, the department does.
 */
export const relatedHelpIds = [
  'disability-subsidies',
  'medical-assistance',
  'education-assistance',
  'housing-assistance',
  'employment-assistance',
  'work-injury',
] as const;
export type RelatedHelpId = (typeof relatedHelpIds)[number];

export interface RelatedHelp {
  readonly id: RelatedHelpId;
  readonly name: LocalizedText;
  /** Which answers suggest it. */
  readonly why: LocalizedText;
  readonly citation: Citation;
  readonly department: DepartmentId;
  readonly departmentName: LocalizedText;
  readonly contact: LocalizedText;
}

/** Why the department is involved at all: the one clause every suggestion rests on. */
export const relatedHelpBasis: Citation = cite(documents.puning77, '二(五)');

/** Working age for these suggestions: 16 (the legal minimum) to 59. */
const workingAge = (m: CheckInputMember) => m.age >= 16 && m.age < 60;

interface Rule {
  readonly id: RelatedHelpId;
  readonly name: LocalizedText;
  readonly department: DepartmentId;
  readonly citation: Citation;
  /** The members concerned (labels), or a household-level reason; null when it does not apply. */
  readonly why: (input: CheckInput) => LocalizedText | null;
}

function membersWhere(
  input: CheckInput,
  test: (member: CheckInputMember) => boolean,
  says: (who: LocalizedText) => LocalizedText,
): LocalizedText | null {
  const labels = input.members.flatMap((m, i) => (test(m) ? [memberLabel(i, m)] : []));
  return labels.length > 0 ? says(joinLabels(labels)) : null;
}

const rules: readonly Rule[] = [
  {
    id: 'disability-subsidies',
    name: text(
      '残疾人两项补贴（困难残疾人生活补贴、重度残疾人护理补贴）',
      'Disability allowances (living allowance for people with disabilities in hardship, care allowance for severe disabilities)',
    ),
    department: 'disabled-persons-federation',
    citation: cite(documents.disabilitySubsidies, '困难残疾人生活补贴和重度残疾人护理补贴'),
    why: (input) =>
      membersWhere(
        input,
        (m) => m.disability !== null,
        (who) => text(`${who['zh-CN']}有残疾`, `${who.en} has a disability`),
      ),
  },
  {
    id: 'medical-assistance',
    name: text('医疗救助', 'Medical assistance'),
    department: 'medical-security',
    citation: cite(documents.assistanceMeasures, '第五章 医疗救助'),
    why: (input) =>
      membersWhere(
        input,
        (m) => m.seriousIllness,
        (who) => text(`${who['zh-CN']}患重特大疾病`, `${who.en} has a serious illness`),
      ) ??
      (input.expenses.rigidSpendingLast12Months > 0
        ? text(
            '过去 12 个月有较大的必需支出；如果是看病的费用',
            'Large necessary spending in the last 12 months; if it was for medical care',
          )
        : null),
  },
  {
    id: 'education-assistance',
    name: text('教育救助（学生资助）', 'Education assistance (help for students)'),
    department: 'education',
    citation: cite(documents.assistanceMeasures, '第六章 教育救助'),
    why: (input) =>
      membersWhere(
        input,
        (m) => m.fullTimeStudent,
        (who) => text(`${who['zh-CN']}在上学`, `${who.en} is in full-time education`),
      ),
  },
  {
    id: 'housing-assistance',
    name: text(
      '住房救助（公共租赁住房、租赁补贴、农村危房改造）',
      'Housing assistance (public rental housing, rent allowance, rural house repairs)',
    ),
    department: 'housing',
    citation: cite(documents.assistanceMeasures, '第七章 住房救助'),
    why: (input) =>
      input.assets.homes === 0 ? text('家里没有自己的住房', 'The household owns no home') : null,
  },
  {
    id: 'employment-assistance',
    name: text(
      '就业救助（职业介绍、技能培训、公益性岗位）',
      'Employment assistance (job placement, training, public-service jobs)',
    ),
    department: 'human-resources',
    citation: cite(documents.assistanceMeasures, '第八章 就业救助'),
    why: (input) =>
      input.income.wages === 0
        ? membersWhere(
            input,
            (m) => workingAge(m) && m.ableToWork && !m.fullTimeStudent,
            (who) =>
              text(
                `${who['zh-CN']}有劳动能力，家里没有工资收入`,
                `${who.en} can work and the household has no wages`,
              ),
          )
        : null,
  },
  {
    id: 'work-injury',
    name: text('工伤保险待遇（工伤认定）', 'Work-injury insurance (work-injury recognition)'),
    department: 'human-resources',
    citation: cite(documents.workInjury, '第十七条'),
    why: (input) =>
      membersWhere(
        input,
        (m) => workingAge(m) && (!m.ableToWork || m.disability !== null),
        (who) =>
          text(
            `${who['zh-CN']}在劳动年龄内不能工作或有残疾；如果是因工作受伤或患职业病`,
            `${who.en} is of working age and cannot work or has a disability; if it came from an injury at work or an occupational disease`,
          ),
      ),
  },
];

/**
 * The related help the answers point to, in a fixed order, each with why, the rule it
 * rests on, the department and how to reach it. Possible help, never a promise.
 */
export function relatedHelp(input: CheckInput): RelatedHelp[] {
  return rules.flatMap((rule) => {
    const why = rule.why(input);
    if (!why) return [];
    const department = departments[rule.department];
    return [
      {
        id: rule.id,
        name: rule.name,
        why,
        citation: rule.citation,
        department: rule.department,
        departmentName: department.name,
        contact: department.contact,
      },
    ];
  });
}
