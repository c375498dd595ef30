import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { type CallbackResult, completeSignIn, consolePath, signIn } from './auth.ts';
import type { StaffContent } from './content/types.ts';

/** The identity provider sends staff back here with a code: check it, exchange it, go on. */
export function CallbackApp({ locale, text }: { locale: Locale; text: StaffContent }) {
  const [failure, setFailure] = useState<Exclude<CallbackResult, { ok: true }>['reason'] | null>(
    null,
  );

  useEffect(() => {
    const search = window.location.search;
    // The code is for one use: keep it out of the history and of any later Referer.
    window.history.replaceState(null, '', window.location.pathname);
    void completeSignIn(search).then((result) => {
      if (result.ok) window.location.replace(result.returnTo);
      else setFailure(result.reason);
    });
  }, []);

  if (!failure) return <p role="status">{text.callback.working}</p>;
  return (
    <>
      <p class="panel warning" role="alert">
        {text.callback.failed[failure]}
      </p>
      <button
        type="button"
        class="button"
        onClick={() => void signIn(consolePath(locale)).catch(() => undefined)}
      >
        {text.callback.again}
      </button>
    </>
  );
}
