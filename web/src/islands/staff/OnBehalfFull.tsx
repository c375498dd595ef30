import { useCallback, useState } from 'preact/hooks';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { ApplyDraft } from '../apply/draft.ts';
import type { Submitted } from '../apply/submit.tsx';
import type { Me } from './api.ts';
import type { StaffContent } from './content/types.ts';
import { SubmittedPanel } from './OnBehalf.tsx';
import type * as FormModule from './OnBehalfForm-zh-CN.ts';

/** The form with its words in the console's language, as the console's entry loads it. */
export type LoadApplyForm = () => Promise<typeof FormModule>;

/**
 * Applying for someone from the console, for any programme (43号 第十一条; 77号 四(一)):
 * the public form in staff mode, downloaded when the staff member starts (the console's
 * first load does not carry it). The API checks the same schema, and that the person
 * lives within this staff member's village or township.
 */
export function OnBehalfFull(props: {
  locale: Locale;
  text: StaffContent;
  me: Me;
  loadForm: LoadApplyForm;
  onSubmitted: () => void;
}) {
  const { locale, text, me, loadForm, onSubmitted } = props;
  const t = text.onBehalf.full;
  const [form, setForm] = useState<typeof FormModule | null>(null);
  const [state, setState] = useState<'closed' | 'loading' | 'failed'>('closed');
  const [done, setDone] = useState<(Submitted & { signedForm: boolean }) | null>(null);

  const open = () => {
    setState('loading');
    loadForm().then(setForm, () => setState('failed'));
  };
  const submitted = useCallback(
    (result: Submitted, draft: ApplyDraft) => {
      setDone({ ...result, signedForm: draft.consentRecord?.way === 'signed-form' });
      onSubmitted();
      document.getElementById('on-behalf-full')?.scrollIntoView();
    },
    [onSubmitted],
  );

  return (
    <section aria-labelledby="on-behalf-full" class="staff-section">
      <h2 id="on-behalf-full" tabIndex={-1}>
        {t.heading}
      </h2>
      <p>{t.intro}</p>
      {done ? <SubmittedPanel locale={locale} text={text} done={done} /> : null}
      {form ? (
        <form.OnBehalfForm
          locale={locale}
          text={text}
          words={form.applyWords}
          me={me}
          onSubmitted={submitted}
        />
      ) : state === 'failed' ? (
        <div class="panel warning" role="alert">
          <p>{t.failed}</p>
          <button type="button" class="button secondary" onClick={open}>
            {t.retry}
          </button>
        </div>
      ) : (
        <button type="button" class="button" disabled={state === 'loading'} onClick={open}>
          {state === 'loading' ? t.loading : t.start}
        </button>
      )}
    </section>
  );
}
