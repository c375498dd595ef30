import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  consentTextHash,
  consentTexts,
  consentVersion,
} from '../../../functions/domain/application/consent-texts.ts';
import { documentTypes } from '../../../functions/domain/application/documents.ts';
import { applicationCatalogue } from '../../../functions/domain/application/messages.ts';
import { stateNames } from '../../../functions/domain/application/state-names.ts';
import type { IsoDate } from '../../../functions/domain/dates.ts';
import type { CheckInput } from '../../../functions/domain/policy/check-input.ts';
import { disclaimer, evaluate } from '../../../functions/domain/policy/evaluate.ts';
import { checkInputMessages } from '../../../functions/domain/policy/messages.ts';
import { parametersAsOf, rulesVersion } from '../../../functions/domain/policy/parameters.ts';
import { programmes } from '../../../functions/domain/policy/programmes.ts';
import { validationMessages } from '../../../functions/domain/validation/messages.ts';
import {
  fixedValues,
  hasVariants,
  keepOneLanguage,
  localeOfId,
  repositoryRoot,
  type TextLocale,
} from '../../../web/build/locale-variants.ts';
import { firstContent } from '../../../web/src/islands/apply/content-first.ts';
import { laterContent } from '../../../web/src/islands/apply/content-later.ts';
import { checkContent } from '../../../web/src/islands/check/content.ts';
import { statusContent } from '../../../web/src/islands/status/content.ts';
import { parameterValueText } from '../../../web/src/lib/parameter-text.ts';
import { checkInputArb } from '../../support/check-input-arbitraries.ts';

const locales: readonly TextLocale[] = ['zh-CN', 'en'];
const domainFile = (path: string) => resolve(repositoryRoot, 'functions/domain', path);

describe('keepOneLanguage', () => {
  const file = domainFile('policy/example.ts');

  it('blanks the other language of a { zh-CN, en } literal, written out or shorthand', () => {
    const code = `const a = { 'zh-CN': '甲', en: 'A' };\nconst b = { en, 'zh-CN': zh };`;
    expect(keepOneLanguage(code, file, 'zh-CN')).toBe(
      `const a = { 'zh-CN': '甲', en: "" };\nconst b = { en: "", 'zh-CN': zh };`,
    );
    expect(keepOneLanguage(code, file, 'en')).toBe(
      `const a = { 'zh-CN': "", en: 'A' };\nconst b = { en, 'zh-CN': "" };`,
    );
  });

  it('blanks the argument of a helper that builds one, declared here or imported', () => {
    const local = `const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });\nt('甲', 'A');`;
    expect(keepOneLanguage(local, file, 'zh-CN')).toContain(`t('甲', "");`);
    expect(keepOneLanguage(local, file, 'en')).toContain(`t("", 'A');`);
    // policy/text.ts declares text(zh, en).
    const imported = `import { text as say } from './text.ts';\nsay('甲' + x, 'A ' + x);`;
    expect(keepOneLanguage(imported, file, 'zh-CN')).toContain(`say('甲' + x, "");`);
    expect(keepOneLanguage(imported, file, 'en')).toContain(`say("", 'A ' + x);`);
  });

  it('keeps line numbers and leaves everything else alone', () => {
    const code = [
      `const a = {`,
      `  'zh-CN': '甲',`,
      `  en:`,
      `    'A long English text ' +`,
      `    'on two lines',`,
      `};`,
      `const b = { 'zh-CN': '乙', en: 'B', short: 'b' };`,
      `const c = { zh: '丙', en: 'C' };`,
    ].join('\n');
    const kept = keepOneLanguage(code, file, 'zh-CN');
    expect(kept.split('\n')).toHaveLength(code.split('\n').length);
    expect(kept).not.toContain('A long English text');
    expect(kept).toContain(`const b = { 'zh-CN': '乙', en: 'B', short: 'b' };`);
    expect(kept).toContain(`const c = { zh: '丙', en: 'C' };`);
  });

  it('gives top-level constants the values it is given', () => {
    const code = `export const version = hash(all);\nfunction f() { const version = 1; }`;
    expect(keepOneLanguage(code, file, 'en', { version: 'abc' })).toBe(
      `export const version = "abc";\nfunction f() { const version = 1; }`,
    );
  });

  it('knows the language of a module id and which files have variants', () => {
    expect(localeOfId('/x/web/src/islands/check/entry-en.ts')).toBe('en');
    expect(localeOfId('/x/functions/domain/policy/evaluate.ts?locale=zh-CN')).toBe('zh-CN');
    expect(localeOfId('/x/functions/domain/policy/evaluate.ts')).toBeNull();
    expect(hasVariants(domainFile('policy/evaluate.ts'))).toBe(true);
    expect(hasVariants(resolve(repositoryRoot, 'web/src/islands/check/Result.tsx'))).toBe(true);
    expect(hasVariants(resolve(repositoryRoot, 'functions/api/app.ts'))).toBe(false);
  });
});

/** Every { zh-CN, en } pair replaced by its text in `locale`; functions by a sample call. */
function inLocale(value: unknown, locale: TextLocale): unknown {
  if (typeof value === 'function') return inLocale(value(2, 8), locale);
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale));
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    if (keys.length === 2 && keys[0] === 'en' && keys[1] === 'zh-CN') {
      return inLocale((value as Record<TextLocale, unknown>)[locale], locale);
    }
    return Object.fromEntries(
      keys.map((key) => [key, inLocale((value as Record<string, unknown>)[key], locale)]),
    );
  }
  return value;
}

/** What the pages take from the domain and the site, as the browser gets it. */
const shipped = {
  evaluate: 'functions/domain/policy/evaluate.ts',
  parametersAsOf: 'functions/domain/policy/parameters.ts',
  parameterValueText: 'web/src/lib/parameter-text.ts',
  disclaimer: 'functions/domain/policy/evaluate.ts',
  rulesVersion: 'functions/domain/policy/parameters.ts',
  programmes: 'functions/domain/policy/programmes.ts',
  checkInputMessages: 'functions/domain/policy/messages.ts',
  validationMessages: 'functions/domain/validation/messages.ts',
  applicationCatalogue: 'functions/domain/application/messages.ts',
  consentTexts: 'functions/domain/application/consent-texts.ts',
  consentVersion: 'functions/domain/application/consent-texts.ts',
  consentTextHash: 'functions/domain/application/consent-texts.ts',
  documentTypes: 'functions/domain/application/documents.ts',
  stateNames: 'functions/domain/application/state-names.ts',
  checkContent: 'web/src/islands/check/content.ts',
  firstContent: 'web/src/islands/apply/content-first.ts',
  laterContent: 'web/src/islands/apply/content-later.ts',
  statusContent: 'web/src/islands/status/content.ts',
} as const;
type Functions = 'evaluate' | 'parametersAsOf' | 'parameterValueText';
type Shipped = {
  evaluate: typeof evaluate;
  parametersAsOf: typeof parametersAsOf;
  parameterValueText: typeof parameterValueText;
} & Record<Exclude<keyof typeof shipped, Functions>, unknown>;

const original: Shipped = {
  evaluate,
  parametersAsOf,
  parameterValueText,
  disclaimer,
  rulesVersion,
  programmes,
  checkInputMessages,
  validationMessages,
  applicationCatalogue,
  consentTexts,
  consentVersion,
  consentTextHash,
  documentTypes,
  stateNames,
  checkContent,
  firstContent,
  laterContent,
  statusContent,
};

const oneLanguage = (locale: TextLocale): Plugin => ({
  name: 'one-language',
  setup(bundler) {
    bundler.onLoad({ filter: /\.tsx?$/ }, async ({ path }) => {
      if (!hasVariants(path)) return undefined;
      const code = await readFile(path, 'utf8');
      return {
        contents: keepOneLanguage(code, path, locale, await fixedValues(path)),
        loader: path.endsWith('x') ? 'tsx' : 'ts',
      };
    });
  },
});

/** The shipped modules built as the page of `locale` gets them, and the bundle's text. */
async function variant(locale: TextLocale): Promise<{ module: Shipped; code: string }> {
  const bundle = await build({
    stdin: {
      contents: Object.entries(shipped)
        .map(([name, path]) => `export { ${name} } from ${JSON.stringify(`./${path}`)};`)
        .join('\n'),
      resolveDir: repositoryRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    plugins: [oneLanguage(locale)],
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return { module: (await import(url)) as Shipped, code };
}

describe('each language’s build says exactly what the unchanged code says in it', () => {
  const built = new Map<TextLocale, { module: Shipped; code: string }>();
  beforeAll(async () => {
    for (const locale of locales) built.set(locale, await variant(locale));
  });
  const get = (locale: TextLocale) => {
    const found = built.get(locale);
    if (!found) throw new Error(locale);
    return found;
  };

  it.each(locales)(
    '%s: the rules give the same result, word for word (300 households)',
    (locale) => {
      const { module } = get(locale);
      const asOf: IsoDate = '2026-11-28';
      const inputs: CheckInput[] = fc.sample(checkInputArb, { seed: 20261129, numRuns: 300 });
      for (const [index, input] of inputs.entries()) {
        expect(inLocale(module.evaluate(input, asOf), locale), `household ${index}`).toEqual(
          inLocale(evaluate(input, asOf), locale),
        );
      }
    },
  );

  it.each(locales)('%s: the same texts, messages, names and content', (locale) => {
    const { module } = get(locale);
    for (const name of Object.keys(shipped) as (keyof typeof shipped)[]) {
      if (name === 'evaluate' || name === 'parametersAsOf' || name === 'parameterValueText') {
        continue;
      }
      expect(inLocale(module[name], locale), name).toEqual(inLocale(original[name], locale));
    }
    // Every figure, with its name, note, source and value in words, on two dates.
    for (const asOf of ['2023-06-01', '2026-11-28'] as const) {
      const figures = (all: ReturnType<typeof parametersAsOf>, text: typeof parameterValueText) =>
        Object.values(all).map((p) => ({ ...p, words: text(p, locale) }));
      expect(
        inLocale(figures(module.parametersAsOf(asOf), module.parameterValueText), locale),
      ).toEqual(inLocale(figures(parametersAsOf(asOf), parameterValueText), locale));
    }
  });

  it.each(locales)('%s: the same rules version and consent fingerprint as the API', (locale) => {
    const { module } = get(locale);
    expect(module.rulesVersion).toBe(rulesVersion);
    expect(module.consentTextHash).toBe(consentTextHash);
  });

  it('ships no text of the other language', () => {
    expect(get('zh-CN').code).not.toContain(disclaimer.en);
    expect(get('zh-CN').code).not.toContain(checkContent.en.result.privacy);
    expect(get('en').code).not.toContain(disclaimer['zh-CN']);
    expect(get('en').code).not.toContain(checkContent['zh-CN'].result.privacy);
  });
});
