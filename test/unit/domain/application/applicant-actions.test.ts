import { describe, expect, it } from 'vitest';
import {
  addDocument,
  applyApplicantAction,
} from '../../../../functions/domain/application/applicant-actions.ts';
import { maxDocumentsPerApplication } from '../../../../functions/domain/application/documents.ts';
import { exampleApplication } from '../../../support/application-example.ts';
import { exampleRecord } from '../../../support/record-example.ts';

const now = new Date('2026-12-01T02:00:00.000Z');

describe('the applicant’s actions', () => {
  it('answers a request for information: back to review, history and both messages added', () => {
    const outcome = applyApplicantAction(
      exampleRecord({ status: 'needs_info', version: 3 }),
      'answer',
      { text: '已补充收入证明' },
      now,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.record).toMatchObject({ status: 'in_review', version: 4 });
    expect(outcome.record.history.at(-1)).toMatchObject({
      by: 'applicant',
      action: 'answer',
      reason: '已补充收入证明',
    });
    expect(outcome.record.outbox.map((m) => m.template)).toContain('staff-answer-received');
  });

  it('refuses an answer nobody asked for', () => {
    const outcome = applyApplicantAction(exampleRecord(), 'answer', { text: '你好' }, now);
    expect(outcome).toEqual({ ok: false, refusal: { kind: 'illegal' } });
  });

  it('refuses a correction that breaks the application, naming the field under changes', () => {
    const income = { ...exampleApplication().income, wages: -5 };
    const outcome = applyApplicantAction(
      exampleRecord({ status: 'needs_info' }),
      'answer',
      { text: '更正', changes: { income } },
      now,
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.refusal.kind !== 'invalid') return;
    expect(outcome.refusal.issues.map((i) => i.path)).toEqual(['changes.income.wages']);
    expect(outcome.refusal.issues[0]?.message.en).toBeTruthy();
  });

  it(`lists up to ${maxDocumentsPerApplication} documents, then refuses naming documents`, () => {
    const request = { type: 'income-proof', contentType: 'application/pdf', size: 100 } as const;
    const listed = addDocument(exampleRecord(), request, '01-a', now);
    expect(listed.ok && listed.record.documents?.map((d) => d.id)).toEqual(['01-a']);
    const full = exampleRecord({
      documents: Array.from({ length: maxDocumentsPerApplication }, (_, i) => ({
        id: String(i),
        type: 'other',
        contentType: 'application/pdf',
        size: 1,
        requestedAt: now.toISOString(),
      })),
    });
    const refused = addDocument(full, request, 'next', now);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.refusal.kind).toBe('limit');
  });
});
