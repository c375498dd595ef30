import { defaultLocale, type Locale } from '../../../functions/domain/locale.ts';

export type { Locale };
export { defaultLocale };

/** zh-CN pages live at the root, English under /en/. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === 'en' ? `/en${clean === '/' ? '/' : clean}` : clean;
}

/** getStaticPaths for a page that exists in both languages. */
export function bothLocales() {
  return [
    { params: { lang: undefined }, props: { locale: 'zh-CN' as Locale } },
    { params: { lang: 'en' }, props: { locale: 'en' as Locale } },
  ];
}

export const htmlLang: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en' };
