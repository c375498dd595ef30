import { describe, expect, it } from 'vitest';
import {
  actorOf,
  assistantCovers,
  mayApplyOnBehalf,
  maySee,
  mayTake,
  mayView,
  principalFromGroups,
} from '../../../../functions/domain/staff/principal.ts';

const village = '445281001201'; // 新安村委会, 流沙东街道
const neighbourVillage = '445281001001'; // 玉环居委会, 流沙东街道
const township = '445281001000'; // 流沙东街道
const otherTownship = '445281005000'; // 池尾街道
const otherVillage = '445281005001'; // 桔园居委会, 池尾街道

const assistant = (division?: string) =>
  principalFromGroups('va-1', '协理员', ['village-assistant'], division);

describe('a village assistant’s role and scope', () => {
  it('takes its village from the division claim and its township from the divisions table', () => {
    expect(assistant(village)).toEqual({
      id: 'va-1',
      name: '协理员',
      role: 'village-assistant',
      townshipCode: township,
      villageCode: village,
    });
    expect(assistant(township)).toEqual({
      id: 'va-1',
      name: '协理员',
      role: 'village-assistant',
      townshipCode: township,
    });
  });

  it('is refused without a known division, or with a second role, rather than widened', () => {
    expect(assistant()).toBeNull();
    expect(assistant('445281999999')).toBeNull();
    expect(assistant('4452810012')).toBeNull();
    expect(
      principalFromGroups('va-1', 'A', ['village-assistant', 'city-reviewer'], village),
    ).toBeNull();
    // The claim alone gives nothing: the group is the role.
    expect(principalFromGroups('x', 'X', [], village)).toBeNull();
    // Other roles ignore a division claim.
    expect(principalFromGroups('c', 'C', ['city-reviewer'], village)).toEqual({
      id: 'c',
      name: 'C',
      role: 'city-reviewer',
    });
  });

  it('covers its own village only, or every village of the township it is scoped to', () => {
    const one = assistant(village);
    const whole = assistant(township);
    if (!one || !whole) throw new Error('no principal');
    expect(assistantCovers(one, { townshipCode: township, villageCode: village })).toBe(true);
    expect(assistantCovers(one, { townshipCode: township, villageCode: neighbourVillage })).toBe(
      false,
    );
    expect(assistantCovers(whole, { townshipCode: township, villageCode: neighbourVillage })).toBe(
      true,
    );
    expect(assistantCovers(whole, { townshipCode: otherTownship, villageCode: otherVillage })).toBe(
      false,
    );
    // A village of another township named under this township's code is not covered.
    expect(assistantCovers(whole, { townshipCode: township, villageCode: otherVillage })).toBe(
      false,
    );
  });

  it('sees no township queue, opens only the cases it submitted and takes no decisions', () => {
    const one = assistant(village);
    if (!one) throw new Error('no principal');
    expect(maySee(one, township)).toBe(false);
    expect(mayView(one, { townshipCode: township, submittedBy: { staffId: 'va-1' } })).toBe(true);
    expect(mayView(one, { townshipCode: township, submittedBy: { staffId: 'va-2' } })).toBe(false);
    expect(mayView(one, { townshipCode: township })).toBe(false);
    expect(actorOf(one)).toBeNull();
    for (const action of ['claim', 'approve', 'confirm', 'recordInvestigation'] as const)
      expect(mayTake(one, action, new Date())).toBe(false);
  });

  it('applies on behalf of people living within its division; a township reviewer within its township', () => {
    const one = assistant(village);
    const reviewer = principalFromGroups('t', 'T', [`township-${township}`]);
    const city = principalFromGroups('c', 'C', ['city-reviewer']);
    if (!one || !reviewer || !city) throw new Error('no principal');
    const here = { townshipCode: township, villageCode: village };
    const there = { townshipCode: otherTownship, villageCode: otherVillage };
    expect(mayApplyOnBehalf(one, here)).toBe(true);
    expect(mayApplyOnBehalf(one, { townshipCode: township, villageCode: neighbourVillage })).toBe(
      false,
    );
    expect(mayApplyOnBehalf(reviewer, here)).toBe(true);
    expect(mayApplyOnBehalf(reviewer, there)).toBe(false);
    expect(mayApplyOnBehalf(city, here)).toBe(false);
  });
});
