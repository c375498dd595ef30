import type { LocalizedText } from '../../../functions/domain/locale.ts';
import { describeGradeLimits } from '../../../functions/domain/policy/disability.ts';
import { formatPercent } from '../../../functions/domain/policy/money.ts';
import type { ParameterId, ParametersAsOf } from '../../../functions/domain/policy/parameters.ts';
import type { ProgrammeId } from '../../../functions/domain/policy/programmes.ts';
import type { DocumentId } from '../../../functions/domain/policy/required-documents.ts';

/**
 * The words of each programme page. Figures are never typed here: a page names the
 * parameters it shows and renders them, with date and source, from the domain.
 */
/** Text that may quote figures: it is given the parameters in force and quotes them. */
export type PageText = LocalizedText | ((p: ParametersAsOf) => LocalizedText);

export interface ProgrammePage {
  readonly slug: string;
  readonly whoFor: readonly PageText[];
  /** Parameters that say what you get. */
  readonly whatYouGet: readonly ParameterId[];
  readonly whatYouGetText: PageText;
  readonly howToApply: readonly PageText[];
  /** Parameters that say how long each stage takes. */
  readonly timeLimits: readonly ParameterId[];
  readonly documents: readonly DocumentId[];
  readonly basis: readonly { readonly document: string; readonly clause: string }[];
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export function pageText(text: PageText, p: ParametersAsOf): LocalizedText {
  return typeof text === 'function' ? text(p) : text;
}

// Received where one lives, handled where the law says (民发〔2021〕57号 第四条,
// 普民〔2021〕77号 二(九)); the bureau may let Puning hukou be handled where they live.
// Whether other Guangdong hukou with a Puning residence permit are handled here is only
// inferred, so it is never said as settled (decisions §23).
const permitHolders = t(
  '户口在广东省其他地方、持普宁居住证的，能不能在居住地办理，普宁市民政局还没有公布，请先向居住地的乡镇（街道、农场）咨询。',
  'If your hukou is elsewhere in Guangdong and you hold a Puning residence permit, the Puning Civil Affairs Bureau has not yet published whether you can be handled where you live: ask the township office there first.',
);
const applyWhereYouLive = (p: ParametersAsOf) => {
  const hukou = p.puningHukouHandledWhereTheyLive.value
    ? t(
        '向您现在居住地的乡镇（街道、农场）提出申请，可以在本网站在线申请。按市民政局的决定，普宁户口的由居住地办理。',
        'Apply to the town government, sub-district office or farm where you live now, or online on this site. By decision of the Civil Affairs Bureau, a Puning hukou is handled where you live.',
      )
    : t(
        '向您现在居住地的乡镇（街道、农场）提出申请，可以在本网站在线申请。普宁户口的，按规定由户籍所在地的乡镇（街道、农场）审核办理：户籍在别的乡镇的，居住地代收后自动转交，不用您跑。',
        'Apply to the town government, sub-district office or farm where you live now, or online on this site. With a Puning hukou, the rules name the town of your hukou to decide: if that is another town, the office where you live receives your application and hands it on, so you need not travel.',
      );
  return t(`${hukou['zh-CN']}${permitHolders['zh-CN']}`, `${hukou.en} ${permitHolders.en}`);
};
const householdCheck = t(
  '乡镇（街道、农场）会入户调查，并核对家庭收入和财产（需要您书面授权）。',
  'The township office visits your home and checks household income and property (with your written consent).',
);
const publicNotice = (p: ParametersAsOf) =>
  t(
    `初审结果在您所在的村（社区）公示 ${p.dibaoPublicNoticeDays.value} 天，然后由市民政局审核确认。`,
    `The first decision is posted in your village or community for ${p.dibaoPublicNoticeDays.value} days; the city Civil Affairs Bureau then confirms it.`,
  );
const paymentStarts = t(
  '批准后从下个月起按月发放到您本人的银行账户；不批准的，会书面告诉您理由。',
  'If approved, payment starts the next month into your own bank account. If not, you are told why in writing.',
);

const dibaoTimes: ParameterId[] = [
  'dibaoCheckStartWorkingDays',
  'dibaoPublicNoticeDays',
  'dibaoCityConfirmationWorkingDays',
  'dibaoOverallWorkingDays',
  'dibaoOverallExtendedWorkingDays',
  'refusalNoticeWorkingDays',
];

export const programmePages: Record<ProgrammeId, ProgrammePage> = {
  dibao: {
    slug: 'dibao',
    whoFor: [
      t(
        '家里每人每月的收入低于当地低保标准；',
        'Your household’s income per person per month is below the local dibao standard;',
      ),
      t(
        '家庭财产符合规定：存款等金融资产人均不超过规定月数的低保标准，最多一套住房，没有商铺车库，没有汽车，没有营业执照（夫妻小作坊可以核实后不计）；',
        'Your property is within the limits: savings per person up to a set number of months of the standard, at most one home, no shop or garage, no car, no registered business (a couple’s small workshop may be disregarded after review);',
      ),
      t(
        '家里至少有一人户口在广东省；户口在广东省其他地方的，凭普宁居住证在居住地申请。',
        'At least one member has a Guangdong hukou; if it is elsewhere in Guangdong, apply where you live with a Puning residence permit.',
      ),
    ],
    whatYouGet: [
      'dibaoStandardUrban',
      'dibaoStandardRural',
      'incomeAveragingMonths',
      'financialAssetMonths',
      'gradualExitMonths',
    ],
    whatYouGetText: (p) =>
      t(
        `每月补足到低保标准：补差金额 =（低保标准 − 家庭每人每月收入）× 家庭人数。收入按申请前 ${p.incomeAveragingMonths.value} 个月的月平均计算，城乡居民基础养老金不算收入。`,
        `Each month your income is topped up to the standard: (standard − income per person) × household members. Income is the monthly average of the ${p.incomeAveragingMonths.value} months before you apply; the resident basic pension is not counted.`,
      ),
    howToApply: [applyWhereYouLive, householdCheck, publicNotice, paymentStarts],
    timeLimits: dibaoTimes,
    documents: [
      'id-card',
      'household-register',
      'residence-permit',
      'income-proof',
      'financial-check-consent',
      'bank-account',
    ],
    basis: [
      { document: '普民〔2021〕77号', clause: '二(二)' },
      { document: '广东省人民政府令第262号', clause: '申请条件' },
      { document: '民发〔2021〕57号', clause: '第十三条、第十五条至第二十三条' },
    ],
  },
  'single-person-dibao': {
    slug: 'single-person-dibao',
    whoFor: [
      (p) =>
        t(
          `家庭收入高于低保标准、但低于低保标准的 ${p.edgeIncomeMultiplier.value} 倍（低保边缘）的家庭；`,
          `Households whose income is above the dibao standard but below ${p.edgeIncomeMultiplier.value} times it (the edge line);`,
        ),
      (p) => {
        const grades = describeGradeLimits(p.singlePersonDisabilityGrades.value);
        return t(
          `其中患重特大疾病的人，或${grades['zh-CN']}的人，可以单独纳入低保。`,
          `A member with a serious illness, or with ${grades.en}, can receive dibao alone.`,
        );
      },
    ],
    whatYouGet: [
      'dibaoStandardUrban',
      'dibaoStandardRural',
      'edgeIncomeMultiplier',
      'singlePersonDisabilityGrades',
    ],
    whatYouGetText: t(
      '按单人户享受低保，一般按低保标准全额发放。',
      'The person receives dibao as a one-person household, usually the full standard.',
    ),
    howToApply: [applyWhereYouLive, householdCheck, publicNotice, paymentStarts],
    timeLimits: dibaoTimes,
    documents: [
      'id-card',
      'household-register',
      'disability-certificate',
      'medical-records',
      'income-proof',
      'financial-check-consent',
      'bank-account',
    ],
    basis: [
      { document: '普民〔2021〕77号', clause: '二(五)' },
      { document: '粤府办〔2022〕3号', clause: '低保边缘家庭' },
      { document: '民发〔2021〕57号', clause: '第八条' },
    ],
  },
  tekun: {
    slug: 'tekun',
    whoFor: [
      (p) => {
        const ages = p.noWorkAbilityAges.value;
        const grades = describeGradeLimits(p.noWorkAbilityDisabilityGrades.value);
        return t(
          `${ages.olderFrom} 岁以上的老年人、未满 ${ages.youngerThan} 岁的未成年人，或重度残疾人（${grades['zh-CN']}）；`,
          `People aged ${ages.olderFrom} or over, children under ${ages.youngerThan}, or severely disabled people (${grades.en});`,
        );
      },
      t(
        '没有劳动能力，没有生活来源（收入低于低保标准、财产符合规定）；',
        'who cannot work and have no means of living (income below the dibao standard, property within limits);',
      ),
      t(
        '没有赡养、抚养、扶养人，或者他们没有能力（例如本人也是特困人员、70 岁以上且收入很低、重度残疾、正在服刑等）。',
        'and have no one legally bound to support them, or those people cannot (for example they are in extreme hardship themselves, over 70 with little income, severely disabled, or in prison).',
      ),
    ],
    whatYouGet: [
      'tekunBasicMultiplier',
      'dibaoStandardUrban',
      'dibaoStandardRural',
      'minimumWageMonthly',
      'careShareSelfCare',
      'careSharePartial',
      'careShareFull',
    ],
    whatYouGetText: (p) => {
      const shares = [p.careShareSelfCare, p.careSharePartial, p.careShareFull]
        .map((share) => formatPercent(share.value))
        .join(' / ');
      return t(
        `基本生活费不低于低保标准的 ${p.tekunBasicMultiplier.value} 倍；另按生活自理能力发照料护理费：全自理 / 半自理 / 全护理分别不低于最低工资标准的 ${shares}。可以分散供养（在家），也可以集中供养（敬老院）。`,
        `A basic living allowance of at least ${p.tekunBasicMultiplier.value} times the dibao standard, plus a care allowance by need: at least ${shares} of the minimum wage for people who can look after themselves / need some care / need full care. Support can be at home or in a care home.`,
      );
    },
    howToApply: [
      t(
        '本人或代理人向户籍所在地或居住地的乡镇（街道、农场）书面申请，可以在本网站在线申请。',
        'You, or someone for you, apply in writing to the township office, or online on this site.',
      ),
      t(
        '乡镇（街道、农场）入户调查，评估生活自理能力。',
        'The township office visits and assesses how far the person can look after themselves.',
      ),
      (p) =>
        t(
          `调查结果公示 ${p.tekunPublicNoticeDays.value} 天，市民政局审核确认。`,
          `The result is posted for ${p.tekunPublicNoticeDays.value} days; the city Civil Affairs Bureau confirms it.`,
        ),
      t('确认后从下个月起供养。', 'Support starts the month after confirmation.'),
    ],
    timeLimits: [
      'tekunInvestigationWorkingDays',
      'tekunPublicNoticeDays',
      'tekunCountyReviewWorkingDays',
      'refusalNoticeWorkingDays',
    ],
    documents: [
      'id-card',
      'household-register',
      'disability-certificate',
      'supporter-proof',
      'bank-account',
    ],
    basis: [
      { document: '民发〔2021〕43号', clause: '第四条至第八条、第二十一条、第二十二条' },
      { document: '普民〔2021〕77号', clause: '二(二)' },
    ],
  },
  'dibao-edge': {
    slug: 'dibao-edge',
    whoFor: [
      (p) =>
        t(
          `不符合低保条件，但家里每人每月收入低于低保标准的 ${p.edgeIncomeMultiplier.value} 倍；`,
          `You do not qualify for dibao, but income per person is below ${p.edgeIncomeMultiplier.value} times the dibao standard;`,
        ),
      t('家庭财产符合规定。', 'and your property is within the limits.'),
    ],
    whatYouGet: [
      'edgeIncomeMultiplier',
      'dibaoStandardUrban',
      'dibaoStandardRural',
      'financialAssetMonths',
    ],
    whatYouGetText: t(
      '认定为低保边缘家庭后，可以按规定享受医疗救助、教育救助、住房救助、就业救助等专项救助；家里的重病、重度残疾成员还可以申请“单人保”。',
      'Once recognised as an edge household you can get medical, education, housing and employment assistance; seriously ill or severely disabled members can also apply for single-person dibao.',
    ),
    howToApply: [applyWhereYouLive, householdCheck],
    timeLimits: ['dibaoOverallWorkingDays'],
    documents: ['id-card', 'household-register', 'income-proof', 'financial-check-consent'],
    basis: [
      { document: '粤府办〔2022〕3号', clause: '低保边缘家庭认定' },
      { document: '民发〔2021〕57号', clause: '第八条' },
    ],
  },
  'temporary-emergency': {
    slug: 'temporary-emergency',
    whoFor: [
      t(
        '因火灾、交通事故、突发重病等意外，基本生活暂时出现严重困难的人；',
        'Anyone whose basic living is suddenly in serious difficulty after a fire, traffic accident, sudden serious illness or similar;',
      ),
      t('不论户口在哪里，在事发地申请。', 'wherever their hukou is: apply where it happened.'),
    ],
    whatYouGet: ['dibaoStandardUrban'],
    whatYouGetText: t(
      '先救助、后补手续：乡镇（街道、农场）用备用金先行救助，再补齐调查和审批材料。金额按困难程度确定，与低保标准挂钩。',
      'Help first, paperwork after: the township office helps at once from its reserve fund, then completes the checks. The amount depends on the hardship and is linked to the dibao standard.',
    ),
    howToApply: [
      t(
        '到事发地的乡镇（街道、农场）申请，或在本网站选择“突发急事”在线申请，急难申请排在最前面处理。',
        'Apply to the township office where it happened, or online here choosing “a sudden emergency”; emergencies go to the top of every queue.',
      ),
      t('也可以拨打 12345、12349 求助。', 'You can also call 12345 or 12349 for help.'),
    ],
    timeLimits: [],
    documents: ['id-card', 'emergency-statement', 'medical-records', 'bank-account'],
    basis: [
      { document: '普民〔2021〕77号', clause: '二(六)' },
      { document: '民发〔2018〕23号', clause: '急难型临时救助' },
    ],
  },
  'temporary-expense': {
    slug: 'temporary-expense',
    whoFor: [
      t(
        '因看病、上学、康复等必需开支突然增加，超出家庭承受能力、基本生活出现严重困难的家庭；',
        'Households whose necessary medical, school or rehabilitation costs have suddenly risen beyond what they can bear, leaving them in serious hardship;',
      ),
      t(
        '原则上家庭每人收入低于当地上年度人均可支配收入；是否超出承受能力由乡镇（街道、农场）审核认定。',
        'in principle with income per person below last year’s local disposable income per person; the township assesses whether the costs are beyond what the household can bear.',
      ),
      t(
        '不看户口和居住地：户口不在普宁的，也可以在普宁申请。',
        'Whatever your hukou or residence: you can apply in Puning even if your hukou is elsewhere.',
      ),
    ],
    whatYouGet: ['priorYearDisposableIncomePerPerson'],
    whatYouGetText: t(
      '经审核审批后一次性或分阶段发放，金额按必需开支和困难程度确定。',
      'Paid once or in stages after review, according to the necessary costs and the hardship.',
    ),
    howToApply: [applyWhereYouLive, householdCheck, publicNotice],
    timeLimits: ['dibaoOverallWorkingDays'],
    documents: [
      'id-card',
      'household-register',
      'expense-receipts',
      'income-proof',
      'financial-check-consent',
      'bank-account',
    ],
    basis: [
      { document: '普民〔2021〕77号', clause: '二(六)' },
      { document: '民发〔2018〕23号', clause: '支出型临时救助' },
    ],
  },
  'gradual-exit': {
    slug: 'gradual-exit',
    whoFor: [
      t(
        '正在领低保、家里收入因为就业等原因超过了低保标准的家庭。',
        'Households receiving dibao whose income has risen above the standard, for example through work.',
      ),
    ],
    whatYouGet: ['gradualExitMonths'],
    whatYouGetText: t(
      '可以再领一段时间的低保（渐退期）再退出，让家庭收入稳定下来。',
      'Dibao can continue for a while (the phase-out period) before it stops, so the household’s income can settle.',
    ),
    howToApply: [
      t(
        '乡镇（街道、农场）在复核时办理，您也可以主动申报收入变化。',
        'The township office arranges it at the review; you can also report the change in income yourself.',
      ),
    ],
    timeLimits: [],
    documents: ['id-card', 'dibao-certificate', 'income-proof'],
    basis: [
      { document: '普民〔2021〕77号', clause: '二(一)' },
      { document: '民发〔2021〕57号', clause: '第三十三条' },
    ],
  },
};
