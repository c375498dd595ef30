import type { Locale } from '../../../../functions/domain/locale.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';

/** What a public report call came back with. */
export type PostResult<T> =
  | { readonly kind: 'ok'; readonly data: T }
  | { readonly kind: 'invalid'; readonly errors: readonly FieldError[]; readonly title: string }
  | { readonly kind: 'refused'; readonly title: string; readonly triesLeft?: number }
  | { readonly kind: 'network' };

/**
 * Posts a form as JSON in the page's language; `key` is the Idempotency-Key, kept for
 * retries of the same submission so it is never stored twice.
 */
export async function postJson<T>(
  path: string,
  body: unknown,
  locale: Locale,
  key?: string,
): Promise<PostResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Language': locale,
        ...(key ? { 'Idempotency-Key': key } : {}),
      },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: 'network' };
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { kind: 'ok', data: data as T };
  const title = String(data.title ?? '');
  if (response.status === 400 && Array.isArray(data.errors))
    return { kind: 'invalid', errors: data.errors as FieldError[], title };
  if (response.status >= 500) return { kind: 'network' };
  return {
    kind: 'refused',
    title,
    ...(typeof data.triesLeft === 'number' ? { triesLeft: data.triesLeft } : {}),
  };
}

export const newKey = () => `r-${crypto.randomUUID()}`;
