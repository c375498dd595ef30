import type { ApplicationInput } from '../../functions/domain/application/application-input.ts';
import type { ApplicationRecord } from '../../functions/domain/application/record.ts';
import { exampleApplication } from './application-example.ts';

/** A freshly submitted application record, as the store would hold it (for pure tests). */
export function exampleRecord(
  overrides: Partial<ApplicationRecord> = {},
  application: ApplicationInput = exampleApplication(),
): ApplicationRecord {
  return {
    reference: 'PN-2611-TEST-0001',
    status: 'submitted',
    townshipCode: '445281001000',
    priority: 'normal',
    programmes: ['dibao'],
    submittedAt: '2026-11-30T02:00:00.000Z',
    dueAt: '2026-12-03',
    version: 1,
    locale: 'zh-CN',
    personHash: 'person-hash',
    accessCode: { salt: 'salt', hash: 'hash' },
    consent: { version: 'v1', textHash: 'text-hash', consentedAt: '2026-11-30T01:55:00.000Z' },
    rulesVersion: 'rules-test',
    application,
    history: [
      {
        at: '2026-11-30T02:00:00.000Z',
        by: 'applicant',
        action: 'submit',
        from: null,
        to: 'submitted',
        rulesVersion: 'rules-test',
        visibleToApplicant: true,
      },
    ],
    outbox: [],
    ...overrides,
  };
}
