/**
 * `load`, run on the first call and its promise shared by every call after; a failure
 * is not kept, so the next call tries again. For what a function imports or builds on
 * first use instead of at cold start.
 */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
}
