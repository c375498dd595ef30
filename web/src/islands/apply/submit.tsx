import type { Locale, LocalizedText } from '../../../../functions/domain/locale.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import type { StatusContent } from '../status/content/types.ts';
import { DocumentUpload } from '../status/Documents.tsx';
import type { ApplyContent } from './content/types.ts';
import type { ApplyDraft } from './draft.ts';
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
}

type Outcome =
  | { ok: true; result: Submitted }
  | { ok: false; step: ApplyStep | null; errors: FieldError[] };

/**
 * Sends the application. The draft's idempotency key makes a retry after a lost
 * answer return the first result instead of a second application.
 */
export async function submitApplication(
  draft: ApplyDraft,
  locale: Locale,
  networkError: string,
): Promise<Outcome> {
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
    });
  } catch {
    return { ok: false, step: null, errors: [{ path: '', message: networkError }] };
  }
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.ok) return { ok: true, result: { ...(body as unknown as Submitted), locale } };
  const errors = Array.isArray(body.errors)
    ? (body.errors as FieldError[])
    : [{ path: '', message: String(body.detail ?? body.title ?? res.statusText) }];
  return { ok: false, step: stepOfPath(errors[0]?.path ?? '', applySteps(draft)), errors };
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
      {/* Documents can go with the application now, in the same sitting. */}
      <DocumentUpload
        text={statusText}
        locale={result.locale}
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
