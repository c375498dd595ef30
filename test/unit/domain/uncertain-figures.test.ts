import { describe, expect, it } from 'vitest';
import { parametersAsOf } from '../../../functions/domain/policy/parameters.ts';
import {
  AS_OF,
  check,
  checkWith,
  exampleCheckInput,
  exampleMember,
  monthlyIncome,
  programme,
  RURAL_STANDARD,
  statusOf,
  withParameter,
  withPublishedStandards,
} from './helpers.ts';

// Issue 16 item 3: a figure that is a floor, stale or unverified never yields a hard
// "unlikely"; near it (a margin that is itself a dated parameter) the answer is "possible".
const margin = parametersAsOf(AS_OF).uncertainFigureMargin.value;
const alone = (monthly: number, age = 45) =>
  exampleCheckInput({ members: [exampleMember({ age })], income: monthlyIncome(monthly) });

describe('advice near an uncertain standard (2024 provincial floor, 粤民发〔2025〕25号 figure not found)', () => {
  it('reads the margin from a dated parameter with its source', () => {
    const result = check(alone(RURAL_STANDARD + 5));
    const used = result.parameters.find((p) => p.id === 'uncertainFigureMargin');
    expect(used).toMatchObject({ value: margin, confidence: 'inferred', kind: 'bureau-setting' });
    expect(used?.source.document).toBeTruthy();
  });

  it('a rural household 5 元 above the 645 floor: dibao "possible", saying the local standard may be higher and where to confirm (民发〔2021〕57号 第二十三条)', () => {
    const result = programme(check(alone(RURAL_STANDARD + 5)), 'dibao');
    expect(result.outcome).toBe('possible');
    const near = result.reasons.find((r) => r.code === 'dibao-income-near-uncertain-standard');
    expect(near?.status).toBe('uncertain');
    expect(near?.text['zh-CN']).toContain('可能更高');
    expect(near?.text['zh-CN']).toContain('普宁市民政局');
    expect(near?.text.en).toContain('may be higher');
    // No gap can be computed above the figure used: no invented amount.
    expect(result.outcome !== 'unlikely' && result.estimatedMonthlyAmount).toBeNull();
  });

  it('beyond the margin the answer is "unlikely" again', () => {
    const beyond = Math.ceil(RURAL_STANDARD * (1 + margin));
    expect(programme(check(alone(beyond)), 'dibao').outcome).toBe('unlikely');
    expect(programme(check(alone(beyond - 1)), 'dibao').outcome).toBe('possible');
  });

  it('with a published, verified local standard the exact boundary applies', () => {
    const published = withPublishedStandards();
    expect(programme(checkWith(alone(RURAL_STANDARD + 5), published), 'dibao').outcome).toBe(
      'unlikely',
    );
  });

  it('a wider or narrower margin is a data change only', () => {
    const none = withParameter('uncertainFigureMargin', 0);
    expect(programme(checkWith(alone(RURAL_STANDARD + 5), none), 'dibao').outcome).toBe('unlikely');
  });

  it('the same for tekun’s means of living (民发〔2021〕43号 第六条) and the edge limit (第八条)', () => {
    const tekun = programme(check(alone(RURAL_STANDARD + 5, 75)), 'tekun');
    expect(tekun.outcome).toBe('possible');
    expect(statusOf(tekun, 'tekun-livelihood-near-uncertain-standard')).toBe('uncertain');
    const edge = programme(check(alone(RURAL_STANDARD * 1.5 + 5)), 'dibao-edge');
    expect(edge.outcome).toBe('possible');
    expect(statusOf(edge, 'edge-income-near-uncertain-edge-limit')).toBe('uncertain');
  });

  it('before 2025 (figure in force, floor only) the margin still applies: the floor is not Puning’s figure', () => {
    const result = programme(check(alone(RURAL_STANDARD + 5), '2024-12-01'), 'dibao');
    expect(result.outcome).toBe('possible');
  });
});

describe('inferred switches are never presented as settled (普民〔2021〕77号 二(九) 有条件的地区有序推进)', () => {
  const permitHolder = exampleCheckInput({
    registration: {
      hukou: 'guangdong-other',
      residencePermit: { held: true, lastEndorsedOn: AS_OF },
    },
    members: [exampleMember(), exampleMember({ age: 40 })],
  });

  it('a Guangdong permit holder from another city: "possible", to be confirmed with the bureau', () => {
    const result = programme(check(permitHolder), 'dibao');
    expect(result.outcome).toBe('possible');
    const reason = result.reasons.find((r) => r.code === 'residence-permit-switch-not-confirmed');
    expect(reason?.status).toBe('uncertain');
    expect(reason?.text['zh-CN']).toContain('确认');
  });

  it('an inferred "off" is not a hard no either', () => {
    const off = withParameter('guangdongPermitHoldersMayApply', false);
    const result = programme(checkWith(permitHolder, off), 'dibao');
    expect(result.outcome).toBe('possible');
  });
});
