import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CheckInput,
  checkInputSchema,
  MAX_AMOUNT,
  MAX_MEMBERS,
} from '../../../functions/domain/policy/check-input.ts';
import { areaStandard } from '../../../functions/domain/policy/context.ts';
import { evaluate } from '../../../functions/domain/policy/evaluate.ts';
import {
  compareIncomePerPerson,
  householdIncome,
} from '../../../functions/domain/policy/income.ts';
import { parametersAsOf } from '../../../functions/domain/policy/parameters.ts';
import type { ProgrammeId } from '../../../functions/domain/policy/programmes.ts';
import { outcomeOf, outcomeRank } from '../../../functions/domain/policy/reasons.ts';
import type { CheckResult } from '../../../functions/domain/policy/result.ts';
import { isTownshipCode } from '../../../functions/domain/policy/townships.ts';
import {
  checkInputArb,
  isoDateArb,
  memberWithoutIncomeArb,
} from '../../support/check-input-arbitraries.ts';

const runs = { numRuns: 500 };

function rank(result: CheckResult, id: ProgrammeId): number {
  const found = result.programmes.find((p) => p.programme === id);
  if (!found) throw new Error(id);
  return outcomeRank(found.outcome);
}

/** Programmes with an income ceiling: more income can only lower their outcome. */
const ceilingProgrammes = [
  'dibao',
  'tekun',
  'temporary-emergency',
  'temporary-expense',
] as const satisfies readonly ProgrammeId[];
/**
 * Programmes that by definition begin at the dibao line (单人保, 边缘, 渐退期): below it
 * the household gets dibao itself. Above the line, more income can only lower them.
 */
const aboveLineProgrammes = [
  'single-person-dibao',
  'dibao-edge',
  'gradual-exit',
] as const satisfies readonly ProgrammeId[];

const countedKinds = ['wages', 'businessNet', 'propertyNet', 'transfer'] as const;

function atOrAboveTheLine(input: CheckInput, asOf: string): boolean {
  const p = parametersAsOf(asOf);
  const income = householdIncome(input, p);
  return compareIncomePerPerson(income, areaStandard(input, p).monthly) !== 'below';
}

describe('properties of the pre-check', () => {
  it('accepts every generated input (the generator matches the schema)', () => {
    fc.assert(
      fc.property(checkInputArb, (input) => {
        expect(checkInputSchema.safeParse(input).success).toBe(true);
      }),
      runs,
    );
  });

  it('never throws on a schema-valid input, on any day', () => {
    fc.assert(
      fc.property(checkInputArb, isoDateArb, (input, asOf) => {
        evaluate(checkInputSchema.parse(input), asOf);
      }),
      runs,
    );
  });

  it('more counted income never makes an outcome better', () => {
    fc.assert(
      fc.property(
        checkInputArb,
        isoDateArb,
        fc.constantFrom(...countedKinds),
        fc.integer({ min: 1, max: 200_000 }),
        (input, asOf, kind, extra) => {
          fc.pre(input.income[kind] + extra <= MAX_AMOUNT);
          const more = {
            ...input,
            income: { ...input.income, [kind]: input.income[kind] + extra },
          };
          const before = evaluate(input, asOf);
          const after = evaluate(more, asOf);
          for (const id of ceilingProgrammes)
            expect(rank(after, id)).toBeLessThanOrEqual(rank(before, id));
          if (atOrAboveTheLine(input, asOf)) {
            for (const id of aboveLineProgrammes) {
              expect(rank(after, id)).toBeLessThanOrEqual(rank(before, id));
            }
          }
        },
      ),
      runs,
    );
  });

  it('adding a member with no income never makes dibao worse', () => {
    fc.assert(
      fc.property(checkInputArb, memberWithoutIncomeArb, isoDateArb, (input, member, asOf) => {
        fc.pre(input.members.length < MAX_MEMBERS);
        const bigger = { ...input, members: [...input.members, member] };
        expect(rank(evaluate(bigger, asOf), 'dibao')).toBeGreaterThanOrEqual(
          rank(evaluate(input, asOf), 'dibao'),
        );
      }),
      runs,
    );
  });

  it('is deterministic: the same answers on the same day give the same result, as JSON too', () => {
    fc.assert(
      fc.property(checkInputArb, isoDateArb, (input, asOf) => {
        const first = evaluate(input, asOf);
        const second = evaluate(structuredClone(input), asOf);
        expect(second).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      runs,
    );
  });

  it('keeps every result well formed: outcome from reasons, clauses cited, Puning townships only', () => {
    fc.assert(
      fc.property(checkInputArb, isoDateArb, (input, asOf) => {
        const result = evaluate(input, asOf);
        for (const programme of result.programmes) {
          for (const reason of programme.reasons) {
            expect(reason.citation.document).not.toBe('');
            expect(reason.citation.clause).not.toBe('');
            expect(reason.text['zh-CN']).not.toBe('');
            expect(reason.text.en).not.toBe('');
          }
          expect(outcomeOf(programme.reasons)).toBe(programme.outcome);
          if (programme.outcome === 'unlikely') {
            expect(programme).not.toHaveProperty('applyAt');
          } else {
            expect(isTownshipCode(programme.applyAt.townshipCode)).toBe(true);
            const amount = programme.estimatedMonthlyAmount;
            if (amount !== null) expect(Number.isInteger(amount) && amount >= 0).toBe(true);
          }
        }
      }),
      runs,
    );
  });
});
