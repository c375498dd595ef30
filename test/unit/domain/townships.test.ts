import { describe, expect, it } from 'vitest';
import divisions from '../../../functions/domain/data/puning-divisions.json' with { type: 'json' };
import {
  isTownshipCode,
  townshipCodes,
  townshipName,
  townships,
} from '../../../functions/domain/policy/townships.ts';

describe('the short township list used by the pre-check', () => {
  it('matches the 33 units of the NBS 2023 divisions file, code and names', () => {
    expect(
      townships.map((t) => ({ code: t.code, name: t.name['zh-CN'], nameEn: t.name.en })),
    ).toEqual(divisions.townships.map((t) => ({ code: t.code, name: t.name, nameEn: t.nameEn })));
    expect(townshipCodes).toHaveLength(33);
  });

  it('knows its codes and names', () => {
    expect(isTownshipCode('445281104000')).toBe(true);
    expect(isTownshipCode('445281999000')).toBe(false);
    expect(townshipName('445281104000')).toEqual({ 'zh-CN': '洪阳镇', en: 'Hongyang Town' });
  });
});
