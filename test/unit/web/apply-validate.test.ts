import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applicationCatalogue } from '../../../functions/domain/application/messages.ts';
import { checkInputMessages } from '../../../functions/domain/policy/messages.ts';
import { type ApplyDraft, emptyApplyDraft } from '../../../web/src/islands/apply/draft.ts';
import {
  stepOfPath,
  toApplicationInput,
  validateScreen,
} from '../../../web/src/islands/apply/validate.ts';
import { emptyMember } from '../../../web/src/islands/check/draft.ts';
import { idNumberFor } from '../../support/application-example.ts';

// The form checks with the API's own schema, on the device's clock, on the screen
// where the field is.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-28T02:00:00Z') }); // 10:00 on 28 November in Puning
});
afterEach(() => {
  vi.useRealTimers();
});

function draftWith(change: (draft: ApplyDraft) => void): ApplyDraft {
  const draft = emptyApplyDraft();
  draft.applicant = {
    name: '陈小明',
    idNumber: idNumberFor('1956-03-08'),
    mobile: '13812345678',
    email: '',
  };
  draft.household.members = [{ ...emptyMember(), age: '70', ableToWork: 'no' }];
  change(draft);
  return draft;
}

const ageMismatch = applicationCatalogue['member.age.idNumber'];

describe('the apply form says what the API would say, on the screen of the field', () => {
  it('shows on the household screen an age that disagrees with the applicant’s ID number', () => {
    const draft = draftWith((d) => {
      d.applicant.idNumber = idNumberFor('1988-05-01');
    });
    expect(validateScreen(draft, 'members', 'zh-CN')).toEqual([
      { path: 'members.0.age', message: ageMismatch['zh-CN'] },
    ]);
  });

  it('accepts the household screen when the age agrees', () => {
    expect(
      validateScreen(
        draftWith(() => {}),
        'members',
        'en',
      ),
    ).toEqual([]);
  });

  it('shows on the household screen a member born after today', () => {
    const draft = draftWith((d) => {
      d.household.members.push({ ...emptyMember(), age: '0', ableToWork: 'no' });
      d.memberExtras = [
        { relation: 'self', idNumber: '' },
        { relation: 'grandchild', idNumber: idNumberFor('2026-11-29', '224') },
      ];
    });
    expect(validateScreen(draft, 'members', 'en')).toEqual([
      {
        path: 'members.1.idNumber',
        message: applicationCatalogue['idNumber.bornAfterToday'].en,
      },
    ]);
  });

  it('shows on the registration screen a permit endorsed after today', () => {
    const draft = draftWith((d) => {
      Object.assign(d.household, {
        hukou: 'outside-guangdong',
        permitHeld: 'yes',
        permitEndorsedOn: '2026-11-29',
      });
    });
    expect(validateScreen(draft, 'registration', 'zh-CN')).toEqual([
      {
        path: 'registration.residencePermit.lastEndorsedOn',
        message: applicationCatalogue['permit.endorsedInFuture']['zh-CN'],
      },
    ]);
  });

  it('names a problem both schemas find only once', () => {
    const draft = draftWith((d) => {
      Object.assign(d.household, {
        hukou: 'outside-guangdong',
        permitHeld: 'yes',
        permitEndorsedOn: '2026-02-30',
      });
    });
    expect(validateScreen(draft, 'registration', 'zh-CN')).toEqual([
      {
        path: 'registration.residencePermit.lastEndorsedOn',
        message: checkInputMessages['date.invalid']['zh-CN'],
      },
    ]);
  });

  it('refuses an emergency dated tomorrow on the emergency screen', () => {
    const draft = draftWith((d) => {
      d.programmes = ['temporary-emergency'];
      d.emergency = {
        description: '房屋失火',
        occurredOn: '2026-11-29',
        townshipCode: '445281001000',
      };
    });
    expect(validateScreen(draft, 'emergency', 'zh-CN')).toEqual([
      { path: 'emergency.occurredOn', message: applicationCatalogue['emergency.future']['zh-CN'] },
    ]);
  });

  it('refuses a name with a right-to-left override on the applicant screen', () => {
    const draft = draftWith((d) => {
      d.applicant.name = '陈\u202E明小';
    });
    expect(validateScreen(draft, 'applicant', 'en')).toEqual([
      { path: 'applicant.name', message: applicationCatalogue['name.characters'].en },
    ]);
  });
});

describe('a field the API refuses sends the applicant back to its screen', () => {
  it.each([
    ['applicant.idNumber', 'applicant'],
    ['members.1.age', 'members'],
    ['registration.residencePermit.lastEndorsedOn', 'registration'],
    ['permitIssuedOn', 'registration'],
    ['permitIssuingOffice', 'registration'],
    ['hukouPlace.villageCode', 'registration'],
    ['emergency.occurredOn', 'emergency'],
  ])('%s is on the %s screen', (path, step) => {
    expect(stepOfPath(path)).toBe(step);
  });
});

describe('the 户籍 place on the registration screen (民发〔2021〕57号 第四条)', () => {
  const puningDibao = (change: (d: ApplyDraft) => void = () => {}) =>
    draftWith((d) => {
      d.programmes = ['dibao'];
      d.household.hukou = 'puning';
      change(d);
    });

  it('costs nothing by default: "same as where I live" sends no 户籍 place', () => {
    expect(toApplicationInput(puningDibao())).toMatchObject({ hukouPlace: undefined });
    expect(validateScreen(puningDibao(), 'registration', 'zh-CN')).toEqual([]);
  });

  it('sends another township and village when the applicant says so, and asks for the village', () => {
    const elsewhere = puningDibao((d) => {
      d.hukouPlace = { same: 'no', townshipCode: '445281005000', villageCode: '' };
    });
    expect(validateScreen(elsewhere, 'registration', 'en')).toEqual([
      { path: 'hukouPlace.villageCode', message: applicationCatalogue['village.required'].en },
    ]);
    const complete = puningDibao((d) => {
      d.hukouPlace = { same: 'no', townshipCode: '445281005000', villageCode: '445281005201' };
    });
    expect(toApplicationInput(complete)).toMatchObject({
      hukouPlace: { townshipCode: '445281005000', villageCode: '445281005201' },
    });
  });

  it('is not asked of a permit holder, nor for temporary assistance alone (no hukou condition)', () => {
    const elsewhere = {
      same: 'no' as const,
      townshipCode: '445281005000',
      villageCode: '445281005201',
    };
    const permitHolder = puningDibao((d) => {
      d.household.hukou = 'guangdong-other';
      d.hukouPlace = elsewhere;
    });
    const expenses = puningDibao((d) => {
      d.programmes = ['temporary-expense'];
      d.hukouPlace = elsewhere;
    });
    expect(toApplicationInput(permitHolder)).toMatchObject({ hukouPlace: undefined });
    expect(toApplicationInput(expenses)).toMatchObject({ hukouPlace: undefined });
  });

  it('reads a draft saved before the question existed as "same as where I live"', () => {
    const old = puningDibao((d) => {
      delete d.hukouPlace;
    });
    expect(toApplicationInput(old)).toMatchObject({ hukouPlace: undefined });
  });
});
