import { isUrbanCommunity } from '../divisions.ts';
import type { LocalizedText } from '../locale.ts';
import type { Citation } from '../policy/citations.ts';
import { evaluate } from '../policy/evaluate.ts';
import type { ProgrammeId } from '../policy/programmes.ts';
import { type ApplicationInput, toCheckInput } from './application-input.ts';

/**
 * Where an application goes and which of its programmes may be applied for there.
 * It goes to the township of the current residence (普民〔2021〕77号 二(九)); an
 * emergency to the township where it happened, at the top of every queue. Whether a
 * residence-permit holder may apply for dibao, single-person dibao, tekun or edge help
 * here is the rules' answer (the same residence reasons the check gives).
 */
export interface Routing {
  readonly townshipCode: string;
  readonly basis: 'residence' | 'emergency-location';
  readonly priority: 'emergency' | 'normal';
  readonly accepted: readonly ProgrammeId[];
  readonly refused: readonly {
    readonly programme: ProgrammeId;
    readonly reason: LocalizedText;
    readonly citation: Citation;
  }[];
}

const residenceCode = /^(hukou-|residence-permit-)/;

export function routeApplication(application: ApplicationInput, asOf: string): Routing {
  const urban = isUrbanCommunity(application.residence.villageCode);
  const result = evaluate(toCheckInput(application, urban), asOf);
  const accepted: ProgrammeId[] = [];
  const refused: Routing['refused'][number][] = [];
  for (const programme of application.programmes) {
    const verdict = result.programmes.find((p) => p.programme === programme);
    const barred = verdict?.reasons.find((r) => residenceCode.test(r.code) && r.status === 'fails');
    if (barred) refused.push({ programme, reason: barred.text, citation: barred.citation });
    else accepted.push(programme);
  }
  const emergency = application.programmes.includes('temporary-emergency')
    ? application.emergency
    : undefined;
  return {
    townshipCode: emergency ? emergency.townshipCode : application.residence.townshipCode,
    basis: emergency ? 'emergency-location' : 'residence',
    priority: emergency ? 'emergency' : 'normal',
    accepted,
    refused,
  };
}
