import { canonicalJson, fnv1a64 } from '../hash.ts';
import type { LocalizedText } from '../locale.ts';

/**
 * The texts an applicant consents to, versioned (PIPL art. 14, 29). The form shows
 * them; the server records the version and a hash of exactly these words with the
 * application, so what was agreed to can always be shown later.
 */
export const consentVersion = '2026-11-28';

export interface ConsentText {
  readonly title: LocalizedText;
  readonly paragraphs: readonly LocalizedText[];
  readonly agree: LocalizedText;
}

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const consentTexts: Readonly<
  Record<'privacy' | 'sensitive' | 'economicCheck', ConsentText>
> = {
  privacy: {
    title: t('个人信息保护告知', 'How we use your personal information'),
    paragraphs: [
      t(
        '为办理社会救助，普宁市民政局和您所在的镇（街道、农场）需要收集您和家庭成员的姓名、身份证号码、手机号码、住址、收入和财产等信息。',
        'To handle your application, the Puning Civil Affairs Bureau and your township office collect the names, ID numbers, mobile numbers, addresses, income and property of you and your household.',
      ),
      t(
        '这些信息只用于审核和发放救助，保存在中国境内，按规定期限保存；除法律规定外不会提供给其他单位。您可以查询、更正您的信息，或撤回申请。',
        'This information is used only to review and pay assistance, is kept in mainland China for the period the rules set, and is not given to anyone else unless the law requires it. You can see and correct it, or withdraw your application.',
      ),
      t('如有疑问，请拨打 12345 或 12349。', 'Questions: call 12345 or 12349.'),
    ],
    agree: t('我已阅读并同意《个人信息保护告知》', 'I have read and agree to the privacy notice'),
  },
  sensitive: {
    title: t('敏感个人信息单独同意', 'Separate consent for sensitive personal information'),
    paragraphs: [
      t(
        '身份证号码、银行账户、残疾和疾病情况属于敏感个人信息。审核救助必须处理这些信息，我们会加密保存，只有经办人员可以查看。',
        'ID numbers, bank accounts, disability and illness are sensitive personal information. Reviewing assistance needs them; they are stored encrypted and only case officers can see them.',
      ),
    ],
    agree: t(
      '我单独同意处理上述敏感个人信息',
      'I separately consent to this sensitive information being processed',
    ),
  },
  economicCheck: {
    title: t('家庭经济状况核对授权', 'Authorisation to check household finances'),
    paragraphs: [
      t(
        '审核时，民政部门需要向银行、不动产、车辆、工商、社保等部门核对您和家庭成员的收入和财产。',
        'To review your application, civil affairs checks your household’s income and property with banks, property, vehicle, business and social-insurance registers.',
      ),
      t(
        '这份授权是申请低保、特困和低保边缘家庭认定的必要条件。家庭其他成年成员的书面授权可以在入户调查时补签。',
        'This authorisation is required for dibao, tekun and edge-household applications. Other adult members can sign theirs at the home visit.',
      ),
    ],
    agree: t(
      '我授权民政部门核对我家庭的经济状况',
      'I authorise civil affairs to check my household’s finances',
    ),
  },
};

/** Fingerprint of the consent texts of this version, stored with each application. */
export const consentTextHash = fnv1a64(canonicalJson({ consentVersion, consentTexts }));
