import { useEffect, useRef } from 'preact/hooks';
import type { Locale, LocalizedText } from '../../../../functions/domain/locale.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import type { StatusContent } from '../status/content/types.ts';
import { DocumentUpload } from '../status/Documents.tsx';
import type { ApplyContent, LaterContent } from './content/types.ts';
import { type ApplyDraft, byAgent } from './draft.ts';
import type { ApplyStep } from './steps.ts';
import { applySteps } from './steps.ts';
import { stepOfPath, toApplicationInput } from './validate.ts';

/** What the API answers on success: shown once, never stored on the device. */
export interface Submitted {
  reference: string;
  accessCode: string;
  township: { code: string; name: string; nameEn: string };
  nextSteps: readonly LocalizedText[];
  locale: Locale;
  /** Someone else applied: they are asked for the applicant's written authorisation. */
  byAgent?: boolean;
}

/** How a submission went: the form sends the applicant back to the screen at fault. */
export type Outcome =
  | { ok: true; result: Submitted }
  | { ok: false; step: ApplyStep | null; errors: FieldError[] }
  /** Not sent, or sent and its answer lost: send again, with the same key. */
  | { ok: false; unreachable: true; retryAfterMs?: number };

/** A submission with no answer in this long is treated as lost (and sent again). */
export const submitTimeoutMs = 30_000;
/**
 * How often a waiting application is tried again while the browser believes it is
 * online (a weak connection that drops requests without ever going "offline").
 */
export const onlineRetryMs = 20_000;

/**
 * Sends the application. The draft's idempotency key makes a retry after a lost
 * answer return the first result instead of a second application.
 */
export async function submitApplication(draft: ApplyDraft, locale: Locale): Promise<Outcome> {
  // The browser already knows there is no network: nothing to wait for.
  if (!navigator.onLine) return { ok: false, unreachable: true };
  let res: Response;
  try {
    res = await fetch('/api/applications', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': locale,
        'Idempotency-Key': draft.idempotencyKey,
      },
      body: JSON.stringify(toApplicationInput(draft)),
      signal: AbortSignal.timeout(submitTimeoutMs),
    });
  } catch {
    // A TypeError (offline, connection dropped) or the timeout.
    return { ok: false, unreachable: true };
  }
  // The first request under this key is still being written (409 with Retry-After), or
  // a gateway in between did not reach the API: the same request again, a little later.
  const retryAfter = Number(res.headers.get('Retry-After'));
  if ((res.status === 409 && retryAfter > 0) || [502, 503, 504].includes(res.status)) {
    return { ok: false, unreachable: true, retryAfterMs: (retryAfter || 5) * 1000 };
  }
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.ok)
    return {
      ok: true,
      result: { ...(body as unknown as Submitted), locale, byAgent: byAgent(draft) },
    };
  const errors = Array.isArray(body.errors)
    ? (body.errors as FieldError[])
    : [{ path: '', message: String(body.detail ?? body.title ?? res.statusText) }];
  return { ok: false, step: stepOfPath(errors[0]?.path ?? '', applySteps(draft)), errors };
}

/**
 * Said in plain words while an application waits for the network: it goes again by
 * itself when the browser is back online (or after the wait the API asked for), and
 * on "Try again". Every try carries the same idempotency key, so none makes a second
 * application.
 */
export function WaitingForNetwork(props: {
  text: LaterContent['waitingForNetwork'];
  retryAfterMs: number | undefined;
  /** Counts the tries, so that each failed one arms the next. */
  attempt: number;
  sending: boolean;
  onRetry: () => void;
}) {
  const { text, retryAfterMs, attempt, sending, onRetry } = props;
  const retry = useRef(onRetry);
  retry.current = onRetry;
  useEffect(() => {
    const again = () => retry.current();
    addEventListener('online', again);
    const wait = retryAfterMs ?? (navigator.onLine ? onlineRetryMs : undefined);
    const timer = wait === undefined ? undefined : setTimeout(again, wait);
    return () => {
      removeEventListener('online', again);
      clearTimeout(timer);
    };
  }, [retryAfterMs, attempt]);
  return (
    <div class="panel warning" role="alert">
      <h3>{text.title}</h3>
      <p>{text.body}</p>
      <button type="button" class="button secondary" disabled={sending} onClick={onRetry}>
        {sending ? text.retrying : text.retry}
      </button>
    </div>
  );
}

export function SubmittedView(props: {
  result: Submitted;
  text: ApplyContent;
  /** The status page's words, for the document upload. */
  statusText: StatusContent;
  statusHref: string;
}) {
  const { result, text, statusText, statusHref } = props;
  const t = text.done;
  const township = result.locale === 'en' ? result.township.nameEn : result.township.name;
  return (
    <div class="submitted">
      <div class="confirmation-panel">
        <h2>{t.title}</h2>
        <p>
          {t.reference}
          <br />
          <strong class="reference">{result.reference}</strong>
        </p>
      </div>
      <dl class="summary">
        <dt>{t.accessCode}</dt>
        <dd>
          <strong class="reference">{result.accessCode}</strong>
        </dd>
        <dt>{t.township}</dt>
        <dd>{township}</dd>
      </dl>
      <p class="panel warning">{t.accessCodeWarning}</p>
      <h3>{t.next}</h3>
      <ol>
        {result.nextSteps.map((step) => (
          <li key={step['zh-CN']}>{step[result.locale]}</li>
        ))}
      </ol>
      <p>{t.documents}</p>
      {result.byAgent ? <p class="panel">{t.authorisation}</p> : null}
      {/* Documents can go with the application now, in the same sitting. */}
      <DocumentUpload
        text={statusText}
        locale={result.locale}
        initialType={result.byAgent ? 'authorisation' : ''}
        credentials={{ reference: result.reference, accessCode: result.accessCode }}
        onUploaded={() => {}}
      />
      <p>
        <a class="button" href={statusHref}>
          {t.follow}
        </a>
      </p>
    </div>
  );
}
