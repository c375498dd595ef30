import { build } from 'esbuild';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type CompleteApplication,
  toCheckInput,
} from '../../functions/domain/application/application-input.ts';
import type { CheckInput } from '../../functions/domain/policy/check-input.ts';
import {
  exampleCheckInput,
  exampleMember,
} from '../../functions/domain/policy/check-input-example.ts';
import { evaluate } from '../../functions/domain/policy/evaluate.ts';
import { exampleApplication } from '../support/application-example.ts';
import { checkInputArb } from '../support/check-input-arbitraries.ts';
import { recordEvidence } from '../support/summary.ts';
import { launchChromium } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const asOf = '2026-11-28';
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  // The same module the /check island imports, bundled for the browser.
  const bundle = await build({
    entryPoints: ['functions/domain/policy/evaluate.ts'],
    bundle: true,
    format: 'iife',
    globalName: 'puningRules',
    platform: 'browser',
    write: false,
    minify: true,
  });
  // about:blank has no CSP, so the bundle can be added as a plain script.
  await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
});
afterAll(() => browser.close());

/**
 * The same answers as an application, so the staff console's recomputation (the rules
 * run on `toCheckInput` of the stored application) can be compared too.
 */
function asApplication(input: CheckInput): CompleteApplication {
  const { situation } = input;
  return exampleApplication({
    programmes:
      situation.need === 'sudden-emergency'
        ? ['temporary-emergency']
        : situation.need === 'large-expenses'
          ? ['temporary-expense']
          : ['dibao'],
    ...(situation.need === 'sudden-emergency'
      ? {
          emergency: {
            description: '火灾',
            occurredOn: asOf,
            townshipCode: situation.townshipCode,
          },
        }
      : {}),
    residence: {
      townshipCode: input.residence.townshipCode,
      villageCode: `${input.residence.townshipCode.slice(0, 9)}201`,
      address: '1 号',
    },
    registration: input.registration,
    members: input.members.map((member, index) => ({
      ...member,
      relation: index === 0 ? 'self' : 'other',
    })),
    income: input.income,
    assets: input.assets,
    support: input.support,
    expenses: input.expenses,
  });
}

/** The new inputs of issue 16, certain to be in the comparison whatever the seed draws. */
const issue16Cases: CheckInput[] = [
  // A 12-year-old with two working parents, answered the old way and per member.
  exampleCheckInput({
    members: [
      exampleMember({ age: 40 }),
      exampleMember({ age: 38 }),
      exampleMember({ age: 12, ableToWork: false }),
    ],
  }),
  exampleCheckInput({
    members: [exampleMember({ age: 40 }), exampleMember({ age: 12, ableToWork: false })],
    support: {
      memberSupporters: [
        null,
        { status: 'cannot-support', case: 'supporter-incapacitated-missing-or-imprisoned' },
      ],
    },
  }),
  exampleCheckInput({
    members: [exampleMember({ age: 60 }), exampleMember({ age: 9, ableToWork: false })],
    support: { memberSupporters: [null, { status: 'in-household' }] },
  }),
  // 5 元 above the rural floor; just above 1.5 × it.
  exampleCheckInput({ income: { transfer: 650 * 6 } }),
  exampleCheckInput({ income: { transfer: 975 * 6 } }),
  // A lapsed permit, a valid one (inferred switch), a migrant family with medical bills.
  exampleCheckInput({
    registration: {
      hukou: 'guangdong-other',
      residencePermit: { held: true, lastEndorsedOn: '2025-01-01' },
    },
  }),
  exampleCheckInput({
    registration: {
      hukou: 'guangdong-other',
      residencePermit: { held: true, lastEndorsedOn: '2026-06-01' },
    },
  }),
  exampleCheckInput({
    situation: { need: 'large-expenses' },
    registration: { hukou: 'outside-guangdong', residencePermit: { held: false } },
    expenses: { rigidSpendingLast12Months: 80_000 },
  }),
  // A 70-year-old alone: 低保 and 特困 as alternatives; a pension past 十四五.
  exampleCheckInput({
    members: [exampleMember({ age: 70, selfCareTasksNotManaged: 2 })],
    income: { residentBasicPension: 1200 },
  }),
];

describe('the rules in the browser and on the server', () => {
  it('give the same result for the same answers (200 random households and the cases of issue 16), and so does the staff recomputation of the same answers as an application', async () => {
    const seed = 20261128;
    const inputs = [...fc.sample(checkInputArb, { seed, numRuns: 200 }), ...issue16Cases];
    const inBrowser = (await page.evaluate(
      ({ inputs, asOf }) => {
        const rules = (
          window as unknown as {
            puningRules: { evaluate: (input: unknown, asOf: string) => unknown };
          }
        ).puningRules;
        const started = performance.now();
        const results = inputs.map((input) => rules.evaluate(input, asOf));
        return { results, ms: performance.now() - started };
      },
      { inputs, asOf },
    )) as { results: unknown[]; ms: number };

    let agreed = 0;
    for (const [index, input] of inputs.entries()) {
      const res = await fetch(`${baseUrl}/api/eligibility?asOf=${asOf}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input satisfies CheckInput),
      });
      expect(res.status).toBe(200);
      expect(await res.json(), `household ${index} (seed ${seed})`).toEqual(
        inBrowser.results[index],
      );
      const staff = evaluate(
        toCheckInput(asApplication(input), input.residence.area === 'urban'),
        asOf,
      );
      expect(JSON.parse(JSON.stringify(staff)), `staff view of household ${index}`).toEqual(
        inBrowser.results[index],
      );
      agreed++;
    }
    recordEvidence('browser and API rules agree', {
      households: agreed,
      seed,
      chromiumMsPerHousehold: Math.round((inBrowser.ms / inputs.length) * 1000) / 1000,
    });
  });
});
