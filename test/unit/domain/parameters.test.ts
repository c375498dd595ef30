import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../functions/domain/dates.ts';
import { canonicalJson, fnv1a64 } from '../../../functions/domain/hash.ts';
import type { ParameterDefinition } from '../../../functions/domain/policy/parameter-types.ts';
import {
  parameterIds,
  parameters,
  parametersAsOf,
  RULES_REVISION,
  rulesVersion,
} from '../../../functions/domain/policy/parameters.ts';

describe('parametersAsOf picks the value in force on the day', () => {
  // FACTS §2b (Guangdong class-4 minimums) and §3 (minimum wage).
  it.each([
    ['dibaoStandardUrban', '2019-12-31', 702],
    ['dibaoStandardUrban', '2020-01-01', 772],
    ['dibaoStandardRural', '2022-12-31', 579],
    ['dibaoStandardRural', '2023-01-01', 600],
    ['dibaoStandardUrban', '2024-06-30', 857],
    ['dibaoStandardUrban', '2024-07-01', 860],
    ['dibaoStandardRural', '2024-07-01', 645],
    ['minimumWageMonthly', '2025-02-28', 1620],
    ['minimumWageMonthly', '2025-03-01', 1750],
    ['minimumWageMonthly', '2021-12-01', 1620],
  ] as const)('%s on %s is %d', (id, date, value) => {
    const resolved = parametersAsOf(date)[id];
    expect(resolved.value).toBe(value);
    expect(resolved.beforeFirstValue).toBe(false);
  });

  it('uses the first value before the first effective date, and marks it', () => {
    const wage = parametersAsOf('2021-11-30').minimumWageMonthly;
    expect(wage).toMatchObject({
      value: 1620,
      effectiveFrom: '2021-12-01',
      beforeFirstValue: true,
    });
  });

  it('marks the dibao standard as possibly out of date once the 2025 notice applies', () => {
    expect(parametersAsOf('2024-12-31').dibaoStandardUrban.mayBeOutdated).toBe(false);
    const from2025 = parametersAsOf('2025-01-01').dibaoStandardUrban;
    expect(from2025.mayBeOutdated).toBe(true);
    expect(from2025.outdatedNote?.['zh-CN']).toContain('粤民发〔2025〕25号');
  });

  it('carries source, confidence and the provincial-floor kind with each standard', () => {
    const urban = parametersAsOf('2026-01-01').dibaoStandardUrban;
    expect(urban).toMatchObject({
      id: 'dibaoStandardUrban',
      kind: 'provincial-floor',
      confidence: 'verified-secondary',
      verified: false,
      unit: 'yuan-per-person-month',
    });
    expect(urban.source.document).toBeTruthy();
    expect(urban.note?.en).toContain('Puning');
  });

  it('keeps not-found figures visible as such: work-cost deduction 0, disposable income null', () => {
    const p = parametersAsOf('2026-01-01');
    expect(p.employmentCostDeductionMonthly).toMatchObject({
      value: 0,
      verified: false,
      confidence: 'not-found',
    });
    expect(p.priorYearDisposableIncomePerPerson).toMatchObject({ value: null, verified: false });
  });

  it('has the out-of-province switch off by default (ARCHITECTURE §7)', () => {
    expect(parametersAsOf('2026-01-01').outOfProvincePermitHoldersMayApply.value).toBe(false);
  });

  it('has the "handled where they live" switch for Puning hukou off by default, a bureau decision (57号 第四条 names the 户籍 township)', () => {
    const setting = parametersAsOf('2026-12-03').puningHukouHandledWhereTheyLive;
    expect(setting.value).toBe(false);
    expect(setting.kind).toBe('bureau-setting');
    expect(setting.source.document).toBe('bureau decision');
  });

  it('rejects a day that is not a calendar date', () => {
    expect(() => parametersAsOf('2025-02-30')).toThrow(RangeError);
  });
});

describe('the parameter data', () => {
  const definitions = Object.entries(parameters) as [string, ParameterDefinition<unknown>][];

  it.each(definitions)('%s: dated values in order, each with a source', (_id, definition) => {
    expect(definition.values.length).toBeGreaterThan(0);
    const dates = definition.values.map((v) => v.effectiveFrom);
    expect(dates.every(isIsoDate)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
    for (const value of definition.values) {
      expect(value.source.document.length).toBeGreaterThan(0);
      // verified means: read in an official text, nothing less.
      expect(value.verified).toBe(value.confidence === 'verified-official');
      if (value.confidence === 'not-found') expect(value.note).toBeDefined();
    }
    expect(definition.name['zh-CN']).toBeTruthy();
    expect(definition.name.en).toBeTruthy();
  });

  it('sets care at 2 % / 30 % / 60 % of the minimum wage (普民〔2021〕77号 二(二))', () => {
    const p = parametersAsOf('2026-01-01');
    expect([p.careShareSelfCare.value, p.careSharePartial.value, p.careShareFull.value]).toEqual([
      0.02, 0.3, 0.6,
    ]);
    expect(p.tekunBasicMultiplier.value).toBe(1.6);
  });

  it('keeps rural at least 75 % of urban in 2024 (the 2024 provincial rule)', () => {
    const p = parametersAsOf('2024-07-01');
    expect(p.dibaoStandardRural.value / p.dibaoStandardUrban.value).toBeGreaterThanOrEqual(0.75);
  });
});

describe('rulesVersion', () => {
  it('is 12 hex digits of FNV-1a over the canonical parameters and revision', () => {
    expect(rulesVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(rulesVersion).toBe(
      fnv1a64(canonicalJson({ revision: RULES_REVISION, parameters })).slice(0, 12),
    );
  });

  it('is pinned: a change to any figure or to RULES_REVISION must update this test', () => {
    // Update deliberately, together with the data change it records.
    expect({ RULES_REVISION, rulesVersion }).toEqual({
      RULES_REVISION: '2026-12-03.4',
      rulesVersion: '37cbf67fd9c9',
    });
  });

  it('lists every parameter id once', () => {
    expect(new Set(parameterIds).size).toBe(Object.keys(parameters).length);
  });
});
