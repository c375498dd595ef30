import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicableProgrammes } from '../../../functions/domain/application/application-input.ts';
import {
  consentTexts,
  consentVersion,
} from '../../../functions/domain/application/consent-texts.ts';
import { programmes } from '../../../functions/domain/policy/programmes.ts';
import { pagesText } from '../../../web/src/i18n/pages/by-locale.ts';
import { applyContent } from '../../../web/src/islands/apply/content/by-locale.ts';
import { checkContent } from '../../../web/src/islands/check/content/by-locale.ts';
import { figuresContent } from '../../../web/src/islands/figures/content/by-locale.ts';
import { reportsContent } from '../../../web/src/islands/reports/content/by-locale.ts';
import { staffContent } from '../../../web/src/islands/staff/content/by-locale.ts';
import { reportsConsoleContent } from '../../../web/src/islands/staff/content/reports-by-locale.ts';
import { statusContent } from '../../../web/src/islands/status/content/by-locale.ts';
import { applicableProgrammesIn, consentNotices } from '../../../web/src/lib/apply-page-texts.ts';

type Language = 'zh-CN' | 'en';
const languages: readonly Language[] = ['zh-CN', 'en'];
const root = resolve(import.meta.dirname, '../../..');
const islands = join(root, 'web/src/islands');

/** A module of one language's words: islands/<island>/content/[<part>.]<language>.ts. */
const wordsModule = /\/islands\/[^/]+\/content\/(?:[a-z]+\.)?(zh-CN|en)\.ts$/;
/** The modules with both languages, for build-time pages and the tests only. */
const bothLanguages = /\/by-locale\.ts$/;
/** A module named after a language (entry-en.ts, later-zh-CN.ts, content/result.en.ts …). */
const languageInName = /(?<=[/.-])(zh-CN|en)(?=\.tsx?$)/;

interface Entry {
  island: string;
  file: string;
  language: Language;
  /** Every source module the entry loads, at once or later (dynamic imports). */
  modules: string[];
}

/** The module graph of an entry, as a bundler sees it (node_modules left out). */
async function modulesOf(file: string): Promise<string[]> {
  const result = await build({
    entryPoints: [file],
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'unused',
    write: false,
    metafile: true,
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs).map((path) => `/${path}`);
}

let entries: Entry[] = [];

beforeAll(async () => {
  const found: Omit<Entry, 'modules'>[] = [];
  for (const island of await readdir(islands)) {
    for (const name of await readdir(join(islands, island)).catch(() => [])) {
      const match = /^entry-(?:[a-z]+-)?(zh-CN|en)\.ts$/.exec(name);
      if (match) {
        found.push({ island, file: join(islands, island, name), language: match[1] as Language });
      }
    }
  }
  entries = await Promise.all(
    found.map(async (entry) => ({ ...entry, modules: await modulesOf(entry.file) })),
  );
}, 60_000);

describe("an island's entry script", () => {
  it('exists in both languages for every island page', () => {
    const names = entries.map((e) => relative(islands, e.file)).sort();
    expect(names).toEqual([
      'apply/entry-en.ts',
      'apply/entry-zh-CN.ts',
      'check/entry-en.ts',
      'check/entry-zh-CN.ts',
      'figures/entry-en.ts',
      'figures/entry-zh-CN.ts',
      'reports/entry-en.ts',
      'reports/entry-zh-CN.ts',
      'staff/entry-application-en.ts',
      'staff/entry-application-zh-CN.ts',
      'staff/entry-callback-en.ts',
      'staff/entry-callback-zh-CN.ts',
      'staff/entry-console-en.ts',
      'staff/entry-console-zh-CN.ts',
      'staff/entry-reports-en.ts',
      'staff/entry-reports-zh-CN.ts',
      'status/entry-en.ts',
      'status/entry-zh-CN.ts',
    ]);
  });

  it("loads its own language's words, now or with a later chunk, and never the other's", () => {
    for (const entry of entries) {
      const words = entry.modules.filter((m) => wordsModule.test(m));
      expect(words.length, entry.file).toBeGreaterThan(0);
      for (const module of words) {
        expect(wordsModule.exec(module)?.[1], `${entry.file} loads ${module}`).toBe(entry.language);
      }
      expect(
        entry.modules.filter((m) => bothLanguages.test(m)),
        entry.file,
      ).toEqual([]);
    }
  });

  it('loads the same code in both languages: only the modules named after the language differ', () => {
    const neutral = (entry: Entry) =>
      entry.modules.map((m) => m.replace(languageInName, '<language>')).sort();
    const pairs = new Map<string, Entry[]>();
    for (const entry of entries) {
      const key = entry.file.replace(languageInName, '<language>');
      pairs.set(key, [...(pairs.get(key) ?? []), entry]);
    }
    expect(pairs.size).toBe(entries.length / 2);
    for (const [key, [first, second]] of pairs) {
      expect(first && second, key).toBeTruthy();
      if (first && second) expect(neutral(first), key).toEqual(neutral(second));
    }
  });
});

/** Every text of a words module, with sample arguments for the ones that are functions. */
function texts(value: unknown, path = ''): { path: string; text: unknown }[] {
  if (typeof value === 'function') return [{ path, text: value(2, 3) }];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  }
  return [{ path, text: value }];
}

describe('the words modules', () => {
  const modules = {
    apply: applyContent,
    check: checkContent,
    figures: figuresContent,
    status: statusContent,
    staff: staffContent,
    reports: reportsContent,
    reportsConsole: reportsConsoleContent,
    pages: pagesText,
  };

  it('have the same texts in both languages, none left blank in one only', () => {
    for (const [name, byLanguage] of Object.entries(modules)) {
      const zh = texts(byLanguage['zh-CN']);
      const en = new Map(texts(byLanguage.en).map(({ path, text }) => [path, text]));
      expect(zh.length, name).toBeGreaterThan(10);
      // The same paths (the types fix the keys, not how many options a list has) …
      expect(zh.map((t) => t.path).sort(), name).toEqual([...en.keys()].sort());
      // … and a text is blank in both languages (a field without a hint) or in neither.
      for (const { path, text } of zh) {
        expect(`${en.get(path)}`.trim() === '', `${name}${path}`).toBe(`${text}`.trim() === '');
      }
    }
  });
});

describe("the apply page's own-language data", () => {
  it("carries the domain's consent notices and version in the page's language", () => {
    for (const language of languages) {
      const notices = consentNotices(language);
      expect(notices.version).toBe(consentVersion);
      for (const [id, text] of Object.entries(consentTexts)) {
        const words = notices.texts[id as keyof typeof consentTexts];
        expect(words.title).toBe(text.title[language]);
        expect(words.paragraphs).toEqual(text.paragraphs.map((p) => p[language]));
        expect(words.agree).toBe(text.agree[language]);
      }
    }
    expect(JSON.stringify(consentNotices('en'))).not.toMatch(/\p{Script=Han}/u);
  });

  it("names the programmes one can apply for in the page's language", () => {
    const english = applicableProgrammesIn(applicableProgrammes, 'en');
    expect(english.map((p) => p.id)).toEqual([...applicableProgrammes]);
    expect(english[0]?.name).toBe(programmes.dibao.name.en);
    expect(JSON.stringify(english)).not.toMatch(/\p{Script=Han}/u);
    const chinese = applicableProgrammesIn(applicableProgrammes, 'zh-CN');
    expect(chinese.map((p) => p.description)).toEqual(
      applicableProgrammes.map((id) => programmes[id].description['zh-CN']),
    );
  });
});
