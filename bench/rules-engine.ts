import fc from 'fast-check';
import { evaluate } from '../functions/domain/policy/evaluate.ts';
import { checkInputArb } from '../test/support/check-input-arbitraries.ts';

/** Households evaluated per second on one core, over a fixed random sample. */
export function rulesThroughput(
  households = 2000,
  seconds = 3,
): { perSecond: number; households: number } {
  const inputs = fc.sample(checkInputArb, { seed: 7, numRuns: households });
  for (const input of inputs.slice(0, 200)) evaluate(input, '2026-11-28'); // warm up the JIT
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    const input = inputs[done % inputs.length];
    if (input) evaluate(input, '2026-11-28');
    done++;
  }
  const elapsed = (performance.now() - started) / 1000;
  return { perSecond: Math.round(done / elapsed), households: done };
}
