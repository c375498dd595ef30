import type { LocalizedText } from '../locale.ts';
import { type Citation, cite, documents } from './citations.ts';

/** The programmes the pre-check answers for, in the order pages list them. */
export const programmeIds = [
  'dibao',
  'single-person-dibao',
  'tekun',
  'dibao-edge',
  'temporary-emergency',
  'temporary-expense',
  'gradual-exit',
] as const;

export type ProgrammeId = (typeof programmeIds)[number];

export interface ProgrammeInfo {
  readonly id: ProgrammeId;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText;
  readonly description: LocalizedText;
  readonly citation: Citation;
}

export const programmes: Readonly<Record<ProgrammeId, ProgrammeInfo>> = {
  dibao: {
    id: 'dibao',
    name: { 'zh-CN': '城乡最低生活保障', en: 'Minimum living allowance (dibao)' },
    shortName: { 'zh-CN': '低保', en: 'Dibao' },
    description: {
      'zh-CN': '家里每人每月收入低于低保标准、财产也不多的，每月补足到标准。',
      en: 'For households whose income per person is below the dibao standard and who own little: a monthly payment that tops income up to the standard.',
    },
    citation: cite(documents.dibaoProcedure, '第二十三条'),
  },
  'single-person-dibao': {
    id: 'single-person-dibao',
    name: { 'zh-CN': '低保“单人保”', en: 'Single-person dibao' },
    shortName: { 'zh-CN': '单人保', en: 'Single-person dibao' },
    description: {
      'zh-CN': '家里收入略高于低保标准，但有重病或重度残疾的人，这个人可以单独领低保。',
      en: 'When household income is a little above the dibao standard, a seriously ill or severely disabled member can get dibao on their own.',
    },
    citation: cite(documents.puning77, '二(五)'),
  },
  tekun: {
    id: 'tekun',
    name: { 'zh-CN': '特困人员救助供养', en: 'Support for people in extreme hardship (tekun)' },
    shortName: { 'zh-CN': '特困供养', en: 'Tekun' },
    description: {
      'zh-CN':
        '老人、重度残疾人和未成年人，没有劳动能力、没有生活来源、也没有人能赡养或抚养的，由政府供养，并按照护需要发照料护理费。',
      en: 'Older people, severely disabled people and children who cannot work, have no means of living and no one able to support them are supported by the government, with a care allowance according to need.',
    },
    citation: cite(documents.tekunRules, '第四条'),
  },
  'dibao-edge': {
    id: 'dibao-edge',
    name: { 'zh-CN': '低保边缘家庭', en: 'Households just above the dibao line' },
    shortName: { 'zh-CN': '低保边缘', en: 'Edge household' },
    description: {
      'zh-CN': '收入略高于低保标准的家庭，可以得到医疗、教育、住房、就业等专项救助。',
      en: 'Households with income a little above the dibao standard can get help with medical, school, housing and job costs.',
    },
    citation: cite(documents.dibaoProcedure, '第八条'),
  },
  'temporary-emergency': {
    id: 'temporary-emergency',
    name: { 'zh-CN': '临时救助（急难型）', en: 'Emergency help' },
    shortName: { 'zh-CN': '急难救助', en: 'Emergency help' },
    description: {
      'zh-CN':
        '遇到火灾、交通事故、突发重病等突然的困难，在事发地直接申请，不看户口，先救助、后补材料。',
      en: 'For sudden hardship such as a fire, an accident or a sudden serious illness: apply where it happened, whatever your hukou. Help comes first; papers follow.',
    },
    citation: cite(documents.puning77, '二(六)'),
  },
  'temporary-expense': {
    id: 'temporary-expense',
    name: { 'zh-CN': '临时救助（支出型）', en: 'Help with large necessary costs' },
    shortName: { 'zh-CN': '支出型救助', en: 'Expense help' },
    description: {
      'zh-CN': '看病、上学等必需的开支太大，压垮了家里基本生活的，可以申请，按正常程序审核。',
      en: 'When necessary costs such as medical care or schooling are too large for the household to live on, you can apply; the usual review applies.',
    },
    citation: cite(documents.temporaryAid, '支出型临时救助'),
  },
  'gradual-exit': {
    id: 'gradual-exit',
    name: { 'zh-CN': '低保救助渐退期', en: 'Dibao phase-out period' },
    shortName: { 'zh-CN': '渐退期', en: 'Phase-out' },
    description: {
      'zh-CN': '正在领低保的家庭，收入增加超过标准后，还可以继续领一段时间（渐退期）再退出。',
      en: 'A household on dibao whose income rises above the standard keeps the payment for a few more months (the phase-out period) before it stops.',
    },
    citation: cite(documents.puning77, '二(一)'),
  },
};
