import { describe, expect, it } from 'vitest';
import {
  findTownship,
  isUrbanCommunity,
  townshipOfVillage,
  townships,
} from '../../functions/domain/divisions.ts';

describe('the routing table of Puning’s divisions (NBS 2023)', () => {
  it('has the 33 township-level units: 7 streets, 17 towns and 1 xiang, 5 farms, 3 zones', () => {
    expect(townships).toHaveLength(33);
    const byKind = Object.groupBy(townships, (t) => t.kind);
    expect(byKind.street).toHaveLength(7);
    expect(byKind.town).toHaveLength(18);
    expect(byKind.farm).toHaveLength(5);
    expect(byKind.zone).toHaveLength(3);
  });

  it('has 580 villages and communities, each coded under its own township', () => {
    const villages = townships.flatMap((t) => t.villages);
    expect(villages).toHaveLength(580);
    for (const t of townships) {
      for (const v of t.villages) expect(v.code.slice(0, 9)).toBe(t.code.slice(0, 9));
    }
    expect(new Set(villages.map((v) => v.code)).size).toBe(580);
  });

  it('uses 12-digit codes under Puning (445281) and an English name for every unit', () => {
    for (const t of townships) {
      expect(t.code).toMatch(/^445281\d{3}000$/);
      expect(t.nameEn).not.toBe('');
    }
  });

  it('finds a township by code and the township of a village', () => {
    expect(findTownship('445281104000')?.name).toBe('洪阳镇');
    expect(findTownship('445281999000')).toBeUndefined();
    expect(townshipOfVillage('445281001201')?.name).toBe('流沙东街道');
  });

  it('tells urban communities (居委会, 001–199) from villages (村委会, 200–399)', () => {
    expect(isUrbanCommunity('445281001001')).toBe(true);
    expect(isUrbanCommunity('445281001201')).toBe(false);
  });
});
