import { normaliseAccessCode, normaliseReference } from '../../domain/application/reference.ts';
import type {
  ApplicationRecord,
  ApplicationRepository,
} from '../../store/application-repository.ts';
import type { Hasher } from '../../store/secrets.ts';

/**
 * Checks a reference and access code, counting wrong attempts per reference and per
 * client in fixed 15-minute windows. After 5 wrong codes for a reference (or 30 from
 * one client) further attempts are refused until the window ends. An unknown
 * reference counts and answers exactly like a wrong code, so references cannot be
 * discovered by trying them.
 */
export const lockout = { perReference: 5, perClient: 30, windowMinutes: 15 } as const;

/**
 * `triesLeft` counts what is left before the lock, by reference and by client alike, so
 * it says nothing about whether a reference exists; `retryAt` is when the window ends.
 */
export type AccessResult =
  | { kind: 'granted'; record: ApplicationRecord }
  | { kind: 'denied'; triesLeft: number; retryAt: string }
  | { kind: 'locked'; retryAt: string };

export async function checkApplicantAccess(
  credentials: { reference: string; accessCode: string },
  client: string,
  deps: { repo: ApplicationRepository; hasher: Hasher; now: Date },
): Promise<AccessResult> {
  const { repo, hasher, now } = deps;
  const windowMs = lockout.windowMinutes * 60_000;
  const window = String(Math.floor(now.getTime() / windowMs));
  const expiresAt = Math.floor(((Math.floor(now.getTime() / windowMs) + 1) * windowMs) / 1000);
  const reference = normaliseReference(credentials.reference) ?? credentials.reference.slice(0, 40);
  const referenceScope = `ref#${reference}`;
  const clientScope = `client#${client}`;

  const [byReference, byClient] = await Promise.all([
    repo.rateLimit.count(referenceScope, window, now.getTime() / 1000),
    repo.rateLimit.count(clientScope, window, now.getTime() / 1000),
  ]);
  const retryAt = new Date(expiresAt * 1000).toISOString();
  if (byReference >= lockout.perReference || byClient >= lockout.perClient)
    return { kind: 'locked', retryAt };

  const record = normaliseReference(credentials.reference) ? await repo.get(reference) : null;
  const code = normaliseAccessCode(credentials.accessCode);
  if (record && hasher.matches(code, record.accessCode.salt, record.accessCode.hash)) {
    return { kind: 'granted', record };
  }
  await Promise.all([
    repo.rateLimit.add(referenceScope, window, expiresAt),
    repo.rateLimit.add(clientScope, window, expiresAt),
  ]);
  const triesLeft = Math.min(
    lockout.perReference - byReference - 1,
    lockout.perClient - byClient - 1,
  );
  return { kind: 'denied', triesLeft: Math.max(0, triesLeft), retryAt };
}
