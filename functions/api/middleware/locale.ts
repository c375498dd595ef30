import { createMiddleware } from 'hono/factory';
import { type Locale, negotiateLocale } from '../../domain/locale.ts';
import { editResponseHeaders } from './response-headers.ts';

export type LocaleVariables = { locale: Locale };

/** zh-CN unless the request's Accept-Language prefers English. */
export const localeMiddleware = createMiddleware<{ Variables: LocaleVariables }>(
  async (c, next) => {
    const locale = negotiateLocale(c.req.header('accept-language'));
    c.set('locale', locale);
    await next();
    editResponseHeaders(c, (headers) => {
      headers.set('Content-Language', locale);
      headers.append('Vary', 'Accept-Language');
    });
  },
);
