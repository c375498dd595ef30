import { isUrbanCommunity } from '../divisions.ts';
import type { LocalizedText } from '../locale.ts';
import { type Citation, cite, documents } from '../policy/citations.ts';
import { evaluate } from '../policy/evaluate.ts';
import { type ParametersAsOf, parametersAsOf } from '../policy/parameters.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import { type ApplicationInput, toCheckInput } from './application-input.ts';

/**
 * Where an application goes: received where the person lives, handled where the law
 * says (ARCHITECTURE §7). Two townships per case:
 * - the receiving township is the one of the current residence — people apply near home;
 * - the responsible township is the one the rules name, which decides and whose queue
 *   holds the case: the 户籍 township for Puning-hukou 低保, 单人保, 特困 and 边缘
 *   (民发〔2021〕57号 第四条, 民发〔2021〕43号 第十条, 广东省令第262号) unless the bureau
 *   lets them be handled where they live; the residence township for residence-permit
 *   holders (普民〔2021〕77号 二(九), where the bureau switches allow); for temporary
 *   assistance where the emergency happened, or where the person lives (民发〔2018〕23号).
 * When the two differ the case is handed on at once (代收转办). An emergency goes to
 * the top of the queue. Whether a residence-permit holder may apply for dibao,
 * single-person dibao, tekun or edge help here is the rules' answer (the same
 * residence reasons the check gives).
 */
export type RoutingBasis =
  | 'hukou'
  | 'residence-by-bureau-setting'
  | 'residence-permit'
  | 'residence'
  | 'emergency-location';

export interface Routing {
  /** The responsible township: it decides, and the case is in its queue. */
  readonly townshipCode: string;
  /** Where the person lives and applied; it keeps read access when the case is handed on. */
  readonly receivingTownshipCode: string;
  readonly basis: RoutingBasis;
  readonly citation: Citation;
  readonly priority: 'emergency' | 'normal';
  readonly accepted: readonly ProgrammeId[];
  readonly refused: readonly {
    readonly programme: ProgrammeId;
    readonly reason: LocalizedText;
    readonly citation: Citation;
  }[];
}

/** The programmes whose place of handling follows the 户籍 (or the permit). */
const registrationBound: readonly ProgrammeId[] = [
  'dibao',
  'single-person-dibao',
  'tekun',
  'dibao-edge',
];

const residenceCode = /^(hukou-|residence-permit-)/;

export const routingCitations: Readonly<Record<RoutingBasis, Citation>> = {
  hukou: cite(documents.dibaoProcedure, '第四条'),
  'residence-by-bureau-setting': cite('bureau decision', 'puningHukouHandledWhereTheyLive'),
  'residence-permit': cite(documents.puning77, '二(九)'),
  residence: cite(documents.temporaryAid, '支出型临时救助：经常居住地'),
  'emergency-location': cite(documents.temporaryAid, '急难型临时救助：事发地'),
};

/**
 * `p` is the parameters in force on `asOf` (given by tests to try the bureau setting
 * both ways); the rules' own answer is computed with the parameters of `asOf`.
 */
export function routeApplication(
  application: ApplicationInput,
  asOf: string,
  p: ParametersAsOf = parametersAsOf(asOf),
): Routing {
  const urban = isUrbanCommunity(application.residence.villageCode);
  const checkInput = toCheckInput(application, urban);
  // Emergency help asked alone has no means test yet, and no residence bar (民发〔2018〕23号).
  const result = checkInput ? evaluate(checkInput, asOf) : null;
  const accepted: ProgrammeId[] = [];
  const refused: Routing['refused'][number][] = [];
  for (const programme of application.programmes) {
    const verdict = result?.programmes.find((p) => p.programme === programme);
    const barred = verdict?.reasons.find((r) => residenceCode.test(r.code) && r.status === 'fails');
    if (barred) refused.push({ programme, reason: barred.text, citation: barred.citation });
    else accepted.push(programme);
  }
  const emergency = application.programmes.includes('temporary-emergency')
    ? application.emergency
    : undefined;
  const receivingTownshipCode = application.residence.townshipCode;
  const responsible = emergency
    ? { townshipCode: emergency.townshipCode, basis: 'emergency-location' as const }
    : responsibleTownship(application, accepted, p);
  return {
    townshipCode: responsible.townshipCode,
    receivingTownshipCode,
    basis: responsible.basis,
    citation: routingCitations[responsible.basis],
    priority: emergency ? 'emergency' : 'normal',
    accepted,
    refused,
  };
}

function responsibleTownship(
  application: ApplicationInput,
  accepted: readonly ProgrammeId[],
  p: ParametersAsOf,
): { townshipCode: string; basis: RoutingBasis } {
  const residence = application.residence.townshipCode;
  if (!accepted.some((p) => registrationBound.includes(p)))
    return { townshipCode: residence, basis: 'residence' };
  if (application.registration?.hukou !== 'puning')
    return { townshipCode: residence, basis: 'residence-permit' };
  if (p.puningHukouHandledWhereTheyLive.value)
    return { townshipCode: residence, basis: 'residence-by-bureau-setting' };
  return { townshipCode: application.hukouPlace?.townshipCode ?? residence, basis: 'hukou' };
}

/** Whether the case was received by one township and handed on to another (代收转办). */
export function isHandedOver(routing: Pick<Routing, 'townshipCode' | 'receivingTownshipCode'>) {
  return routing.townshipCode !== routing.receivingTownshipCode;
}
