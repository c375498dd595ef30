import { randomBytes } from 'node:crypto';
import type { ApplicationInput } from '../../domain/application/application-input.ts';
import { consentTextHash } from '../../domain/application/consent-texts.ts';
import { dueDateFor } from '../../domain/application/deadlines.ts';
import { applicantMessages } from '../../domain/application/outbox.ts';
import { newAccessCode, newReference } from '../../domain/application/reference.ts';
import { type Routing, routeApplication } from '../../domain/application/routing.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { findTownship } from '../../domain/divisions.ts';
import type { Locale, LocalizedText } from '../../domain/locale.ts';
import { parametersAsOf, rulesVersion } from '../../domain/policy/parameters.ts';
import type {
  ApplicationRecord,
  ApplicationRepository,
} from '../../store/application-repository.ts';
import type { Hasher } from '../../store/secrets.ts';

export type SubmitOutcome =
  | { kind: 'created'; body: SubmittedBody }
  | { kind: 'duplicate'; reference: string; programme: string }
  | { kind: 'refused'; routing: Routing };

export interface SubmittedBody {
  reference: string;
  accessCode: string;
  status: 'submitted';
  priority: 'emergency' | 'normal';
  township: { code: string; name: string; nameEn: string };
  programmes: readonly string[];
  refused: Routing['refused'];
  submittedAt: string;
  dueDate: string;
  nextSteps: LocalizedText[];
}

function nextSteps(
  routing: Routing,
  township: { name: string; nameEn: string },
  dueDate: string,
  p: ReturnType<typeof parametersAsOf>,
): LocalizedText[] {
  if (routing.priority === 'emergency') {
    return [
      {
        'zh-CN': `急难救助申请已交给${township.name}，会优先处理：先救助，手续后补。`,
        en: `Your emergency application is with ${township.nameEn} and is dealt with first: help comes first, paperwork after.`,
      },
      {
        'zh-CN': '工作人员会尽快打电话联系您。',
        en: 'A case officer will phone you as soon as possible.',
      },
    ];
  }
  return [
    {
      'zh-CN': `${township.name}会在 ${p.dibaoCheckStartWorkingDays.value} 个工作日内（${dueDate} 前）开始入户调查和家庭经济状况核对。`,
      en: `${township.nameEn} starts the home visit and the check of household finances within ${p.dibaoCheckStartWorkingDays.value} working days (by ${dueDate}).`,
    },
    {
      'zh-CN': `初审结果在村（社区）公示 ${p.dibaoPublicNoticeDays.value} 天，然后由市民政局在 ${p.dibaoCityConfirmationWorkingDays.value} 个工作日内审核确认。`,
      en: `The first decision is posted locally for ${p.dibaoPublicNoticeDays.value} days; the city bureau then confirms within ${p.dibaoCityConfirmationWorkingDays.value} working days.`,
    },
    {
      'zh-CN': `全部办理时限为 ${p.dibaoOverallWorkingDays.value} 个工作日，特殊情况可延长到 ${p.dibaoOverallExtendedWorkingDays.value} 个工作日。每一步都会用短信通知您。`,
      en: `The whole procedure takes at most ${p.dibaoOverallWorkingDays.value} working days (${p.dibaoOverallExtendedWorkingDays.value} in special cases). We text you at every step.`,
    },
  ];
}

/**
 * Submission: route, claim (person, programme) so nobody applies twice at once, then
 * write the application with its first history event and its "received" SMS in the
 * outbox. A failure after a claim releases it.
 */
export async function submitApplication(
  input: ApplicationInput,
  deps: { repo: ApplicationRepository; hasher: Hasher; now: Date; locale: Locale },
): Promise<SubmitOutcome> {
  const { repo, hasher, now, locale } = deps;
  const today = todayInShanghai(now);
  const routing = routeApplication(input, today);
  if (routing.accepted.length === 0) return { kind: 'refused', routing };

  const reference = newReference(now, (n) => randomBytes(n));
  const personHash = hasher.personHash(input.applicant.idNumber);
  const claimed: (typeof routing.accepted)[number][] = [];
  for (const programme of routing.accepted) {
    const holder = await repo.claim(personHash, programme, reference);
    if (holder !== null) {
      await Promise.all(claimed.map((p) => repo.release(personHash, p, reference)));
      return { kind: 'duplicate', reference: holder, programme };
    }
    claimed.push(programme);
  }

  const p = parametersAsOf(today);
  const submittedAt = now.toISOString();
  const dueDate = dueDateFor(
    { status: 'submitted', programmes: routing.accepted, submittedAt },
    today,
    p,
  );
  const accessCode = newAccessCode((n) => randomBytes(n));
  const salt = hasher.newSalt();
  const township = findTownship(routing.townshipCode);
  const record: ApplicationRecord = {
    reference,
    status: 'submitted',
    townshipCode: routing.townshipCode,
    priority: routing.priority,
    programmes: routing.accepted,
    submittedAt,
    dueAt: dueDate,
    version: 1,
    locale,
    personHash,
    accessCode: { salt, hash: hasher.accessCodeHash(accessCode, salt) },
    consent: {
      version: input.consent.version,
      textHash: consentTextHash,
      consentedAt: input.consent.consentedAt,
    },
    rulesVersion,
    application: input,
    history: [
      {
        at: submittedAt,
        by: 'applicant',
        action: 'submit',
        from: null,
        to: 'submitted',
        rulesVersion,
        visibleToApplicant: true,
        note: {
          'zh-CN': `申请已提交，交给${township?.name ?? routing.townshipCode}办理`,
          en: `Application submitted to ${township?.nameEn ?? routing.townshipCode}`,
        },
      },
    ],
    // The only message that may carry the access code (it is shown once on screen too).
    outbox: applicantMessages(
      { reference, locale, application: input },
      {
        template: 'received',
        params: { accessCode, township: township?.name ?? routing.townshipCode },
        key: 'received',
        at: submittedAt,
      },
    ),
  };
  try {
    await repo.create(record);
  } catch (error) {
    await Promise.all(claimed.map((p) => repo.release(personHash, p, reference)));
    throw error;
  }
  return {
    kind: 'created',
    body: {
      reference,
      accessCode,
      status: 'submitted',
      priority: routing.priority,
      township: {
        code: routing.townshipCode,
        name: township?.name ?? routing.townshipCode,
        nameEn: township?.nameEn ?? routing.townshipCode,
      },
      programmes: routing.accepted,
      refused: routing.refused,
      submittedAt,
      dueDate,
      nextSteps: nextSteps(
        routing,
        {
          name: township?.name ?? routing.townshipCode,
          nameEn: township?.nameEn ?? routing.townshipCode,
        },
        dueDate,
        p,
      ),
    },
  };
}
