import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { LocalizedText } from '../domain/locale.ts';
import { toFieldErrors } from '../domain/validation/field-errors.ts';
import { validationMessages } from '../domain/validation/messages.ts';
import type { LocaleVariables } from './middleware/locale.ts';
import { buildProblem, problemResponse } from './problem.ts';

type Catalogue = Readonly<Record<string, LocalizedText>>;

export type ParsedBody<T> = { ok: true; value: T } | { ok: false; response: Response };

/**
 * Reads a JSON body and validates it with a zod schema: 415 for another media type,
 * 400 problem+json naming each bad field (in the user's language) for bad JSON or a
 * bad shape. The body-limit middleware has already refused oversized bodies.
 */
export async function parseJsonBody<
  S extends z.core.$ZodType,
  V extends LocaleVariables = LocaleVariables,
>(
  c: Context<{ Variables: V }>,
  schema: S,
  catalogue: Catalogue = {},
): Promise<ParsedBody<z.infer<S>>> {
  const locale = c.get('locale');
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    return {
      ok: false,
      response: problemResponse(c, buildProblem('unsupported-media-type', locale)),
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(await c.req.text());
  } catch {
    const errors = [{ path: '', message: validationMessages.invalidBody[locale] }];
    return {
      ok: false,
      response: problemResponse(c, buildProblem('validation-failed', locale, { errors })),
    };
  }
  const result = (schema as unknown as z.ZodMiniType).safeParse(data);
  if (!result.success) {
    const errors = toFieldErrors(result.error.issues, locale, catalogue);
    return {
      ok: false,
      response: problemResponse(c, buildProblem('validation-failed', locale, { errors })),
    };
  }
  return { ok: true, value: result.data as z.infer<S> };
}
