import { describe, expect, it } from 'vitest';
import { maskIdNumber } from '../../../../functions/domain/id-number.ts';
import { applicationsCsv, csvCell } from '../../../../functions/domain/staff/csv.ts';
import { buildDashboard, median } from '../../../../functions/domain/staff/dashboard.ts';
import {
  actorOf,
  maySee,
  mayTake,
  principalFromGroups,
} from '../../../../functions/domain/staff/principal.ts';
import { summarise } from '../../../../functions/domain/staff/summary.ts';
import { exampleRecord } from '../../../support/record-example.ts';

describe('a staff member’s role and scope', () => {
  it('comes from exactly one known group', () => {
    expect(principalFromGroups('a', 'A', ['township-445281104000'])).toEqual({
      id: 'a',
      name: 'A',
      role: 'township-reviewer',
      townshipCode: '445281104000',
    });
    expect(principalFromGroups('a', 'A', ['city-reviewer'])?.role).toBe('city-reviewer');
    expect(principalFromGroups('a', 'A', ['admin', 'everyone'])?.role).toBe('admin');
    // Unknown township, no role, or two roles: refused rather than guessed.
    expect(principalFromGroups('a', 'A', ['township-445281999000'])).toBeNull();
    expect(principalFromGroups('a', 'A', [])).toBeNull();
    expect(principalFromGroups('a', 'A', ['city-reviewer', 'township-445281104000'])).toBeNull();
  });

  it('lets a township reviewer see and act on their own township only; admins never decide', () => {
    const reviewer = principalFromGroups('a', 'A', ['township-445281104000']);
    const city = principalFromGroups('c', 'C', ['city-reviewer']);
    const admin = principalFromGroups('d', 'D', ['admin']);
    if (!reviewer || !city || !admin) throw new Error('no principal');
    expect(maySee(reviewer, '445281104000')).toBe(true);
    expect(maySee(reviewer, '445281001000')).toBe(false);
    expect(maySee(city, '445281001000')).toBe(true);
    expect(mayTake(reviewer, 'approve', new Date())).toBe(true);
    expect(mayTake(reviewer, 'confirm', new Date())).toBe(false);
    expect(mayTake(city, 'confirm', new Date())).toBe(true);
    expect(mayTake(city, 'approve', new Date())).toBe(false);
    expect(actorOf(admin)).toBeNull();
    expect(mayTake(admin, 'claim', new Date())).toBe(false);
  });
});

describe('the dashboard', () => {
  it('counts open by status, overdue, the median days to decision and recent emergencies', () => {
    const now = new Date('2026-12-20T02:00:00Z');
    const summaries = [
      summarise(exampleRecord({ status: 'in_review', dueAt: '2026-12-01', reference: 'A' })),
      summarise(
        exampleRecord({
          status: 'submitted',
          dueAt: '2026-12-30',
          reference: 'B',
          priority: 'emergency',
        }),
      ),
      {
        ...summarise(exampleRecord({ status: 'rejected', dueAt: '2026-12-05', reference: 'C' })),
        decidedAt: '2026-12-05T02:00:00Z',
      },
      {
        ...summarise(
          exampleRecord({ status: 'township_approved', dueAt: '2026-12-28', reference: 'D' }),
        ),
        decidedAt: '2026-12-10T02:00:00Z',
      },
    ];
    const dashboard = buildDashboard(summaries, now);
    expect(dashboard.open).toBe(3);
    expect(dashboard.openByStatus).toEqual({ in_review: 1, submitted: 1, township_approved: 1 });
    expect(dashboard.overdue).toBe(1);
    expect(dashboard.decided).toBe(2);
    // Submitted 2026-11-30: decided after 5 and 10 days.
    expect(dashboard.medianDaysToDecision).toBe(7.5);
    expect(dashboard.emergenciesLast30Days).toBe(1);
  });

  it('has no median without decisions', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
  });
});

describe('the CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas and quotes separators', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86')).toBe("'+86");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('陈小明')).toBe('陈小明');
  });

  it('never contains a whole ID number', () => {
    const record = exampleRecord();
    const csv = applicationsCsv([summarise(record)], new Date('2026-12-01T00:00:00Z'));
    expect(csv).not.toContain(record.application.applicant.idNumber);
    expect(csv).toContain(maskIdNumber(record.application.applicant.idNumber));
  });
});
