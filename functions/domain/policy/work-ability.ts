import type { CheckInputMember } from './check-input.ts';
import { type Match, matchesGradeLimits } from './disability.ts';
import type { ParametersAsOf } from './parameters.ts';

/**
 * "No ability to work" as 民发〔2021〕43号 art. 5 defines it: 60 or over, under 16, or a
 * qualifying disability grade. The same test tells who is of working age for the
 * refusal-to-work rule. 'maybe' only for a multiple disability (kind not known).
 */
export function lacksWorkAbility(member: CheckInputMember, p: ParametersAsOf): Match {
  const ages = p.noWorkAbilityAges.value;
  if (member.age >= ages.olderFrom || member.age < ages.youngerThan) return 'yes';
  return matchesGradeLimits(member.disability, p.noWorkAbilityDisabilityGrades.value);
}

/**
 * Someone whose income is imputed at the minimum wage (省令第262号): of working age and
 * able to work, turning down suitable work; students are exempt.
 */
export function refusesWorkWithoutExemption(member: CheckInputMember, p: ParametersAsOf): boolean {
  return (
    member.ableToWork &&
    member.refusesSuitableWork &&
    !member.fullTimeStudent &&
    lacksWorkAbility(member, p) === 'no'
  );
}
