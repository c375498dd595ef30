import { type IsoDate, isIsoDate } from '../dates.ts';
import type { LocalizedText } from '../locale.ts';
import { documents } from './citations.ts';
import type { GradeLimits } from './disability.ts';
import type {
  Confidence,
  DatedValue,
  ParameterDefinition,
  ParameterSource,
  ResolvedParameter,
} from './parameter-types.ts';

/**
 * Policy parameters as dated data. Changing a figure is a data change here (with a
 * test), never a change to rule code. Sources and confidence labels follow
 * /work/shared/policy/FACTS.md; `verified` is true only for figures read in an official
 * text. Someone must re-check every figure against the live official page.
 */

/** Bump when the rule code changes meaning (the data is hashed separately). */
export const RULES_REVISION = '2026-12-03.4';

function dated<T>(
  value: T,
  effectiveFrom: IsoDate,
  confidence: Confidence,
  source: ParameterSource,
  note?: LocalizedText,
): DatedValue<T> {
  return {
    value,
    effectiveFrom,
    source,
    verified: confidence === 'verified-official',
    confidence,
    ...(note ? { note } : {}),
  };
}

// Identity helper: fixes each parameter's value type for parametersAsOf's result.
function define<T>(definition: ParameterDefinition<T>): ParameterDefinition<T> {
  return definition;
}

const SEED_DATE = '2021-08-28';
const seed = (clause: string): ParameterSource => ({
  document: documents.puning77,
  clause,
  publisher: '普宁市民政局 普宁市财政局 普宁市乡村振兴局',
});
/**
 * 普民〔2021〕77号 sets each of its measures for the 5-year transition after 脱贫攻坚
 * (2021–2025, "5年过渡期内长期坚持"). Its figures still apply after that until the bureau
 * says otherwise, but a result that uses one says the period has ended.
 */
const transitionPeriod = {
  lastDay: '2025-12-31',
  note: {
    'zh-CN':
      '普民〔2021〕77号的这项措施写明在“5年过渡期内”（2021—2025年）执行，过渡期已经结束；之后是否继续、标准是否调整，以普宁市民政局公布的为准。',
    en: '普民〔2021〕77号 sets this measure for the 5-year transition (2021–2025), which has ended; whether it continues, and at what level, is for the Puning Civil Affairs Bureau to publish.',
  },
} as const;

const dibaoProcedure = (clause: string): ParameterSource => ({
  document: documents.dibaoProcedure,
  clause,
  publisher: '民政部',
  url: 'https://github.com/passwordgloo/Comet-law (docs/department/1.1.1.md)',
});
const tekunRules = (clause: string): ParameterSource => ({
  document: documents.tekunRules,
  clause,
  publisher: '民政部',
  url: 'https://github.com/passwordgloo/Comet-law (docs/department/1.2.md)',
});

const provincialFloorNote: LocalizedText = {
  'zh-CN':
    '没有找到普宁市（揭阳市）自己公布的低保标准，这里用的是广东省四类地区（含揭阳市）的最低标准。当地标准不会低于这个数，以普宁市民政局公布的为准。',
  en: "Puning's (Jieyang's) own published dibao standard was not found. This is the Guangdong minimum for class-4 areas, which include Jieyang. The local standard is at least this; the figure published by the Puning Civil Affairs Bureau prevails.",
};
const dateFromPatternNote = (year: number): LocalizedText => ({
  'zh-CN': `${year}年标准的执行日期没有找到，按往年惯例（1月1日起执行）推定。`,
  en: `The start date of the ${year} figure was not found; 1 January is assumed, as in the years whose date is known.`,
});
const floor2024Note: LocalizedText = {
  'zh-CN':
    '2024年省通知要求各县（市、区）在6月底前执行新标准；这里从2024年7月1日起采用，即可以确定已经执行的第一天。',
  en: 'The 2024 provincial notice asked every county to apply the new minimum by the end of June 2024; it is used here from 1 July 2024, the first day it is certainly in force.',
};
const standard2025NotFound = {
  from: '2025-01-01',
  document: '粤民发〔2025〕25号',
  note: {
    'zh-CN':
      '广东省已印发2025年城乡低保最低标准（粤民发〔2025〕25号），但具体数字没有找到，这里仍用2024年的数字，可能偏低。请以普宁市民政局公布的标准为准。',
    en: 'Guangdong has issued its 2025 dibao minimums (粤民发〔2025〕25号) but the figures were not found, so the 2024 figure is still used and may be too low. The standard published by the Puning Civil Affairs Bureau prevails.',
  },
} as const;

const dibaoFloorSources = {
  2019: { document: '中新社 2019-05-06 报道（广东2019年城乡低保最低标准）', publisher: '中新社' },
  2020: {
    document: '2020年全省城乡低保最低标准',
    publisher: '汕尾市民政局（2020-02-13 转载省标准）',
    url: 'https://envoykitchen.com/swmz/zwgk/sjfb/content/post_582997.html',
  },
  2021: {
    document: '央视新闻 2021-03-11 报道（广东2021年城乡低保最低标准）',
    publisher: '央视新闻',
    url: 'https://bsy.sz.bendibao.com/bsyDetail/628058.html',
  },
  2022: {
    document: '广东提高2022年全省城乡低保最低标准',
    publisher: '广东省民政厅（2022-04-29）',
    url: 'https://bbzdgl.com/zwgk/zdly/shjzxx/content/post_3975806',
  },
  2023: { document: '中国社会报 报道（广东2023年城乡低保最低标准）', publisher: '中国社会报' },
  2024: {
    document: '深圳特区报 2024-04-30 报道（广东2024年城乡低保最低标准）',
    publisher: '深圳特区报',
    url: 'https://www.dutenews.com/n/article/8144683',
  },
} satisfies Record<number, ParameterSource>;

function dibaoFloor(urban: boolean): ParameterDefinition<number> {
  const pick = (u: number, r: number) => (urban ? u : r);
  const note = (extra?: LocalizedText): LocalizedText =>
    extra
      ? {
          'zh-CN': `${provincialFloorNote['zh-CN']}${extra['zh-CN']}`,
          en: `${provincialFloorNote.en} ${extra.en}`,
        }
      : provincialFloorNote;
  return {
    name: urban
      ? { 'zh-CN': '城镇低保标准', en: 'Urban dibao standard' }
      : { 'zh-CN': '农村低保标准', en: 'Rural dibao standard' },
    unit: 'yuan-per-person-month',
    kind: 'provincial-floor',
    values: [
      dated(
        pick(702, 484),
        '2019-01-01',
        'verified-secondary',
        dibaoFloorSources[2019],
        note(dateFromPatternNote(2019)),
      ),
      dated(pick(772, 532), '2020-01-01', 'verified-official', dibaoFloorSources[2020], note()),
      dated(pick(800, 551), '2021-01-01', 'verified-secondary', dibaoFloorSources[2021], note()),
      dated(
        pick(828, 579),
        '2022-01-01',
        'verified-official',
        dibaoFloorSources[2022],
        note(dateFromPatternNote(2022)),
      ),
      dated(pick(857, 600), '2023-01-01', 'verified-secondary', dibaoFloorSources[2023], note()),
      dated(
        pick(860, 645),
        '2024-07-01',
        'verified-secondary',
        dibaoFloorSources[2024],
        note(floor2024Note),
      ),
    ],
    newerFigureNotFound: standard2025NotFound,
  };
}

export const parameters = {
  dibaoStandardUrban: define(dibaoFloor(true)),
  dibaoStandardRural: define(dibaoFloor(false)),

  minimumWageMonthly: define<number>({
    name: { 'zh-CN': '最低工资标准（月）', en: 'Minimum monthly wage' },
    unit: 'yuan-per-month',
    kind: 'rule',
    values: [
      dated(1620, '2021-12-01', 'verified-secondary', {
        document: '广东省人民政府关于调整我省最低工资标准的通知（2021年）',
        clause: '第四类地区（含揭阳市）',
        publisher: '广东省人民政府（南方日报 2021-11-27 报道）',
      }),
      dated(1750, '2025-03-01', 'verified-secondary', {
        document: '粤府函〔2025〕23号',
        clause: '第四类地区（含揭阳市）',
        publisher: '广东省人民政府',
      }),
    ],
  }),

  residentBasicPensionNotCounted: define<boolean>({
    name: {
      'zh-CN': '城乡居民基本养老保险基础养老金不计入家庭收入',
      en: 'The basic resident pension is left out of household income',
    },
    unit: 'switch',
    kind: 'rule',
    validUntil: {
      lastDay: '2025-12-31',
      note: {
        'zh-CN':
          '普民〔2021〕77号 二(八) 写明“十四五”时期（2021—2025年）基础养老金不计入收入，这个时期已经结束；之后是否继续不计入，以普宁市民政局公布的为准。',
        en: '普民〔2021〕77号 二(八) leaves the basic pension out of income during the 14th Five-Year Plan (2021–2025), which has ended; whether it is still left out is for the Puning Civil Affairs Bureau to publish.',
      },
    },
    values: [dated(true, SEED_DATE, 'verified-official', seed('二(八)'))],
  }),

  incomeAveragingMonths: define<number>({
    name: { 'zh-CN': '收入计算期（近几个月平均）', en: 'Months averaged for income' },
    unit: 'months',
    kind: 'rule',
    values: [
      dated(
        6,
        '2019-09-01',
        'verified-secondary',
        { document: documents.gdDibao, clause: '家庭收入计算', publisher: '广东省人民政府' },
        {
          'zh-CN': '家庭人均收入按申请前6个月的平均数计算（广州日报2019-07-19报道）。',
          en: 'Income per person is the average of the 6 months before the application (reported by Guangzhou Daily, 2019-07-19).',
        },
      ),
    ],
  }),

  employmentCostDeductionMonthly: define<number>({
    name: {
      'zh-CN': '必要就业成本扣减额（每户每月上限）',
      en: 'Deduction for necessary work costs (monthly cap per household)',
    },
    unit: 'yuan-per-month',
    kind: 'rule',
    validUntil: transitionPeriod,
    values: [
      dated(0, SEED_DATE, 'not-found', seed('二(一)'), {
        'zh-CN':
          '政策规定核算收入时适当扣减必要的就业成本，但扣减标准没有找到，这里暂按0元计算。佛山市2026年征求意见稿拟按最低工资的20%扣减，仅供参考。',
        en: 'The rules say necessary work costs are deducted when income is counted, but the amount was not found, so 0 is used for now. (A 2026 Foshan draft proposes 20 % of the minimum wage; for reference only.)',
      }),
    ],
  }),

  tekunBasicMultiplier: define<number>({
    name: {
      'zh-CN': '特困人员基本生活标准（低保标准的倍数）',
      en: 'Basic living standard for tekun (times the dibao standard)',
    },
    unit: 'multiplier',
    kind: 'rule',
    validUntil: transitionPeriod,
    values: [dated(1.6, SEED_DATE, 'verified-official', seed('二(二)'))],
  }),
  careShareSelfCare: define<number>({
    name: {
      'zh-CN': '照料护理标准：全自理（最低工资的比例）',
      en: 'Care allowance, fully self-caring (share of the minimum wage)',
    },
    unit: 'share',
    kind: 'rule',
    validUntil: transitionPeriod,
    values: [dated(0.02, SEED_DATE, 'verified-official', seed('二(二)'))],
  }),
  careSharePartial: define<number>({
    name: {
      'zh-CN': '照料护理标准：半自理（最低工资的比例）',
      en: 'Care allowance, partly self-caring (share of the minimum wage)',
    },
    unit: 'share',
    kind: 'rule',
    validUntil: transitionPeriod,
    values: [dated(0.3, SEED_DATE, 'verified-official', seed('二(二)'))],
  }),
  careShareFull: define<number>({
    name: {
      'zh-CN': '照料护理标准：全护理（最低工资的比例）',
      en: 'Care allowance, needing full care (share of the minimum wage)',
    },
    unit: 'share',
    kind: 'rule',
    validUntil: transitionPeriod,
    values: [dated(0.6, SEED_DATE, 'verified-official', seed('二(二)'))],
  }),
  careLevelItems: define<{ partialFrom: number; fullFrom: number }>({
    name: {
      'zh-CN': '生活自理能力：6项中不能完成几项为半自理、全护理',
      en: 'Self-care: how many of the 6 daily tasks not managed make someone partly self-caring or in need of full care',
    },
    unit: 'items',
    kind: 'rule',
    values: [
      dated(
        { partialFrom: 1, fullFrom: 4 },
        '2021-07-01',
        'verified-official',
        tekunRules('第二十一条、第二十二条'),
      ),
    ],
  }),

  noWorkAbilityAges: define<{ olderFrom: number; youngerThan: number }>({
    name: {
      'zh-CN': '视为无劳动能力的年龄（满60周岁、未满16周岁）',
      en: 'Ages treated as unable to work (60 or over, under 16)',
    },
    unit: 'years-of-age',
    kind: 'rule',
    values: [
      dated(
        { olderFrom: 60, youngerThan: 16 },
        '2021-07-01',
        'verified-official',
        tekunRules('第五条'),
      ),
    ],
  }),
  noWorkAbilityDisabilityGrades: define<GradeLimits>({
    name: {
      'zh-CN': '视为无劳动能力的残疾等级（各类别最高等级）',
      en: 'Disability grades treated as unable to work (highest grade per kind)',
    },
    unit: 'disability-grades',
    kind: 'rule',
    values: [
      dated(
        { physical: 2, intellectual: 3, mental: 3, visual: 1, hearing: 0, speech: 0 },
        '2021-07-01',
        'verified-official',
        tekunRules('第五条'),
      ),
    ],
  }),
  singlePersonDisabilityGrades: define<GradeLimits>({
    name: {
      'zh-CN': '可单独纳入低保（单人保）的残疾等级',
      en: 'Disability grades for single-person dibao',
    },
    unit: 'disability-grades',
    kind: 'rule',
    values: [
      dated(
        { physical: 2, intellectual: 4, mental: 4, visual: 2, hearing: 2, speech: 2 },
        '2022-01-01',
        'verified-secondary',
        {
          document: documents.huizhouEdge,
          clause: '单人保（落实粤府办〔2022〕3号）',
          publisher: '惠州市民政局',
        },
        {
          'zh-CN':
            '低保边缘家庭中的重病患者、一二级重度残疾人、三四级精神或智力残疾人可单独纳入低保（惠州实施细则原文；省令第262号据报道；全国的民发〔2021〕57号第八条只写到三级）。生效日期按粤府办〔2022〕3号的年份推定。',
          en: "In edge households, seriously ill members, grade 1–2 disabled members and grade 3–4 intellectually or mentally disabled members can be covered alone (Huizhou's implementing rules, official; Order 262 as reported; the national rule, 民发〔2021〕57号 art. 8, names grade 3 only). The start date is assumed from the year of 粤府办〔2022〕3号.",
        },
      ),
    ],
  }),

  edgeIncomeMultiplier: define<number>({
    name: {
      'zh-CN': '低保边缘家庭收入上限（低保标准的倍数）',
      en: 'Income limit for edge households (times the dibao standard)',
    },
    unit: 'multiplier',
    kind: 'rule',
    values: [
      dated(1.5, '2021-07-01', 'verified-official', dibaoProcedure('第八条'), {
        'zh-CN':
          '低保边缘家庭一般指不符合低保条件、家庭人均收入低于当地低保标准1.5倍、财产状况符合规定的家庭。广东的粤府办〔2022〕3号以及广州、汕头、中山公布的数字与此一致。',
        en: "An edge household is one that does not qualify for dibao, has income per person below 1.5 times the local standard, and meets the asset rules. Guangdong's 粤府办〔2022〕3号 and the figures published by Guangzhou, Shantou and Zhongshan agree.",
      }),
    ],
  }),

  financialAssetMonths: define<number>({
    name: {
      'zh-CN': '人均金融资产上限（相当于几个月的低保标准）',
      en: 'Financial assets limit per person (months of the dibao standard)',
    },
    unit: 'months',
    kind: 'rule',
    values: [
      dated(
        24,
        '2019-09-01',
        'verified-official',
        {
          document: documents.gdAssessment,
          clause: '家庭财产状况',
          publisher: '广东省民政厅（清远市民政局问答引用）',
        },
        {
          'zh-CN':
            '文号有“粤民规字〔2019〕9号”和“〔2020〕9号”两种写法；生效日期按省令第262号施行日期推定。',
          en: 'The document number is cited both as 〔2019〕9号 and 〔2020〕9号; the start date is assumed to be that of Order 262.',
        },
      ),
    ],
  }),
  financialAssetStandardArea: define<'urban' | 'residence'>({
    name: {
      'zh-CN': '金融资产上限按哪个低保标准计算',
      en: 'Which dibao standard the financial-assets limit uses',
    },
    unit: 'area',
    kind: 'rule',
    values: [
      dated(
        'urban',
        '2022-01-01',
        'verified-secondary',
        {
          document: documents.gdEdge,
          clause: '家庭财产状况',
          publisher: '揭阳低保家庭财产要求说明',
        },
        {
          'zh-CN':
            '揭阳的说明写明按“当地城镇低保标准”的24个月计算（边缘家庭、支出型困难家庭）；低保本身的文件写“当地低保标准”，没有说明城乡，这里统一按城镇标准。',
          en: "Jieyang's explainer says 24 months of the local urban standard (edge and expense households); the dibao text says only 'the local standard'. The urban standard is used for all.",
        },
      ),
    ],
  }),
  maxResidentialProperties: define<number>({
    name: { 'zh-CN': '最多拥有住房套数', en: 'Most homes a household may own' },
    unit: 'count',
    kind: 'rule',
    values: [
      dated(
        1,
        '2019-09-01',
        'verified-official',
        {
          document: documents.gdAssessment,
          clause: '家庭财产状况',
          publisher: '广东省民政厅（清远市民政局问答引用）',
        },
        {
          'zh-CN': '泥砖房、不居住的祖屋不计算在内。',
          en: 'Mud-brick houses and ancestral houses nobody lives in are not counted.',
        },
      ),
    ],
  }),

  gradualExitMonths: define<number>({
    name: { 'zh-CN': '救助渐退期', en: 'Phase-out period' },
    unit: 'months',
    kind: 'rule',
    validUntil: transitionPeriod,
    values: [dated(6, SEED_DATE, 'verified-official', seed('二(一)'))],
  }),

  residencePermitEndorsementMonths: define<number>({
    name: {
      'zh-CN': '居住证签注周期（签注后多久内有效）',
      en: 'Residence permit endorsement period',
    },
    unit: 'months',
    kind: 'rule',
    values: [
      dated(12, '2016-01-01', 'verified-official', {
        document: documents.residencePermit,
        clause: '第十条',
        publisher: '国务院',
      }),
    ],
  }),
  puningHukouHandledWhereTheyLive: define<boolean>({
    name: {
      'zh-CN': '普宁户籍、住在普宁另一个镇（街道、农场）的人由居住地办理低保、特困、边缘',
      en: 'Puning-hukou residents of another Puning town are handled where they live',
    },
    unit: 'switch',
    kind: 'bureau-setting',
    values: [
      dated(
        false,
        SEED_DATE,
        'inferred',
        { document: 'bureau decision', clause: '未作出', publisher: '普宁市民政局' },
        {
          'zh-CN':
            '规章写明由户籍所在地乡镇（街道）受理审核（民发〔2021〕57号第四条、民发〔2021〕43号第十条、广东省令第262号），因此默认关闭：在居住地提交的申请转户籍地办理（代收转办）。市民政局决定由居住地办理时打开，并写明生效日期。',
          en: 'The rules name the township of the hukou (民发〔2021〕57号 art. 4, 民发〔2021〕43号 art. 10, Guangdong order 262), so this is off: an application made where someone lives is handed on to the hukou township. The bureau switches it on, with a date, if it decides residence townships handle these cases.',
        },
      ),
    ],
  }),
  confirmationDelegatedToTownships: define<boolean>({
    name: {
      'zh-CN': '低保、特困的审核确认权委托乡镇（街道）行使',
      en: 'Confirmation of dibao and tekun delegated to the townships',
    },
    unit: 'switch',
    kind: 'bureau-setting',
    values: [
      dated(
        false,
        SEED_DATE,
        'inferred',
        { document: documents.dibaoProcedure, clause: '第二条', publisher: '民政部' },
        {
          'zh-CN':
            '民发〔2021〕57号第二条、民发〔2021〕43号第二十八条允许把审核确认权委托乡镇（街道）；没有找到普宁市的委托决定，因此默认关闭：公示后由市民政局确认或不予确认。委托时由市民政局打开，并写明生效日期。',
          en: 'Both rules (民发〔2021〕57号 art. 2, 民发〔2021〕43号 art. 28) allow confirmation to be delegated to townships. No Puning delegation was found, so this is off: after the public notice the city bureau confirms or refuses. The bureau switches it on, with a date, if it delegates.',
        },
      ),
    ],
  }),
  temporaryTownshipApprovalLimitYuan: define<number>({
    name: {
      'zh-CN': '乡镇（街道）可直接审批的临时救助金额上限（每户每次）',
      en: 'Temporary assistance a township may approve itself (per household, per case)',
    },
    unit: 'yuan',
    kind: 'bureau-setting',
    values: [
      dated(
        0,
        SEED_DATE,
        'inferred',
        { document: '社会救助暂行办法', clause: '第四十八条', publisher: '国务院' },
        {
          'zh-CN':
            '《社会救助暂行办法》允许把小额临时救助的审批委托乡镇（街道）；没有找到普宁市的授权额度，因此为 0：所有临时救助的审批（先行救助以外）都报市民政局。市民政局授权时写明额度和生效日期。',
          en: 'The national measures allow small temporary payments to be delegated to townships. No Puning limit was found, so it is 0: every temporary approval (emergency aid first excepted) goes to the city bureau. The bureau sets a limit, with a date, when it delegates.',
        },
      ),
    ],
  }),
  guangdongPermitHoldersMayApply: define<boolean>({
    name: {
      'zh-CN': '广东省内其他地方户籍、持普宁居住证的人可在普宁申请低保、特困、边缘',
      en: 'Residence-permit holders with hukou elsewhere in Guangdong may apply in Puning',
    },
    unit: 'switch',
    kind: 'bureau-setting',
    values: [
      dated(true, SEED_DATE, 'inferred', seed('二(九)'), {
        'zh-CN':
          '依据普民〔2021〕77号“有条件的地区有序推进持有居住证人员在居住地申办社会救助”作出的产品决定；没有找到广东省或揭阳市的具体规定，需由市民政局确认。',
        en: 'A product decision resting on the plan\'s "residence-permit holders may apply where they live, where conditions allow". No Guangdong or Jieyang rule was found; the bureau must confirm.',
      }),
    ],
  }),
  outOfProvincePermitHoldersMayApply: define<boolean>({
    name: {
      'zh-CN': '外省户籍、持普宁居住证的人可在普宁申请低保、特困、边缘',
      en: 'Residence-permit holders with hukou outside Guangdong may apply in Puning',
    },
    unit: 'switch',
    kind: 'bureau-setting',
    values: [
      dated(
        false,
        SEED_DATE,
        'verified-secondary',
        {
          document: documents.gdDibao,
          clause: '申请条件（广东户籍）',
          publisher: '广东省人民政府',
        },
        {
          'zh-CN':
            '广东省规定低保只面向广东户籍家庭。是否向外省户籍的居住证持有人开放，由市民政局决定；目前为“不开放”。',
          en: 'Guangdong limits dibao to households with Guangdong hukou. Opening it to permit holders from other provinces is for the bureau to decide; it is currently off.',
        },
      ),
    ],
  }),

  priorYearDisposableIncomePerPerson: define<number | null>({
    name: {
      'zh-CN': '上年度当地居民人均可支配收入',
      en: "Last year's local disposable income per person",
    },
    unit: 'yuan-per-person-year',
    kind: 'rule',
    values: [
      dated(
        null,
        '2018-01-01',
        'not-found',
        { document: '揭阳市（普宁市）国民经济和社会发展统计公报', publisher: '揭阳市统计局' },
        {
          'zh-CN':
            '没有找到揭阳市或普宁市公布的上年度居民人均可支配收入，用到这个数的判断只能给出“可能符合”。',
          en: 'Jieyang\'s or Puning\'s figure for last year was not found, so checks that need it can only say "possible".',
        },
      ),
    ],
  }),

  uncertainFigureMargin: define<number>({
    name: {
      'zh-CN': '接近未核实数字时不下“不太可能”的幅度（高出该数字的比例）',
      en: 'Margin above an uncertain figure within which the check says "possible", not "unlikely"',
    },
    unit: 'share',
    kind: 'bureau-setting',
    values: [
      dated(
        0.15,
        '2019-01-01',
        'inferred',
        {
          document: '产品设定（依据2019—2024年广东省低保最低标准的年度调整幅度）',
          publisher: '普宁社会救助服务平台',
        },
        {
          'zh-CN':
            '低保标准用的是省定最低标准（本地标准不会更低）、可能已过时或没有核实时，收入只比它高出这个比例以内的，结果写“可能符合”并请向民政部门确认。2019—2024年省定农村最低标准每年上调约 3.6%—9.9%，这里按约两年的上调幅度取 15%。',
          en: 'Where the dibao standard used is a provincial minimum (the local one is at least this), may be out of date or is unverified, income less than this share above it gives "possible" with a pointer to confirm, never "unlikely". The Guangdong rural minimum rose by about 3.6–9.9 % a year in 2019–2024; 15 % covers about two years of rises.',
        },
      ),
    ],
  }),
  minorAgeUnder: define<number>({
    name: {
      'zh-CN': '未成年人（未满多少周岁）',
      en: 'Minors (under this age)',
    },
    unit: 'years-of-age',
    kind: 'rule',
    values: [
      dated(18, '2021-01-01', 'verified-official', {
        document: '中华人民共和国民法典',
        clause: '第十七条、第二十六条',
        publisher: '全国人民代表大会',
      }),
    ],
  }),

  dibaoCheckStartWorkingDays: define<number>({
    name: {
      'zh-CN': '低保：受理后开始入户调查（工作日内）',
      en: 'Dibao: household check starts within (working days)',
    },
    unit: 'working-days',
    kind: 'rule',
    values: [dated(3, '2021-07-01', 'verified-official', dibaoProcedure('第十五条'))],
  }),
  dibaoPublicNoticeDays: define<number>({
    name: { 'zh-CN': '低保：村（社区）公示', en: 'Dibao: public notice in the village' },
    unit: 'days',
    kind: 'rule',
    values: [dated(7, '2021-07-01', 'verified-official', dibaoProcedure('第十九条'))],
  }),
  dibaoCityConfirmationWorkingDays: define<number>({
    name: {
      'zh-CN': '低保：市民政局确认（工作日内）',
      en: 'Dibao: confirmation by the city bureau (working days)',
    },
    unit: 'working-days',
    kind: 'rule',
    values: [dated(10, '2021-07-01', 'verified-official', dibaoProcedure('第二十条'))],
  }),
  dibaoOverallWorkingDays: define<number>({
    name: { 'zh-CN': '低保：办结时限（工作日）', en: 'Dibao: overall time limit (working days)' },
    unit: 'working-days',
    kind: 'rule',
    values: [dated(30, '2021-07-01', 'verified-official', dibaoProcedure('第二十二条'))],
  }),
  dibaoOverallExtendedWorkingDays: define<number>({
    name: {
      'zh-CN': '低保：特殊情况延长后的办结时限（工作日）',
      en: 'Dibao: time limit when extended (working days)',
    },
    unit: 'working-days',
    kind: 'rule',
    values: [dated(45, '2021-07-01', 'verified-official', dibaoProcedure('第二十二条'))],
  }),
  refusalNoticeWorkingDays: define<number>({
    name: {
      'zh-CN': '不予批准时书面告知（工作日内）',
      en: 'Written notice of a refusal within (working days)',
    },
    unit: 'working-days',
    kind: 'rule',
    values: [
      dated(3, '2021-07-01', 'verified-official', dibaoProcedure('第二十一条'), {
        'zh-CN': '特困人员认定也是3个工作日（民发〔2021〕43号第十八条）。',
        en: 'The same 3 working days apply to tekun (民发〔2021〕43号 art. 18).',
      }),
    ],
  }),
  tekunInvestigationWorkingDays: define<number>({
    name: {
      'zh-CN': '特困：乡镇调查核实（工作日内）',
      en: 'Tekun: township investigation (working days)',
    },
    unit: 'working-days',
    kind: 'rule',
    values: [dated(15, '2021-07-01', 'verified-official', tekunRules('第十三条'))],
  }),
  tekunPublicNoticeDays: define<number>({
    name: { 'zh-CN': '特困：公示', en: 'Tekun: public notice' },
    unit: 'days',
    kind: 'rule',
    values: [dated(7, '2021-07-01', 'verified-official', tekunRules('第十五条'))],
  }),
  tekunCountyReviewWorkingDays: define<number>({
    name: {
      'zh-CN': '特困：市民政局审核确认（工作日内）',
      en: 'Tekun: review by the city bureau (working days)',
    },
    unit: 'working-days',
    kind: 'rule',
    values: [dated(15, '2021-07-01', 'verified-official', tekunRules('第十六条'))],
  }),
  reviewYearlyMonths: define<number>({
    name: {
      'zh-CN': '定期复核：收入来源稳定、变化不大的家庭（月）',
      en: 'Periodic review: households whose finances change little (months)',
    },
    unit: 'months',
    kind: 'rule',
    values: [dated(12, '2021-07-01', 'verified-official', dibaoProcedure('第三十一条'))],
  }),
  reviewHalfYearlyMonths: define<number>({
    name: {
      'zh-CN': '定期复核：收入来源不固定、成员有劳动能力的家庭（月）',
      en: 'Periodic review: irregular income or members able to work (months)',
    },
    unit: 'months',
    kind: 'rule',
    values: [dated(6, '2021-07-01', 'verified-official', dibaoProcedure('第三十一条'))],
  }),
  workRefusalsBeforeReduction: define<number>({
    name: {
      'zh-CN': '无正当理由拒绝适当工作，减发或停发本人保障金（次）',
      en: 'Refusals of suitable work before that member’s share is reduced or stopped',
    },
    unit: 'count',
    kind: 'rule',
    values: [dated(3, '2021-07-01', 'verified-official', dibaoProcedure('第三十四条'))],
  }),
  tekunCareReassessmentWorkingDays: define<number>({
    name: {
      'zh-CN': '特困：生活自理能力变化后重新评估（工作日内）',
      en: 'Tekun: re-assessment after a change in self-care (working days)',
    },
    unit: 'working-days',
    kind: 'rule',
    values: [dated(10, '2021-07-01', 'verified-official', tekunRules('第二十三条'))],
  }),
  tekunTerminationNoticeDays: define<number>({
    name: { 'zh-CN': '特困：终止供养前公示', en: 'Tekun: public notice before support ends' },
    unit: 'days',
    kind: 'rule',
    values: [dated(7, '2021-07-01', 'verified-official', tekunRules('第二十六条'))],
  }),
};

export type Parameters = typeof parameters;
export type ParameterId = keyof Parameters;
export type ParameterValue<K extends ParameterId> =
  Parameters[K] extends ParameterDefinition<infer T> ? T : never;
export type ParametersAsOf = {
  readonly [K in ParameterId]: ResolvedParameter<ParameterValue<K>, K>;
};

export const parameterIds = Object.keys(parameters) as ParameterId[];

function resolve<T>(id: string, definition: ParameterDefinition<T>, date: IsoDate) {
  const { values } = definition;
  let index = -1;
  for (let i = 0; i < values.length; i++) {
    if ((values[i]?.effectiveFrom ?? '') <= date) index = i;
  }
  const chosen = values[Math.max(index, 0)];
  if (!chosen) throw new Error(`Parameter ${id} has no values`);
  const later = definition.newerFigureNotFound;
  const mayBeOutdated = later !== undefined && index === values.length - 1 && date >= later.from;
  const ends = definition.validUntil;
  const pastEnd = ends !== undefined && date > ends.lastDay;
  const resolved: ResolvedParameter<T> = {
    ...chosen,
    id,
    name: definition.name,
    unit: definition.unit,
    kind: definition.kind,
    beforeFirstValue: index < 0,
    mayBeOutdated,
    ...(mayBeOutdated && later ? { outdatedNote: later.note } : {}),
    ...(ends ? { lastDay: ends.lastDay } : {}),
    pastEnd,
    ...(pastEnd && ends ? { endNote: ends.note } : {}),
  };
  return resolved;
}

/**
 * Every parameter's value in force on `date` (YYYY-MM-DD): the value with the latest
 * effectiveFrom on or before that day. Before a parameter's first value, the first value
 * is used and marked `beforeFirstValue`.
 */
export function parametersAsOf(date: IsoDate): ParametersAsOf {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO calendar date: ${JSON.stringify(date)}`);
  const result: Record<string, ResolvedParameter<unknown>> = {};
  for (const id of parameterIds) {
    result[id] = resolve(id, parameters[id] as ParameterDefinition<unknown>, date);
  }
  return result as ParametersAsOf;
}

/**
 * A short fingerprint of the rules: 12 hex digits of FNV-1a over the canonical JSON of
 * all parameters and RULES_REVISION. Stored with every check result and application, so
 * a later reader knows which rules produced it.
 *
 * Written out rather than hashed when the module loads (which cost every Lambda cold
 * start several milliseconds): test/unit/domain/parameters.test.ts computes it from the
 * parameters and fails, naming the new value, whenever a figure changes without it.
 */
export const rulesVersion = '37cbf67fd9c9';
