import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../../functions/domain/locale.ts';
import { type Me, staffApi } from './api.ts';
import { idToken, signIn, signOut } from './auth.ts';
import type { StaffContent } from './content/types.ts';

type FrameState =
  | { kind: 'loading' }
  | { kind: 'signed-out'; expired: boolean }
  | { kind: 'no-access' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; me: Me };

export interface FrameContext {
  readonly me: Me;
  readonly text: StaffContent;
  /** Call when an API answer says the token is gone: shows "sign in again". */
  readonly signedOut: () => void;
}

/**
 * Every console page: signed out, it offers the sign-in; signed in, it says who is
 * signed in (GET /api/staff/me), offers sign-out, and shows the page.
 */
export function StaffFrame(props: {
  locale: Locale;
  text: StaffContent;
  children: (context: FrameContext) => ComponentChildren;
}) {
  const { locale, text } = props;
  const [state, setState] = useState<FrameState>(() =>
    idToken() ? { kind: 'loading' } : { kind: 'signed-out', expired: false },
  );

  useEffect(() => {
    if (state.kind !== 'loading') return;
    let live = true;
    void staffApi<Me>('/api/staff/me', locale).then((result) => {
      if (!live) return;
      if (result.kind === 'ok') setState({ kind: 'ready', me: result.data });
      else if (result.kind === 'signed-out') setState({ kind: 'signed-out', expired: true });
      else if (result.kind === 'forbidden') setState({ kind: 'no-access' });
      else setState({ kind: 'failed', message: 'message' in result ? result.message : '' });
    });
    return () => {
      live = false;
    };
  }, [state.kind, locale]);

  const signedOut = useCallback(() => setState({ kind: 'signed-out', expired: true }), []);

  const leave = async () => {
    const where = await signOut();
    if (where === 'stayed') setState({ kind: 'signed-out', expired: false });
  };

  switch (state.kind) {
    case 'loading':
      return <p role="status">{text.loading}</p>;
    case 'signed-out':
      return <SignIn text={text} expired={state.expired} />;
    case 'no-access':
      return (
        <>
          <p class="panel warning">{text.signIn.noAccess}</p>
          <button type="button" class="button secondary" onClick={() => void leave()}>
            {text.signOut}
          </button>
        </>
      );
    case 'failed':
      return <p class="panel warning">{state.message || text.signIn.failed}</p>;
    case 'ready': {
      const { me } = state;
      const township = me.township
        ? locale === 'en'
          ? me.township.nameEn
          : me.township.name
        : text.who.allTownships;
      return (
        <>
          <section class="staff-who" aria-labelledby="staff-who">
            <h2 id="staff-who" class="visually-hidden">
              {text.who.heading}
            </h2>
            <dl class="staff-who-list">
              <div>
                <dt>{text.who.name}</dt>
                <dd>{me.name}</dd>
              </div>
              <div>
                <dt>{text.who.role}</dt>
                <dd>{text.roles[me.role]}</dd>
              </div>
              <div>
                <dt>{text.who.township}</dt>
                <dd>{township}</dd>
              </div>
            </dl>
            <button type="button" class="button secondary" onClick={() => void leave()}>
              {text.signOut}
            </button>
          </section>
          {props.children({ me, text, signedOut })}
        </>
      );
    }
  }
}

function SignIn({ text, expired }: { text: StaffContent; expired: boolean }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const start = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await signIn(`${window.location.pathname}${window.location.search}`);
    } catch {
      setBusy(false);
      setFailed(true);
    }
  };
  return (
    <section aria-labelledby="staff-sign-in">
      <h2 id="staff-sign-in">{text.signIn.heading}</h2>
      {expired ? (
        <p class="panel warning" role="alert">
          {text.signIn.expired}
        </p>
      ) : null}
      {failed ? (
        <p class="panel warning" role="alert">
          {text.signIn.failed}
        </p>
      ) : null}
      <p>{text.signIn.lead}</p>
      <button type="button" class="button large" disabled={busy} onClick={() => void start()}>
        {busy ? text.signIn.starting : text.signIn.button}
      </button>
    </section>
  );
}
