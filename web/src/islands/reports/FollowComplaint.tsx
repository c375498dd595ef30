import { useState } from 'preact/hooks';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import { ErrorSummary, errorFor, fieldId, TextInput } from '../shared/fields.tsx';
import type { ReportsContent } from './content/types.ts';
import { postJson } from './post.ts';

interface Followed {
  reference: string;
  state: 'received' | 'in-handling' | 'answered';
  receivedOn: string;
  dueOn: string;
  reply?: { on: string; text: string };
}

/** Follow a complaint with its reference and code (in the body, never the URL). */
export function FollowComplaint(props: { locale: Locale; text: ReportsContent }) {
  const { locale, text } = props;
  const t = text.follow;
  const [reference, setReference] = useState('');
  const [accessCode, setAccessCode] = useState('');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [problem, setProblem] = useState('');
  const [found, setFound] = useState<Followed | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem('');
    setErrors([]);
    const result = await postJson<Followed>(
      '/api/complaints/follow',
      { reference, accessCode },
      locale,
    );
    if (result.kind === 'ok') setFound(result.data);
    else if (result.kind === 'invalid') setErrors(result.errors);
    else if (result.kind === 'refused')
      setProblem(
        `${result.title}${result.triesLeft === undefined ? '' : ` ${t.triesLeft(result.triesLeft)}`}`,
      );
    else setProblem(text.networkError);
  };

  return (
    <>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary title={text.errorTitle} errors={errors} fieldId={fieldId} />
        <TextInput
          id={fieldId('reference')}
          label={t.reference}
          value={reference}
          error={errorFor(errors, 'reference')}
          onInput={setReference}
          width="medium"
        />
        <TextInput
          id={fieldId('accessCode')}
          label={t.accessCode}
          value={accessCode}
          error={errorFor(errors, 'accessCode')}
          onInput={setAccessCode}
          width="short"
        />
        {problem ? (
          <p class="panel warning" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>
      {found ? (
        <section class="panel" aria-labelledby="complaint-state">
          <h2 id="complaint-state">
            {found.reference}：{t.states[found.state]}
          </h2>
          <dl>
            <dt>{t.received}</dt>
            <dd>{found.receivedOn}</dd>
            <dt>{t.due}</dt>
            <dd>{found.dueOn}</dd>
            <dt>{t.reply}</dt>
            <dd class="reply">
              {found.reply ? `${found.reply.on}：${found.reply.text}` : t.noReply}
            </dd>
          </dl>
        </section>
      ) : null}
    </>
  );
}
