import { assetReasons } from '../assets.ts';
import { cite, documents } from '../citations.ts';
import type { RuleContext } from '../context.ts';
import { type Reason, reason } from '../reasons.ts';
import { documentList, householdDocuments } from '../required-documents.ts';
import { residenceReason } from '../residence.ts';
import { type ProgrammeResult, programmeResult } from '../result.ts';
import { text } from '../text.ts';
import { edgeBandReason } from './single-person-dibao.ts';

/**
 * 低保边缘家庭 (粤府办〔2022〕3号): not a dibao household, income per person below 1.5
 * times the standard, assets within the same four limits. Being recognised brings no
 * monthly payment of its own but opens medical, school, housing and job assistance.
 */
export function evaluateDibaoEdge(ctx: RuleContext): ProgrammeResult {
  const reasons: Reason[] = [
    residenceReason(ctx),
    edgeBandReason(ctx, 'edge'),
    ...assetReasons(ctx, documents.gdEdge),
  ];
  return programmeResult('dibao-edge', reasons, () => ({
    estimatedMonthlyAmount: null,
    documents: documentList(householdDocuments(ctx.input)),
    applyAt: { townshipCode: ctx.input.residence.townshipCode, basis: 'residence' },
    whenEligible: [
      reason(
        'edge-referrals',
        'info',
        text(
          '认定为低保边缘家庭后，没有每月的低保金，但可以按条件得到医疗救助、教育救助、住房救助、就业救助等，有重病重残的家人还可以申请“单人保”。',
          'An edge household gets no monthly dibao payment, but can get help with medical, school, housing and job costs, and a seriously ill or disabled member can apply for single-person dibao.',
        ),
        cite(documents.puning77, '二(五)'),
      ),
    ],
  }));
}
