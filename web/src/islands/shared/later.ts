import { useEffect, useState } from 'preact/hooks';

/**
 * Code a form needs only on its later screens, in a chunk of its own: requested once
 * the person has started on the form (`start`), so it is usually there before it is
 * needed, and awaited where it is (`get`). A failed download is forgotten, so the next
 * attempt fetches again.
 */
export interface Later<T> {
  /** Starts the download if it has not started; never throws. */
  start(): void;
  /** The module, once downloaded. */
  get(): Promise<T>;
  /** The module if it is already here. */
  now(): T | null;
}

export function later<T>(load: () => Promise<T>): Later<T> {
  let pending: Promise<T> | null = null;
  let loaded: T | null = null;
  const get = () => {
    pending ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return {
    start: () => {
      get().catch(() => {
        // Tried again when needed.
      });
    },
    get,
    now: () => loaded,
  };
}

/**
 * Starts a download once the page is idle after loading, so it is usually done before
 * the person has answered the first question (and while they are still online). The
 * chunk is static code: nothing the person typed is in the request.
 */
export function startWhenIdle(chunk: Later<unknown>): void {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(chunk.start, { timeout: 3000 });
  else setTimeout(chunk.start, 500);
}

/**
 * The module for a screen that needs it: null while it downloads (the screen then says
 * so), with `failed` and `retry` when the download did not work. A module that is
 * already here is used at once, so a screen never flashes a "loading" state after a
 * step that waited for it.
 */
export function useLater<T>(chunk: Later<T>, needed: boolean) {
  const module = chunk.now();
  const [, arrived] = useState(0);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!needed || module) return;
    let current = true;
    chunk.get().then(
      () => {
        if (current) arrived((n) => n + 1);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [chunk, needed, module, attempt]);
  return {
    module,
    failed: failed && !module,
    retry: () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    },
  };
}
