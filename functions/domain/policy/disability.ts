import type { LocalizedText } from '../locale.ts';

/**
 * Disability kinds and grades as on the 残疾人证 (grade 1 is the most severe). Rules
 * name a highest qualifying grade per kind; a 多重残疾 (multiple) certificate does not
 * say which kinds it combines, so for it the answer can only be "maybe".
 */

export const singleDisabilityTypes = [
  'physical',
  'intellectual',
  'mental',
  'visual',
  'hearing',
  'speech',
] as const;
export type SingleDisabilityType = (typeof singleDisabilityTypes)[number];

export const disabilityTypes = [...singleDisabilityTypes, 'multiple'] as const;
export type DisabilityType = (typeof disabilityTypes)[number];

export interface Disability {
  readonly grade: number;
  readonly type: DisabilityType;
}

/** Highest qualifying grade per kind; 0 = no grade of that kind qualifies. */
export type GradeLimits = Readonly<Record<SingleDisabilityType, number>>;

export type Match = 'yes' | 'maybe' | 'no';

export function matchesGradeLimits(disability: Disability | null, limits: GradeLimits): Match {
  if (disability === null) return 'no';
  if (disability.type !== 'multiple') {
    return disability.grade <= limits[disability.type] ? 'yes' : 'no';
  }
  // The overall grade of a multiple disability is that of its most severe part, of an
  // unknown kind: certain only if every kind would qualify, possible if any would.
  const limitsByKind = singleDisabilityTypes.map((type) => limits[type]);
  if (disability.grade <= Math.min(...limitsByKind)) return 'yes';
  if (disability.grade <= Math.max(...limitsByKind)) return 'maybe';
  return 'no';
}

export const disabilityTypeNames = {
  physical: { 'zh-CN': '肢体残疾', en: 'physical disability' },
  intellectual: { 'zh-CN': '智力残疾', en: 'intellectual disability' },
  mental: { 'zh-CN': '精神残疾', en: 'mental disability' },
  visual: { 'zh-CN': '视力残疾', en: 'visual disability' },
  hearing: { 'zh-CN': '听力残疾', en: 'hearing disability' },
  speech: { 'zh-CN': '言语残疾', en: 'speech disability' },
  multiple: { 'zh-CN': '多重残疾', en: 'multiple disabilities' },
} as const;

const chineseGrades = ['', '一', '二', '三', '四'] as const;

function orList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * Plain words for a set of grade limits, from the data itself so texts never drift from
 * the figures: `一级视力残疾，或一至二级肢体残疾` / `grade 1 visual disability, or …`.
 */
export function describeGradeLimits(limits: GradeLimits): LocalizedText {
  const byGrade = new Map<number, SingleDisabilityType[]>();
  for (const type of singleDisabilityTypes) {
    const grade = limits[type];
    if (grade > 0) byGrade.set(grade, [...(byGrade.get(grade) ?? []), type]);
  }
  const parts = [...byGrade.entries()]
    .sort(([a], [b]) => a - b)
    .map(([grade, types]) => ({
      zh: `${grade === 1 ? '一级' : `一至${chineseGrades[grade] ?? grade}级`}${types
        .map((type) => disabilityTypeNames[type]['zh-CN'].replace('残疾', ''))
        .join('、')}残疾`,
      en: `grade ${grade === 1 ? '1' : `1–${grade}`} ${orList(
        types.map((type) => disabilityTypeNames[type].en.replace(' disability', '')),
      )} disability`,
    }));
  return {
    'zh-CN': parts.map((part) => part.zh).join('，或'),
    en: orList(parts.map((part) => part.en)),
  };
}
