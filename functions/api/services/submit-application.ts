import { randomBytes } from 'node:crypto';
import type {
  ApplicationInput,
  ConsentRecord,
} from '../../domain/application/application-input.ts';
import {
  claimStanding,
  type SubmissionPlan,
  secondsUntilAbandoned,
} from '../../domain/application/claims.ts';
import { consentTextHash } from '../../domain/application/consent-texts.ts';
import { dueDateFor, type FirstLimit, firstLimits } from '../../domain/application/deadlines.ts';
import { handOver } from '../../domain/application/hand-over.ts';
import { linesOf } from '../../domain/application/lines.ts';
import { submissionNote } from '../../domain/application/on-behalf.ts';
import { applicantMessages } from '../../domain/application/outbox.ts';
import type { StaffSubmitter } from '../../domain/application/record.ts';
import { newAccessCode, newReference } from '../../domain/application/reference.ts';
import { isHandedOver, type Routing, routeApplication } from '../../domain/application/routing.ts';
import { todayInShanghai } from '../../domain/dates.ts';
import { findTownship } from '../../domain/divisions.ts';
import type { Locale, LocalizedText } from '../../domain/locale.ts';
import { parametersAsOf, rulesVersion } from '../../domain/policy/parameters.ts';
import { type ProgrammeId, programmes } from '../../domain/policy/programmes.ts';
import type {
  ApplicationRecord,
  ApplicationRepository,
} from '../../store/application-repository.ts';
import type { Hasher } from '../../store/secrets.ts';

export type SubmitOutcome =
  | { kind: 'created'; body: SubmittedBody }
  | { kind: 'duplicate'; reference: string; programme: string }
  | { kind: 'in-progress'; retryAfterSeconds: number }
  | { kind: 'refused'; routing: Routing };

export interface SubmittedBody {
  reference: string;
  accessCode: string;
  status: 'submitted';
  priority: 'emergency' | 'normal';
  /** The responsible township. */
  township: { code: string; name: string; nameEn: string };
  /** Where the person applied, when another township is responsible (代收转办). */
  receivingTownship?: { code: string; name: string; nameEn: string };
  routing: { basis: Routing['basis']; citation: Routing['citation'] };
  programmes: readonly string[];
  refused: Routing['refused'];
  submittedAt: string;
  /** The earliest first limit (the queue's due date). */
  dueDate: string;
  /** Each procedure's first limit, with the programmes it belongs to. */
  deadlines: readonly FirstLimit[];
  nextSteps: LocalizedText[];
}

/** "低保、低保边缘" / "Dibao, Edge household": the programmes a limit belongs to. */
function programmeNames(ids: readonly ProgrammeId[]): LocalizedText {
  return {
    'zh-CN': ids.map((id) => programmes[id].shortName['zh-CN']).join('、'),
    en: ids.map((id) => programmes[id].shortName.en).join(', '),
  };
}

function withCalendarNote(step: LocalizedText, limit: FirstLimit): LocalizedText {
  if (!limit.calendarNote) return step;
  return {
    // "…核对（节假日安排尚未公布，按周一至周五计算）。"
    'zh-CN': `${step['zh-CN'].replace(/。$/, '')}（${limit.calendarNote['zh-CN']}）。`,
    en: `${step.en} (${limit.calendarNote.en}.)`,
  };
}

/**
 * What happens next, per procedure applied for: each limit's number of working days and
 * its date come from the same rule (deadlines.ts `firstLimits`), named by programme, so
 * a dibao promise never carries tekun's date or the other way round.
 */
function limitSteps(
  limit: FirstLimit,
  township: { name: string; nameEn: string },
  p: ReturnType<typeof parametersAsOf>,
): LocalizedText[] {
  const names = programmeNames(limit.programmes);
  if (limit.procedure === 'tekun')
    return [
      withCalendarNote(
        {
          'zh-CN': `${names['zh-CN']}：${township.name}会在 ${limit.workingDays} 个工作日内（${limit.dueDate} 前）完成入户调查核实，提出初审意见。`,
          en: `${names.en}: ${township.nameEn} completes the home visit and its first opinion within ${limit.workingDays} working days (by ${limit.dueDate}).`,
        },
        limit,
      ),
      {
        'zh-CN': `${names['zh-CN']}：初审意见在村（社区）公示 ${p.tekunPublicNoticeDays.value} 天，然后由市民政局在 ${p.tekunCountyReviewWorkingDays.value} 个工作日内审核确认。`,
        en: `${names.en}: the first opinion is posted locally for ${p.tekunPublicNoticeDays.value} days; the city bureau then decides within ${p.tekunCountyReviewWorkingDays.value} working days.`,
      },
    ];
  return [
    withCalendarNote(
      {
        'zh-CN': `${names['zh-CN']}：${township.name}会在 ${limit.workingDays} 个工作日内（${limit.dueDate} 前）开始入户调查和家庭经济状况核对。`,
        en: `${names.en}: ${township.nameEn} starts the home visit and the check of household finances within ${limit.workingDays} working days (by ${limit.dueDate}).`,
      },
      limit,
    ),
    {
      'zh-CN': `${names['zh-CN']}：初审结果在村（社区）公示 ${p.dibaoPublicNoticeDays.value} 天，然后由市民政局在 ${p.dibaoCityConfirmationWorkingDays.value} 个工作日内审核确认；全部办理时限为 ${p.dibaoOverallWorkingDays.value} 个工作日，特殊情况可延长到 ${p.dibaoOverallExtendedWorkingDays.value} 个工作日。`,
      en: `${names.en}: the first decision is posted locally for ${p.dibaoPublicNoticeDays.value} days; the city bureau then confirms within ${p.dibaoCityConfirmationWorkingDays.value} working days. The whole procedure takes at most ${p.dibaoOverallWorkingDays.value} working days (${p.dibaoOverallExtendedWorkingDays.value} in special cases).`,
    },
  ];
}

type TownshipName = { name: string; nameEn: string };

/** The first step when another township is responsible: nobody has to go anywhere. */
function handOverStep(receiving: TownshipName, township: TownshipName): LocalizedText {
  return {
    'zh-CN': `您在${receiving.name}提交的申请，按规定由${township.name}办理（代收转办），已自动转交，您不用另外跑一趟。`,
    en: `You applied where you live, at ${receiving.nameEn}; the rules name ${township.nameEn} to handle it, so it has been handed on (you need not go anywhere else).`,
  };
}

function nextSteps(
  routing: Routing,
  township: TownshipName,
  receiving: TownshipName | undefined,
  limits: readonly FirstLimit[],
  p: ReturnType<typeof parametersAsOf>,
): LocalizedText[] {
  const first = receiving ? [handOverStep(receiving, township)] : [];
  return [...first, ...stageSteps(routing, township, limits, p)];
}

function stageSteps(
  routing: Routing,
  township: TownshipName,
  limits: readonly FirstLimit[],
  p: ReturnType<typeof parametersAsOf>,
): LocalizedText[] {
  if (routing.priority === 'emergency') {
    // Emergency help has no waiting time to promise; a programme applied for alongside
    // it still follows its own procedure and limit.
    const alongside = limits
      .map((limit) => ({
        ...limit,
        programmes: limit.programmes.filter((id) => id !== 'temporary-emergency'),
      }))
      .filter((limit) => limit.programmes.length > 0);
    return [
      {
        'zh-CN': `急难救助申请已交给${township.name}，会优先处理：先救助，手续后补。`,
        en: `Your emergency application is with ${township.nameEn} and is dealt with first: help comes first, paperwork after.`,
      },
      {
        'zh-CN': '工作人员会尽快打电话联系您。',
        en: 'A case officer will phone you as soon as possible.',
      },
      ...alongside.flatMap((limit) => limitSteps(limit, township, p)),
    ];
  }
  return [
    ...limits.flatMap((limit) => limitSteps(limit, township, p)),
    { 'zh-CN': '每一步都会用短信通知您。', en: 'We text you at every step.' },
  ];
}

/** A fresh plan: what a first attempt will write (claims.ts). */
export function newSubmissionPlan(now: Date): SubmissionPlan {
  return {
    reference: newReference(now, (n) => randomBytes(n)),
    accessCode: newAccessCode((n) => randomBytes(n)),
    submittedAt: now.toISOString(),
  };
}

type ClaimOutcome =
  | { kind: 'ours' }
  | { kind: 'duplicate'; reference: string }
  | { kind: 'in-progress'; retryAfterSeconds: number };

/**
 * Claims (person, programme) for `reference`. A claim in the way is judged by its
 * application: open → a duplicate (a claim its writer never confirmed is confirmed
 * now); closed, or never written and abandoned → taken over; still being written →
 * try again shortly.
 */
async function claimProgramme(
  repo: ApplicationRepository,
  personHash: string,
  programme: ProgrammeId,
  reference: string,
  now: Date,
): Promise<ClaimOutcome> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await repo.claims.claim(personHash, programme, reference, now);
    if (result.held || result.claim.reference === reference) return { kind: 'ours' };
    const { claim } = result;
    const holder = await repo.get(claim.reference);
    // The holder's line for this programme decides: a refused 特困 line frees 特困
    // even while the same application's 低保 line is still open.
    const holderLine = holder ? linesOf(holder).find((l) => l.programme === programme) : undefined;
    const standing = claimStanding(
      claim,
      holder ? { status: holderLine?.state ?? holder.status } : null,
      now,
    );
    if (holder && standing === 'active') {
      // Its writer may have died before marking every claim held: do it now.
      await Promise.all(
        holder.programmes.map((p) => repo.claims.confirm(personHash, p, holder.reference)),
      );
      return { kind: 'duplicate', reference: claim.reference };
    }
    if (standing === 'in-flight' && claim.claimedAt)
      return {
        kind: 'in-progress',
        retryAfterSeconds: secondsUntilAbandoned(claim.claimedAt, now),
      };
    if (await repo.claims.takeOver(personHash, programme, claim, reference, now))
      return { kind: 'ours' };
  }
  return { kind: 'in-progress', retryAfterSeconds: 1 };
}

/**
 * Submission, following `plan`: route, claim (person, programme) so nobody applies
 * twice at once, write the application with its first history event and its
 * "received" SMS in the outbox, then mark the claims held. Every step can be repeated
 * by a later attempt with the same plan and ends the same way, so a process that dies
 * between two writes leaves nothing that blocks anyone (claims.ts). A duplicate
 * releases the claims this attempt took.
 */
export async function submitApplication(
  input: ApplicationInput,
  deps: {
    repo: ApplicationRepository;
    hasher: Hasher;
    plan: SubmissionPlan;
    /** The clock, for judging other requests' claims. */
    now: Date;
    locale: Locale;
    /** Staff applying on the person's behalf, and how the person consented. */
    onBehalf?: { submittedBy: StaffSubmitter; consentRecord: ConsentRecord };
  },
): Promise<SubmitOutcome> {
  const { repo, hasher, plan, locale } = deps;
  const submittedOn = new Date(plan.submittedAt);
  const today = todayInShanghai(submittedOn);
  const routing = routeApplication(input, today);
  if (routing.accepted.length === 0) return { kind: 'refused', routing };

  const { reference, accessCode, submittedAt } = plan;
  const personHash = hasher.personHash(input.applicant.idNumber);
  const claimed: ProgrammeId[] = [];
  for (const programme of routing.accepted) {
    const outcome = await claimProgramme(repo, personHash, programme, reference, deps.now);
    if (outcome.kind !== 'ours') {
      await Promise.all(claimed.map((p) => repo.claims.release(personHash, p, reference)));
      return outcome.kind === 'duplicate'
        ? { kind: 'duplicate', reference: outcome.reference, programme }
        : outcome;
    }
    claimed.push(programme);
  }

  const p = parametersAsOf(today);
  const dueDate = dueDateFor(
    { status: 'submitted', programmes: routing.accepted, submittedAt },
    today,
    p,
  );
  const limits = firstLimits(routing.accepted, submittedAt, p);
  const salt = hasher.newSalt();
  const township = findTownship(routing.townshipCode);
  const handedOver = isHandedOver(routing)
    ? handOver({ reference, locale, application: input }, routing, submittedAt)
    : undefined;
  const receiving = findTownship(routing.receivingTownshipCode);
  const record: ApplicationRecord = {
    reference,
    status: 'submitted',
    townshipCode: routing.townshipCode,
    ...(handedOver ? { receivingTownshipCode: routing.receivingTownshipCode } : {}),
    routingBasis: routing.basis,
    priority: routing.priority,
    programmes: routing.accepted,
    submittedAt,
    dueAt: dueDate,
    version: 1,
    // One line per programme, each with its own procedure's first limit.
    lines: routing.accepted.map((programme) => ({
      programme,
      state: 'submitted' as const,
      version: 1,
      dueAt: dueDateFor({ status: 'submitted', programmes: [programme], submittedAt }, today, p),
      facts: {},
      notices: [],
    })),
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
    ...(deps.onBehalf
      ? { submittedBy: deps.onBehalf.submittedBy, consentRecord: deps.onBehalf.consentRecord }
      : {}),
    ...(input.staffRelative
      ? {
          staffRelative: {
            ...input.staffRelative,
            declaredBy: 'applicant',
            declaredAt: submittedAt,
          },
        }
      : {}),
    history: [
      {
        at: submittedAt,
        by: deps.onBehalf ? 'township' : 'applicant',
        ...(deps.onBehalf
          ? {
              staff: {
                id: deps.onBehalf.submittedBy.staffId,
                name: deps.onBehalf.submittedBy.name,
              },
            }
          : {}),
        action: 'submit',
        from: null,
        to: 'submitted',
        rulesVersion,
        visibleToApplicant: true,
        note: submissionNote(
          township ?? { name: routing.townshipCode, nameEn: routing.townshipCode },
          input,
          deps.onBehalf,
        ),
      },
      ...(handedOver ? [handedOver.event] : []),
    ],
    // The only message that may carry the access code (it is shown once on screen too).
    outbox: [
      ...applicantMessages(
        { reference, locale, application: input },
        {
          template: 'received',
          params: { accessCode, township: township?.name ?? routing.townshipCode },
          key: 'received',
          at: submittedAt,
        },
      ),
      ...(handedOver?.messages ?? []),
    ],
  };
  // Already there when an earlier attempt with this plan wrote it before it died.
  if (!(await repo.create(record))) {
    const earlier = await repo.get(reference);
    if (earlier?.personHash !== personHash)
      throw new Error('A new reference collided with another application');
  }
  await Promise.all(
    routing.accepted.map((programme) => repo.claims.confirm(personHash, programme, reference)),
  );
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
      ...(handedOver
        ? {
            receivingTownship: {
              code: routing.receivingTownshipCode,
              name: receiving?.name ?? routing.receivingTownshipCode,
              nameEn: receiving?.nameEn ?? routing.receivingTownshipCode,
            },
          }
        : {}),
      routing: { basis: routing.basis, citation: routing.citation },
      programmes: routing.accepted,
      refused: routing.refused,
      submittedAt,
      dueDate,
      deadlines: limits,
      nextSteps: nextSteps(
        routing,
        {
          name: township?.name ?? routing.townshipCode,
          nameEn: township?.nameEn ?? routing.townshipCode,
        },
        handedOver
          ? {
              name: receiving?.name ?? routing.receivingTownshipCode,
              nameEn: receiving?.nameEn ?? routing.receivingTownshipCode,
            }
          : undefined,
        limits,
        p,
      ),
    },
  };
}
