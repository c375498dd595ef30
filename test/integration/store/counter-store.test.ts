import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowKey, stockKey } from '../../../functions/domain/staff/counters.ts';
import { type CounterStore, createCounterStore } from '../../../functions/store/counter-store.ts';
import { startTestDatabase, type TestDatabase } from '../../support/local-db.ts';

const liushaEast = '445281001000';
const chiwei = '445281005000';
const at = new Date('2026-12-20T02:00:00Z');

let database: TestDatabase;
let counters: CounterStore;

beforeAll(async () => {
  database = await startTestDatabase();
  counters = createCounterStore(database.db, database.tableName);
  await counters.addDelta(
    {
      [stockKey(liushaEast)]: { 'dibao#in_review': 2, 'dibao#monthlyFen': 80_000 },
      [stockKey(chiwei)]: { 'tekun#submitted': 1 },
      [flowKey('2026-11', liushaEast)]: { 'dibao#received': 2 },
      [flowKey('2026-12', liushaEast)]: { 'dibao#decided': 1 },
      [flowKey('2026-12', chiwei)]: { 'tekun#received': 1 },
      [flowKey('2027-01', chiwei)]: { 'tekun#decided': 1 },
    },
    at,
  );
  await counters.addDelta({ [stockKey(liushaEast)]: { 'dibao#in_review': -1 } }, at);
});
afterAll(() => database.close());

describe('the counter store', () => {
  it('adds deltas and reads each township’s stock back as plain rows', async () => {
    expect(await counters.readStock()).toEqual([
      { townshipCode: liushaEast, figures: { 'dibao#in_review': 1, 'dibao#monthlyFen': 80_000 } },
      { townshipCode: chiwei, figures: { 'tekun#submitted': 1 } },
    ]);
    expect(await counters.readStock([chiwei, '445281999000'])).toEqual([
      { townshipCode: chiwei, figures: { 'tekun#submitted': 1 } },
    ]);
  });

  it('reads the flows of a range of months, both ends included, for the townships named', async () => {
    expect(await counters.readFlows({ fromMonth: '2026-11', toMonth: '2026-12' })).toEqual([
      { month: '2026-11', townshipCode: liushaEast, figures: { 'dibao#received': 2 } },
      { month: '2026-12', townshipCode: liushaEast, figures: { 'dibao#decided': 1 } },
      { month: '2026-12', townshipCode: chiwei, figures: { 'tekun#received': 1 } },
    ]);
    expect(
      await counters.readFlows({ fromMonth: '2026-12', toMonth: '2027-01', townships: [chiwei] }),
    ).toEqual([
      { month: '2026-12', townshipCode: chiwei, figures: { 'tekun#received': 1 } },
      { month: '2027-01', townshipCode: chiwei, figures: { 'tekun#decided': 1 } },
    ]);
  });

  it('replaces an item only if no change reached it since its change count was read', async () => {
    const seen = await counters.readAll();
    const key = stockKey(chiwei);
    await counters.addDelta({ [key]: { 'tekun#submitted': 1 } }, at);
    expect(await counters.replace(key, { 'tekun#submitted': 7 }, seen.get(key)?.drains, at)).toBe(
      false,
    );
    const fresh = await counters.readAll();
    expect(await counters.replace(key, { 'tekun#submitted': 7 }, fresh.get(key)?.drains, at)).toBe(
      true,
    );
    expect(await counters.readStock([chiwei])).toEqual([
      { townshipCode: chiwei, figures: { 'tekun#submitted': 7 } },
    ]);
  });
});
