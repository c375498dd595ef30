import { describe, expect, it } from 'vitest';
import {
  applicationInputSchemaOn,
  isEmergencyOnly,
  meansTestParts,
  toCheckInput,
} from '../../../../functions/domain/application/application-input.ts';
import { applicationCatalogue } from '../../../../functions/domain/application/messages.ts';
import { routeApplication } from '../../../../functions/domain/application/routing.ts';
import { toFieldErrors } from '../../../../functions/domain/validation/field-errors.ts';
import { exampleApplication } from '../../../support/application-example.ts';

const today = '2026-11-28';
const schema = applicationInputSchemaOn(() => today);

/** What the emergency-first path sends: what happened, where, when, need, contact. */
function emergencyOnly() {
  const { consent, applicant, residence } = exampleApplication();
  const { economicCheck: _e, ...consentWithoutFinances } = consent;
  return {
    programmes: ['temporary-emergency'],
    consent: consentWithoutFinances,
    applicant,
    residence,
    emergency: {
      description: '家里失火，房子烧毁',
      occurredOn: today,
      townshipCode: '445281001000',
      neededNow: '临时住处和衣物',
      atWork: false,
    },
  };
}

function errorsOf(input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error.issues, 'zh-CN', applicationCatalogue);
}

describe('help first, explain later (普民〔2021〕77号 二(六) 先行救助, 民发〔2018〕23号)', () => {
  it('accepts emergency help asked alone without household, income, assets, support, expenses or bank account (77号 二(六))', () => {
    expect(errorsOf(emergencyOnly())).toEqual([]);
  });

  it('asks no household-finances consent for emergency help alone, only the privacy notice and sensitive data (77号 二(六))', () => {
    const input = emergencyOnly();
    expect(errorsOf({ ...input, consent: { ...input.consent, sensitive: false } })).toEqual([
      { path: 'consent.sensitive', message: applicationCatalogue['consent.required']['zh-CN'] },
    ]);
    expect(errorsOf(input)).toEqual([]);
  });

  it('still needs the ID number with the contact, which the duplicate check reads (23号 申请人身份)', () => {
    const input = emergencyOnly();
    const { idNumber: _i, ...applicant } = input.applicant;
    expect(errorsOf({ ...input, applicant }).map((e) => e.path)).toEqual(['applicant.idNumber']);
  });

  it('still needs what happened, when and where for emergency help (23号 急难型)', () => {
    const { emergency: _e, ...input } = emergencyOnly();
    expect(errorsOf(input).map((e) => e.path)).toEqual(['emergency']);
  });

  it('requires every part of the means test for 低保 and the other programmes (民发〔2021〕57号 第十条)', () => {
    const input = { ...emergencyOnly(), programmes: ['dibao'], emergency: undefined };
    expect(errorsOf(input).map((e) => e.path)).toEqual([
      'consent.economicCheck',
      ...meansTestParts,
    ]);
    expect(errorsOf(input)[1]?.message).toBe(
      '请填写户籍情况（申请临时救助（急难型）以外的救助需要填写）',
    );
  });

  it('requires the means test when emergency help is asked with another programme (57号 第十条)', () => {
    const input = { ...emergencyOnly(), programmes: ['temporary-emergency', 'temporary-expense'] };
    expect(errorsOf(input).map((e) => e.path)).toContain('income');
  });

  it('still accepts a stored application with the full means test (older applications read)', () => {
    const full = exampleApplication({
      programmes: ['temporary-emergency'],
      emergency: { description: '房屋失火', occurredOn: today, townshipCode: '445281001000' },
    });
    expect(errorsOf(full)).toEqual([]);
  });

  it('tells emergency help alone from emergency help with other programmes', () => {
    expect(isEmergencyOnly(['temporary-emergency'])).toBe(true);
    expect(isEmergencyOnly(['temporary-emergency', 'dibao'])).toBe(false);
    expect(isEmergencyOnly([])).toBe(false);
  });
});

describe('an emergency-only application on the staff side', () => {
  it('has no assessment rather than one on invented zeros (means test not asked yet)', () => {
    const parsed = schema.parse(emergencyOnly());
    expect(toCheckInput(parsed, false)).toBeNull();
  });

  it('is routed to the township where it happened, as an emergency (23号 事发地)', () => {
    const parsed = schema.parse({
      ...emergencyOnly(),
      emergency: { ...emergencyOnly().emergency, townshipCode: '445281102000' },
    });
    const routing = routeApplication(parsed, today);
    expect(routing).toMatchObject({
      townshipCode: '445281102000',
      basis: 'emergency-location',
      priority: 'emergency',
      accepted: ['temporary-emergency'],
      refused: [],
    });
  });
});
