import { cite, documents } from '../citations.ts';
import type { RuleContext } from '../context.ts';
import { type Reason, reason } from '../reasons.ts';
import { documentList } from '../required-documents.ts';
import { type ProgrammeResult, programmeResult } from '../result.ts';
import { text } from '../text.ts';
import { townshipName } from '../townships.ts';

/**
 * 临时救助（急难型）: anyone in sudden hardship, whatever their hukou or residence, applies
 * where it happened; help comes first and the paperwork follows (普民〔2021〕77号 二(六);
 * 民发〔2018〕23号). Puning's amount standard was not found, so no amount is estimated.
 */
export function evaluateTemporaryEmergency(ctx: RuleContext): ProgrammeResult {
  const { situation } = ctx.input;
  const hotline = reason(
    'emergency-hotline',
    'info',
    text(
      '情况紧急时，可以直接拨打 12345 政务服务热线或 12349 社会救助热线求助。',
      'In an urgent situation you can call the 12345 government service line or the 12349 social assistance line.',
    ),
    cite(documents.puning77, '二(四)'),
  );
  if (situation.need !== 'sudden-emergency') {
    return programmeResult(
      'temporary-emergency',
      [
        reason(
          'emergency-not-reported',
          'fails',
          text(
            '您没有选择“遇到突发困难”。如果遇到火灾、事故、突发重病等情况，可以在事发地的乡镇（街道、农场）申请急难救助。',
            'You did not choose "sudden hardship". If a fire, an accident or a sudden serious illness happens, you can ask for emergency help at the town, sub-district or farm where it happened.',
          ),
          cite(documents.puning77, '二(六)'),
        ),
        hotline,
      ],
      () => noExtras(ctx),
    );
  }
  const place = townshipName(situation.townshipCode);
  const reasons: Reason[] = [
    reason(
      'emergency-where-it-happened',
      'meets',
      text(
        `急难救助由事发地办理，不看户口和居住地：请到${place['zh-CN']}申请。`,
        `Emergency help is given where the hardship happened, whatever your hukou or residence: apply at ${place.en}.`,
      ),
      cite(documents.puning77, '二(六)'),
    ),
    reason(
      'emergency-aid-first',
      'meets',
      text(
        '急难型救助实行“先行救助”：先帮您渡过难关，情况说明和材料可以事后补上。',
        'Emergency help comes first: the explanation and papers can follow afterwards.',
      ),
      cite(documents.temporaryAid, '急难型临时救助：先行救助'),
    ),
    hotline,
  ];
  return programmeResult('temporary-emergency', reasons, () => ({
    estimatedMonthlyAmount: null,
    documents: documentList(['id-card', 'emergency-statement', 'bank-account']),
    applyAt: { townshipCode: situation.townshipCode, basis: 'emergency-location' },
    whenEligible: [
      reason(
        'emergency-amount-case-by-case',
        'info',
        text(
          '救助金额按困难程度确定，是一次性的；普宁的具体标准我们还没有找到，这里不作估算。',
          "The amount depends on the hardship and is paid once; Puning's standard was not found, so no estimate is given.",
        ),
        cite(documents.temporaryAid, '救助标准'),
      ),
    ],
  }));
}

function noExtras(ctx: RuleContext) {
  return {
    estimatedMonthlyAmount: null,
    documents: [],
    applyAt: { townshipCode: ctx.input.residence.townshipCode, basis: 'residence' as const },
  };
}
