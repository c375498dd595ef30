import { describe, expect, it } from 'vitest';
import {
  applicationInputSchema,
  toCheckInput,
} from '../../functions/domain/application/application-input.ts';
import { checkInputSchema } from '../../functions/domain/policy/check-input.ts';
import { evaluate } from '../../functions/domain/policy/evaluate.ts';

/**
 * Answers stored before issue 16 (2026-12-03): one supporter answer for the household,
 * no per-member answers. The staff console re-evaluates stored applications, so this
 * shape must still parse and evaluate — and now evaluates faithfully (民发〔2021〕43号
 * 第四条、第八条: the child's parents in the household are the child's supporters).
 * Literal JSON on purpose: the fixture must not follow later changes to the types.
 */
const storedApplication = JSON.parse(`{
  "programmes": ["dibao", "tekun"],
  "consent": {
    "version": "__CONSENT__",
    "privacy": true,
    "sensitive": true,
    "economicCheck": true,
    "consentedAt": "2026-11-28T01:55:00.000Z"
  },
  "applicant": { "name": "陈小明", "idNumber": "445281198603081236", "mobile": "13812345678" },
  "residence": { "townshipCode": "445281001000", "villageCode": "445281001201", "address": "新安村 12 号" },
  "registration": { "hukou": "puning" },
  "members": [
    { "relation": "self", "age": 40, "ableToWork": true, "refusesSuitableWork": false, "fullTimeStudent": false, "disability": null, "seriousIllness": false, "selfCareTasksNotManaged": 0 },
    { "relation": "spouse", "age": 38, "ableToWork": true, "refusesSuitableWork": false, "fullTimeStudent": false, "disability": null, "seriousIllness": false, "selfCareTasksNotManaged": 0 },
    { "relation": "child", "age": 12, "ableToWork": false, "refusesSuitableWork": false, "fullTimeStudent": true, "disability": null, "seriousIllness": false, "selfCareTasksNotManaged": 0 }
  ],
  "income": { "wages": 6000, "businessNet": 0, "propertyNet": 0, "transfer": 0, "residentBasicPension": 0, "notCounted": 0, "employmentCosts": 0 },
  "assets": { "financialAssets": 0, "homes": 1, "nonResidentialProperty": false, "motorVehicle": false, "businessRegistration": "none" },
  "support": { "legalSupporter": { "status": "none" }, "receivingDibao": false },
  "expenses": { "rigidSpendingLast12Months": 0 },
  "bankAccount": { "bankName": "中国农业银行普宁支行", "accountNumber": "6228480012345678901" }
}`);

describe('answers stored in the shape before per-member supporters', () => {
  it('an application still parses, evaluates, and no longer makes the 12-year-old 特困 "likely" (民发〔2021〕43号 第四条、第八条)', async () => {
    const { consentVersion } = await import('../../functions/domain/application/consent-texts.ts');
    storedApplication.consent.version = consentVersion;
    const parsed = applicationInputSchema.safeParse(storedApplication);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const input = toCheckInput(parsed.data, false);
    expect(input).not.toBeNull();
    if (!input) return;
    const result = evaluate(input, '2026-11-28');
    const tekun = result.programmes.find((p) => p.programme === 'tekun');
    expect(tekun?.outcome).toBe('unlikely');
    expect(tekun?.reasons.map((r) => r.code)).toContain('tekun-supporters-able');
    expect(result.programmes.find((p) => p.programme === 'dibao')?.outcome).toBe('likely');
  });

  it('a check input of that shape still parses and evaluates', () => {
    const {
      programmes: _p,
      consent: _c,
      applicant: _a,
      bankAccount: _b,
      ...rest
    } = storedApplication;
    const input = checkInputSchema.parse({
      ...rest,
      situation: { need: 'regular-support' },
      residence: { townshipCode: '445281001000', area: 'rural' },
      members: rest.members.map(({ relation: _r, ...member }: { relation: string }) => member),
    });
    expect(input.support.memberSupporters).toBeUndefined();
    expect(evaluate(input, '2026-11-28').programmes).toHaveLength(7);
  });
});
