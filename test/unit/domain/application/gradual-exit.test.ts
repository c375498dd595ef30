import { describe, expect, it, vi } from 'vitest';
import { statusView } from '../../../../functions/api/services/status-view.ts';
import {
  applyDueSystemSteps,
  dueSystemSteps,
} from '../../../../functions/domain/application/after-approval-job.ts';
import {
  applyStaffAction,
  type StaffActor,
} from '../../../../functions/domain/application/decide.ts';
import { linesOf } from '../../../../functions/domain/application/lines.ts';
import { renderNotice } from '../../../../functions/domain/application/notices.ts';
import type { ApplicationRecord } from '../../../../functions/domain/application/record.ts';
import { summariseLine } from '../../../../functions/domain/staff/summary.ts';
import { exampleRecord } from '../../../support/record-example.ts';

// The dated bureau setting that delegates confirmation to the townships: off by default,
// switched on per test to show a delegated township may grant the 渐退期 too.
const delegation = vi.hoisted(() => ({ on: false }));
vi.mock('../../../../functions/domain/policy/parameters.ts', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../../functions/domain/policy/parameters.ts')>();
  return {
    ...original,
    parametersAsOf: (date: string) => {
      const p = original.parametersAsOf(date);
      return {
        ...p,
        confirmationDelegatedToTownships: {
          ...p.confirmationDelegatedToTownships,
          value: delegation.on,
        },
      };
    },
  };
});

const township: StaffActor = { kind: 'township', id: 'lsd-1', name: '林经办' };
const city: StaffActor = { kind: 'city', id: 'city-1', name: '市局' };
const monday = new Date('2026-11-30T02:00:00.000Z');
const recipient = () => exampleRecord({ status: 'confirmed' });

function startedBy(actor: StaffActor, delegated = false) {
  delegation.on = delegated;
  try {
    return applyStaffAction(
      recipient(),
      'startGradualExit',
      { reason: '务工收入超过标准' },
      actor,
      monday,
    );
  } finally {
    delegation.on = false;
  }
}

describe('the 渐退期 is the bureau’s decision (57号 第三十三条)', () => {
  it('is refused to a township the bureau has not delegated to', () => {
    // The same line in the same state: only who acts differs from the city's case below.
    expect(startedBy(township)).toMatchObject({ ok: false, refusal: { kind: 'illegal' } });
  });

  it('is granted by the city bureau, and its notice and note say so', () => {
    const started = startedBy(city);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const line = linesOf(started.record)[0];
    expect(line?.state).toBe('gradual_exit');
    expect(line?.notices.at(-1)).toMatchObject({ outcome: 'gradual-exit', authority: 'city' });
    expect(started.record.history.at(-1)?.note?.['zh-CN']).toContain('普宁市民政局决定：');
    const notice = line?.notices.at(-1);
    if (!notice) throw new Error('no notice');
    const decidedBy = renderNotice(notice).lines.find((l) => l.label['zh-CN'] === '决定机关');
    expect(decidedBy?.text['zh-CN']).toMatch(/^普宁市民政局，/);
  });

  it('is granted by a township on the days the bureau delegated confirmation to it', () => {
    const started = startedBy(township, true);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(linesOf(started.record)[0]?.notices.at(-1)).toMatchObject({
      outcome: 'gradual-exit',
      authority: 'township',
    });
    expect(started.record.history.at(-1)?.note?.['zh-CN']).toBe(
      '低保：流沙东街道决定：收入已超过标准，给予渐退期 6 个月，发放到 2027-05',
    );
  });
});

/**
 * A 渐退期 stored before `endMonth` was recorded: the household was told "到 2027-06-15",
 * so June 2027 is its last month paid. Literal JSON on purpose: the stored shape must not
 * follow later changes to the types.
 */
function storedOldShape(): ApplicationRecord {
  const started = startedBy(city);
  if (!started.ok) throw new Error('the city could not start the 渐退期');
  const [line] = linesOf(started.record);
  if (!line) throw new Error('no line');
  const old = {
    ...line,
    dueAt: '2027-06-15',
    facts: {
      ...line.facts,
      gradualExit: JSON.parse('{ "startsOn": "2026-12-15", "endsOn": "2027-06-15" }'),
    },
  };
  return { ...started.record, lines: [old] };
}

const at = (day: string) => new Date(`${day}T02:00:00.000Z`);

describe('a 渐退期 stored before its last month was recorded', () => {
  it('is reminded in the month containing its end date, not the month before', () => {
    const record = storedOldShape();
    expect(dueSystemSteps(record, '2027-05-31')).toEqual([]);
    expect(dueSystemSteps(record, '2027-06-01')).toEqual([
      { kind: 'remindGradualExit', programme: 'dibao' },
    ]);
    const reminded = applyDueSystemSteps(record, at('2027-06-01'));
    expect(reminded?.record.history.at(-1)?.note?.['zh-CN']).toBe(
      '渐退期发放到 2027-06，之后停止发放',
    );
  });

  it('is still paid through that month and ends after it, recording it as the last month', () => {
    const record = storedOldShape();
    expect(dueSystemSteps(record, '2027-06-30')).not.toContainEqual(
      expect.objectContaining({ kind: 'endGradualExit' }),
    );
    // The job runs late, in August: the last month paid is still June.
    const ended = applyDueSystemSteps(record, at('2027-08-03'));
    expect(ended?.steps).toEqual([{ kind: 'endGradualExit', programme: 'dibao' }]);
    const line = linesOf(ended?.record as ApplicationRecord)[0];
    expect(line?.state).toBe('exited');
    expect(line?.facts.exit).toEqual({
      reason: 'gradual-exit',
      on: '2027-08-03',
      lastMonth: '2027-06',
    });
  });

  it('records its own last month when staff end it by hand', () => {
    const ended = applyStaffAction(
      storedOldShape(),
      'endGradualExit',
      {},
      township,
      at('2027-07-05'),
    );
    expect(ended.ok && linesOf(ended.record)[0]?.facts.exit?.lastMonth).toBe('2027-06');
  });

  it('shows its last month on the status card and in the staff summary', () => {
    const record = storedOldShape();
    const card = statusView(record, at('2027-03-01')).results[0];
    expect(card?.gradualExitEndMonth).toBe('2027-06');
    const line = linesOf(record)[0];
    if (!line) throw new Error('no line');
    expect(summariseLine(record, line).gradualExitEndMonth).toBe('2027-06');
  });
});
