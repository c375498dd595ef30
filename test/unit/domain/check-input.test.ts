import { describe, expect, it } from 'vitest';
import {
  checkInputGroups,
  checkInputSchema,
} from '../../../functions/domain/policy/check-input.ts';
import { checkInputMessages } from '../../../functions/domain/policy/messages.ts';
import { toFieldErrors } from '../../../functions/domain/validation/field-errors.ts';
import { exampleCheckInput, exampleMember } from './helpers.ts';

function errors(input: unknown) {
  const result = checkInputSchema.safeParse(input);
  return result.success ? [] : toFieldErrors(result.error.issues, 'en', checkInputMessages);
}

const en = (key: keyof typeof checkInputMessages) => checkInputMessages[key].en;

describe('checkInputSchema', () => {
  it('accepts the example household', () => {
    expect(errors(exampleCheckInput())).toEqual([]);
  });

  it('asks one group per screen, in order', () => {
    expect(checkInputGroups).toEqual([
      'situation',
      'residence',
      'registration',
      'members',
      'income',
      'assets',
      'support',
      'expenses',
    ]);
  });

  it('rejects unknown keys at every level (strict objects)', () => {
    const input = exampleCheckInput();
    expect(errors({ ...input, name: '张三' })).toEqual([
      { path: 'name', message: 'This field is not accepted' },
    ]);
    expect(errors({ ...input, income: { ...input.income, bonus: 1 } })).toEqual([
      { path: 'income.bonus', message: 'This field is not accepted' },
    ]);
  });

  it.each([
    [
      'a township outside Puning',
      { residence: { townshipCode: '445281999000', area: 'rural' } },
      'residence.townshipCode',
      'township.unknown',
    ],
    [
      'a negative amount',
      { income: { ...exampleCheckInput().income, wages: -1 } },
      'income.wages',
      'amount.negative',
    ],
    [
      'an absurd amount',
      { assets: { ...exampleCheckInput().assets, financialAssets: 1e8 } },
      'assets.financialAssets',
      'amount.tooLarge',
    ],
    ['no members', { members: [] }, 'members', 'members.count'],
    [
      '21 members',
      { members: Array.from({ length: 21 }, () => exampleMember()) },
      'members',
      'members.count',
    ],
    ['age 121', { members: [exampleMember({ age: 121 })] }, 'members.0.age', 'member.age.range'],
    [
      'a fractional age',
      { members: [exampleMember({ age: 30.5 })] },
      'members.0.age',
      'number.whole',
    ],
    [
      '7 self-care tasks',
      { members: [exampleMember({ selfCareTasksNotManaged: 7 })] },
      'members.0.selfCareTasksNotManaged',
      'member.selfCare.range',
    ],
    [
      'disability grade 5',
      { members: [exampleMember({ disability: { grade: 5, type: 'physical' } })] },
      'members.0.disability.grade',
      'disability.grade.range',
    ],
    [
      'an emergency with no place',
      { situation: { need: 'sudden-emergency' } },
      'situation.townshipCode',
      'township.unknown',
    ],
    [
      'a permit with a bad date',
      {
        registration: {
          hukou: 'guangdong-other',
          residencePermit: { held: true, lastEndorsedOn: '2025-02-30' },
        },
      },
      'registration.residencePermit.lastEndorsedOn',
      'date.invalid',
    ],
    [
      'an unknown hukou',
      { registration: { hukou: 'hong-kong' } },
      'registration.hukou',
      'registration.hukou',
    ],
    [
      'a supporter case missing',
      { support: { legalSupporter: { status: 'cannot-support' }, receivingDibao: false } },
      'support.legalSupporter.case',
      'legalSupporter.case',
    ],
  ] as const)('rejects %s with its own message', (_name, change, path, key) => {
    expect(errors({ ...exampleCheckInput(), ...change })).toContainEqual({
      path,
      message: en(key),
    });
  });

  it('asks for a residence permit only when no member has Puning hukou', () => {
    const input = exampleCheckInput();
    expect(
      errors({ ...input, registration: { hukou: 'puning', residencePermit: { held: false } } }),
    ).toEqual([{ path: 'registration.residencePermit', message: 'This field is not accepted' }]);
    expect(errors({ ...input, registration: { hukou: 'outside-guangdong' } })).toContainEqual({
      path: 'registration.residencePermit',
      message: en('residencePermit.held'),
    });
  });

  it('accepts the boundaries of every range', () => {
    const input = exampleCheckInput({
      members: [
        exampleMember({
          age: 0,
          selfCareTasksNotManaged: 6,
          disability: { grade: 1, type: 'multiple' },
        }),
        ...Array.from({ length: 19 }, () =>
          exampleMember({ age: 120, disability: { grade: 4, type: 'speech' } }),
        ),
      ],
      income: { wages: 10_000_000 },
      assets: { homes: 20 },
    });
    expect(errors(input)).toEqual([]);
  });
});
