import { addMonths, type IsoDate } from '../dates.ts';
import type { CheckInput } from './check-input.ts';
import { cite, documents } from './citations.ts';
import type { RuleContext } from './context.ts';
import { type Reason, reason } from './reasons.ts';
import { text } from './text.ts';

/**
 * Who may apply in Puning for dibao, single-person dibao, tekun and edge help
 * (ARCHITECTURE §7): Puning hukou, yes; hukou elsewhere in Guangdong with a valid
 * Puning residence permit, yes (a bureau setting); hukou outside Guangdong, only when
 * the bureau has switched that on, since 省令第262号 asks for Guangdong hukou.
 * Temporary assistance has no such condition and does not use this.
 */

export type PermitState = 'valid' | 'lapsed' | 'future-date' | 'none';

/** A permit is valid when endorsed within the last N months (N = 12) on `asOf`. */
export function permitState(
  permit: { held: false } | { held: true; lastEndorsedOn: IsoDate },
  asOf: IsoDate,
  months: number,
): PermitState {
  if (!permit.held) return 'none';
  if (permit.lastEndorsedOn > asOf) return 'future-date';
  return asOf <= addMonths(permit.lastEndorsedOn, months) ? 'valid' : 'lapsed';
}

export function residenceReason(ctx: RuleContext): Reason {
  const { registration } = ctx.input;
  if (registration.hukou === 'puning') {
    return reason(
      'hukou-puning',
      'meets',
      text(
        '家里有人是普宁户口，可以在现在居住的乡镇（街道、农场）申请。',
        'Someone in the household has Puning hukou, so you can apply at the town, sub-district or farm where you live.',
      ),
      cite(documents.gdDibao, '申请条件（广东户籍）'),
    );
  }
  const switchParameter =
    registration.hukou === 'guangdong-other'
      ? ctx.p.guangdongPermitHoldersMayApply
      : ctx.p.outOfProvincePermitHoldersMayApply;
  // A switch inferred from "有条件的地区有序推进" is the product's reading, not the
  // bureau's word: never presented as settled either way (issue 16 item 3).
  const inferred = switchParameter.confidence === 'inferred';
  if (!switchParameter.value && !inferred) return notOpen(registration.hukou);

  const months = ctx.p.residencePermitEndorsementMonths.value;
  const state = permitState(registration.residencePermit, ctx.asOf, months);
  const permitClause = cite(documents.residencePermit, '第十条');
  switch (state) {
    case 'valid':
      return inferred
        ? inferredSwitch(switchParameter.value)
        : reason(
            'residence-permit-valid',
            'meets',
            text(
              '您的户口不在普宁，但持有有效的普宁居住证，可以在现在居住的乡镇（街道、农场）申请。',
              'Your hukou is not in Puning, but you hold a valid Puning residence permit, so you can apply where you live.',
            ),
            cite(documents.puning77, '二(九)'),
          );
    case 'lapsed': {
      const lapsedOn =
        registration.residencePermit.held === true
          ? addMonths(registration.residencePermit.lastEndorsedOn, months)
          : '';
      // A permit not endorsed in time is suspended until it is (国务院令第663号 第十条):
      // it opens nothing here meanwhile, so no amount is offered on it.
      return reason(
        'residence-permit-lapsed',
        'fails',
        text(
          `居住证每年要签注一次。您的居住证签注已在 ${lapsedOn} 到期，到期后居住证暂停使用，不能凭它在普宁申请低保、特困供养或低保边缘。请先到派出所补办签注，恢复后再申请；也可以回户口所在地申请。临时救助不受影响，遇到急难或大额必需开支仍可以在普宁申请。`,
          `A residence permit must be endorsed every year. Yours lapsed on ${lapsedOn}, and a lapsed permit is suspended, so it cannot be used to apply in Puning for dibao, tekun or edge help. Renew the endorsement at the police station first, then apply; or apply where your hukou is. Temporary assistance is not affected: for an emergency or large necessary costs you can still apply in Puning.`,
        ),
        permitClause,
      );
    }
    case 'future-date':
      return reason(
        'residence-permit-date-after-check',
        'uncertain',
        text(
          '您填写的居住证签注日期晚于今天，请核对日期；乡镇（街道、农场）会查看您的居住证。',
          'The endorsement date you entered is later than today. Check the date; the township will look at your permit.',
        ),
        permitClause,
      );
    case 'none':
      return reason(
        'residence-permit-missing',
        'fails',
        text(
          '您的户口不在普宁，也没有普宁居住证，低保、特困供养和低保边缘需要回户口所在地申请。在普宁住满半年并有稳定工作或住所的，可以到派出所办理居住证。临时救助不看户口：遇到急难或看病等大额必需开支，可以在普宁申请。',
          'Your hukou is not in Puning and you have no Puning residence permit, so apply for dibao, tekun or edge help where your hukou is. After living in Puning for six months with a steady job or home, you can get a residence permit at the police station. Temporary assistance has no hukou condition: for an emergency or large necessary costs such as medical bills, you can apply in Puning.',
        ),
        cite(documents.residencePermit, '第二条'),
      );
  }
}

/** Whether permit holders may apply here is the bureau's to confirm: "possible" either way. */
function inferredSwitch(open: boolean): Reason {
  return reason(
    'residence-permit-switch-not-confirmed',
    'uncertain',
    open
      ? text(
          '您的户口不在普宁，持有有效的普宁居住证。普宁的方案写明“有条件的地区有序推进持有居住证人员在居住地申办社会救助”，但市民政局还没有公布普宁是否已经受理；请先向居住地的乡镇（街道、农场）或普宁市民政局确认，也可以回户口所在地申请。',
          'Your hukou is not in Puning and you hold a valid Puning residence permit. Puning\'s plan says permit holders may apply where they live "where conditions allow", but the bureau has not published whether Puning does so yet: ask the town, sub-district or farm where you live or the Puning Civil Affairs Bureau first, or apply where your hukou is.',
        )
      : text(
          '您的户口不在普宁。普宁是否受理居住证持有人在居住地申请，市民政局还没有公布；请向居住地的乡镇（街道、农场）或普宁市民政局确认，也可以回户口所在地申请。',
          'Your hukou is not in Puning. Whether Puning takes applications from residence-permit holders where they live has not been published by the bureau: ask the town, sub-district or farm where you live or the Puning Civil Affairs Bureau, or apply where your hukou is.',
        ),
    cite(documents.puning77, '二(九)'),
  );
}

function notOpen(hukou: Exclude<CheckInput['registration']['hukou'], 'puning'>): Reason {
  if (hukou === 'outside-guangdong') {
    return reason(
      'hukou-outside-guangdong',
      'fails',
      text(
        '广东省的低保等救助要求广东户籍。普宁目前还没有向外省户籍的居住证持有人开放，请回户口所在地申请。遇到突发困难，可以在普宁申请临时救助，不看户口。',
        "Guangdong's dibao and related help require Guangdong hukou, and Puning has not yet opened them to residence-permit holders from other provinces, so apply where your hukou is. If something sudden happens, you can ask for emergency help in Puning whatever your hukou.",
      ),
      cite(documents.gdDibao, '申请条件（广东户籍）'),
    );
  }
  return reason(
    'hukou-guangdong-other-not-open',
    'fails',
    text(
      '您的户口在广东省其他地方。普宁目前不受理外地户籍居住证持有人的申请，请回户口所在地申请。',
      'Your hukou is elsewhere in Guangdong. Puning does not currently take applications from residence-permit holders, so apply where your hukou is.',
    ),
    cite(documents.puning77, '二(九)'),
  );
}
