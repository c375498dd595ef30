import { hotlines } from '../hotlines.ts';
import type { LocalizedText } from '../locale.ts';

/**
 * The departments a household may be referred to (一门受理、协同办理): the ones 普民〔2021〕77号
 * 二(三) and 二(五) name beside civil affairs for the special assistance — education,
 * human resources and social security (jobs, work injury), housing, medical security —
 * and the disabled persons' federation (残联). Named by function, as 77号 names them: the
 * portal does not know each bureau's exact title or office.
 */
export const departmentIds = [
  'disabled-persons-federation',
  'medical-security',
  'education',
  'housing',
  'human-resources',
  'other',
] as const;
export type DepartmentId = (typeof departmentIds)[number];

export interface Department {
  readonly name: LocalizedText;
  /** How to reach it: a confirmed hotline, or where to ask instead. */
  readonly contact: LocalizedText;
  /** A confirmed public number, when there is one. */
  readonly phone?: string;
}

// No local number is confirmed for these: the township's window passes the case on.
const askTheWindow: LocalizedText = {
  'zh-CN': `请到镇（街道）社会救助服务窗口咨询，或拨打 ${hotlines.government} 政务服务热线`,
  en: `Ask at the township's social assistance service window, or call the government service line ${hotlines.government}`,
};

export const departments: Record<DepartmentId, Department> = {
  'disabled-persons-federation': {
    name: { 'zh-CN': '残疾人联合会（残联）', en: "Disabled Persons' Federation" },
    contact: {
      'zh-CN': `请到镇（街道）社会救助服务窗口或残联咨询，也可拨打 ${hotlines.government}`,
      en: `Ask at the township's social assistance service window or the federation, or call ${hotlines.government}`,
    },
  },
  'medical-security': {
    name: {
      'zh-CN': '医疗保障部门（医保）',
      en: 'Medical security (medical insurance) department',
    },
    contact: askTheWindow,
  },
  education: {
    name: { 'zh-CN': '教育部门', en: 'Education department' },
    contact: {
      'zh-CN': `请向孩子就读的学校或镇（街道）社会救助服务窗口咨询，也可拨打 ${hotlines.government}`,
      en: `Ask the child's school or the township's social assistance service window, or call ${hotlines.government}`,
    },
  },
  housing: {
    name: {
      'zh-CN': '住房城乡建设部门（住建）',
      en: 'Housing and urban-rural development department',
    },
    contact: askTheWindow,
  },
  'human-resources': {
    name: {
      'zh-CN': '人力资源社会保障部门（人社）',
      en: 'Human resources and social security department',
    },
    contact: {
      'zh-CN': `拨打 ${hotlines.humanResources} 人力资源社会保障服务热线，或到镇（街道）社会救助服务窗口咨询`,
      en: `Call the human resources and social security line ${hotlines.humanResources}, or ask at the township's social assistance service window`,
    },
    phone: hotlines.humanResources,
  },
  other: {
    name: { 'zh-CN': '其他部门', en: 'Another department' },
    contact: askTheWindow,
  },
};
