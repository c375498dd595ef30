import { readFileSync, realpathSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

/**
 * One language per page, decided at build time (docs/decisions.md §8).
 *
 * Every text is written once, in both languages, beside the code that uses it: a
 * `{ 'zh-CN': …, en: … }` literal or a helper such as `text(zh, en)`. The API needs both
 * languages; a page needs one. So each island has an entry per language
 * (`entry-zh-CN.ts`, `entry-en.ts`; the page renders the one of its language), and
 * every module of the site or the domain that such an entry imports, directly or not,
 * is built as a variant of that language (`…/evaluate.ts?locale=en`) in which the other
 * language's texts are `""`. The source files are not changed: the API, the tests and
 * the staff console use them as they are.
 *
 * A value computed from both languages' texts (a fingerprint of the rules, say) would
 * come out different from one. Such exports are listed in `fixedExports`; a variant
 * gets the value the unchanged module computes, worked out once per build.
 */

export type TextLocale = 'zh-CN' | 'en';

const otherLocale = (locale: TextLocale): TextLocale => (locale === 'en' ? 'zh-CN' : 'en');

/** Exports whose value depends on both languages, by module path from the repository root. */
export const fixedExports: Readonly<Record<string, readonly string[]>> = {
  'functions/domain/policy/parameters.ts': ['rulesVersion'],
  'functions/domain/application/consent-texts.ts': ['consentTextHash'],
};

/** The repository root (this file is web/build/locale-variants.ts). */
export const repositoryRoot = resolve(import.meta.dirname, '../..');

const variantQuery = /[?&]locale=(zh-CN|en)(?=&|$)/;
const entryFile = /[/\\]entry-(zh-CN|en)\.tsx?$/;
const sourceFile = /\.tsx?$/;

/** The language of a module id: a variant (`?locale=en`) or an entry (`entry-en.ts`). */
export function localeOfId(id: string): TextLocale | null {
  const match = variantQuery.exec(id) ?? entryFile.exec(id.split('?')[0] ?? '');
  return match ? (match[1] as TextLocale) : null;
}

/** The file a module id stands for. */
const fileOf = (id: string) => id.split('?')[0] ?? id;

/** The modules that get a variant per language: the site's and the domain's. */
const variantRoots = ['web/src', 'functions/domain'].map((dir) =>
  realpathSync(resolve(repositoryRoot, dir)),
);

export function hasVariants(file: string): boolean {
  return (
    sourceFile.test(file) &&
    !file.split(/[/\\]/).includes('node_modules') &&
    variantRoots.some((root) => !relative(root, file).startsWith('..'))
  );
}

// --- The transform -----------------------------------------------------------------

/** Which argument of a helper such as `text(zh, en)` holds each language's text. */
type Helper = Readonly<Record<TextLocale, number>>;

function propertyName(name: ts.PropertyName): string | null {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

/** The two properties of a `{ 'zh-CN': …, en: … }` literal that has nothing else in it. */
function localizedProperties(
  node: ts.ObjectLiteralExpression,
): Record<TextLocale, ts.PropertyAssignment | ts.ShorthandPropertyAssignment> | null {
  if (node.properties.length !== 2) return null;
  const found: Partial<Record<TextLocale, ts.PropertyAssignment | ts.ShorthandPropertyAssignment>> =
    {};
  for (const property of node.properties) {
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) {
      return null;
    }
    const name = propertyName(property.name);
    if (name !== 'zh-CN' && name !== 'en') return null;
    found[name] = property;
  }
  const { 'zh-CN': zh, en } = found;
  return zh && en ? { 'zh-CN': zh, en } : null;
}

/** A function that returns `{ 'zh-CN': a, en: b }` of two of its parameters. */
function helperShape(
  parameters: ts.NodeArray<ts.ParameterDeclaration>,
  body: ts.ConciseBody | undefined,
): Helper | null {
  let returned: ts.Expression | undefined;
  if (body && ts.isBlock(body)) {
    const [only] = body.statements;
    if (body.statements.length === 1 && only && ts.isReturnStatement(only)) {
      returned = only.expression;
    }
  } else {
    returned = body;
  }
  while (returned && ts.isParenthesizedExpression(returned)) returned = returned.expression;
  const properties =
    returned && ts.isObjectLiteralExpression(returned) && localizedProperties(returned);
  if (!properties) return null;
  const names = parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : null));
  const indexOf = (property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment) => {
    const value = ts.isShorthandPropertyAssignment(property) ? property.name : property.initializer;
    return ts.isIdentifier(value) ? names.indexOf(value.text) : -1;
  };
  const zh = indexOf(properties['zh-CN']);
  const en = indexOf(properties.en);
  return zh >= 0 && en >= 0 && zh !== en ? { 'zh-CN': zh, en } : null;
}

/** The helpers a module declares at its top level, by name. */
function declaredHelpers(source: ts.SourceFile): Map<string, Helper> {
  const helpers = new Map<string, Helper>();
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      const shape = helperShape(statement.parameters, statement.body);
      if (shape) helpers.set(statement.name.text, shape);
    } else if (ts.isVariableStatement(statement)) {
      for (const { name, initializer } of statement.declarationList.declarations) {
        if (
          ts.isIdentifier(name) &&
          initializer &&
          (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer))
        ) {
          const shape = helperShape(initializer.parameters, initializer.body);
          if (shape) helpers.set(name.text, shape);
        }
      }
    }
  }
  return helpers;
}

function parse(file: string, code: string): ts.SourceFile {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
}

const helpersOfFile = new Map<string, Map<string, Helper>>();

/** The helpers a module imports by name from a relative path (`import { text } from './text.ts'`). */
function importedHelpers(source: ts.SourceFile, file: string): Map<string, Helper> {
  const helpers = new Map<string, Helper>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) {
      continue;
    }
    const specifier = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (!specifier.startsWith('.') || !sourceFile.test(specifier)) continue;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const target = resolve(dirname(file), specifier);
    let declared = helpersOfFile.get(target);
    if (!declared) {
      declared = declaredHelpers(parse(target, readFileSync(target, 'utf8')));
      helpersOfFile.set(target, declared);
    }
    for (const element of bindings.elements) {
      const shape = declared.get((element.propertyName ?? element.name).text);
      if (shape) helpers.set(element.name.text, shape);
    }
  }
  return helpers;
}

/** `""`, then the line breaks of the text it replaces, so line numbers stay as they were. */
function blank(text: string): string {
  return `""${'\n'.repeat(text.split('\n').length - 1)}`;
}

/**
 * The module's source with the other language's texts replaced by `""`: that
 * language's member of each `{ 'zh-CN': …, en: … }` literal, and its argument in each
 * call of a helper that builds one. The shapes stay the same, so code that reads
 * `text[locale]` runs unchanged. Top-level constants named in `values` get those values.
 */
export function keepOneLanguage(
  code: string,
  file: string,
  locale: TextLocale,
  values: Readonly<Record<string, unknown>> = {},
): string {
  const drop = otherLocale(locale);
  const source = parse(file, code);
  const helpers = new Map([...importedHelpers(source, file), ...declaredHelpers(source)]);
  const edits: { start: number; end: number; text: string }[] = [];
  const replace = (node: ts.Node, text: string) =>
    edits.push({ start: node.getStart(source), end: node.getEnd(), text });

  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const properties = localizedProperties(node);
      if (properties) {
        const dropped = properties[drop];
        if (ts.isShorthandPropertyAssignment(dropped)) {
          replace(dropped, `${dropped.name.text}: ""`);
        } else {
          replace(dropped.initializer, blank(dropped.initializer.getText(source)));
        }
        visit(properties[locale]);
        return;
      }
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const helper = helpers.get(node.expression.text);
      const dropped = helper ? node.arguments[helper[drop]] : undefined;
      if (helper && dropped && !node.arguments.some(ts.isSpreadElement)) {
        replace(dropped, blank(dropped.getText(source)));
        for (const argument of node.arguments) if (argument !== dropped) visit(argument);
        return;
      }
    }
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      Object.hasOwn(values, node.name.text) &&
      ts.isVariableStatement(node.parent.parent) &&
      node.parent.parent.parent === source
    ) {
      replace(node.initializer, JSON.stringify(values[node.name.text]));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

// --- Values computed from both languages ------------------------------------------

/** The files with exports listed in `fixedExports`, and those exports' names. */
const fixedByFile = new Map(
  Object.entries(fixedExports).map(([path, names]) => [
    realpathSync(resolve(repositoryRoot, path)),
    names,
  ]),
);

/** A module's exports listed in `fixedExports`, as the unchanged module computes them. */
export async function fixedValues(file: string): Promise<Record<string, unknown>> {
  const names = fixedByFile.get(file);
  if (!names) return {};
  const { build } = await import('esbuild');
  const bundle = await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = Buffer.from(bundle.outputFiles[0]?.text ?? '').toString('base64');
  const module: Record<string, unknown> = await import(`data:text/javascript;base64,${code}`);
  const values: Record<string, unknown> = {};
  for (const name of names) {
    if (!(name in module)) throw new Error(`${file} does not export ${name}`);
    values[name] = module[name];
  }
  return values;
}

// --- The Vite plugin ---------------------------------------------------------------

export function localeVariants(): Plugin {
  return {
    name: 'puning:locale-variants',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const locale = importer ? localeOfId(importer) : null;
      if (!importer || !locale || source.includes('?')) return null;
      const resolved = await this.resolve(source, fileOf(importer), {
        ...options,
        skipSelf: true,
      });
      if (
        !resolved ||
        resolved.external ||
        !hasVariants(resolved.id) ||
        entryFile.test(resolved.id)
      ) {
        return resolved;
      }
      // The site's and the domain's modules do nothing when imported, so a module none
      // of whose exports is used (the hash helpers, once the hashes are fixed) is left out.
      return {
        id: `${resolved.id}?locale=${locale}`,
        moduleSideEffects: false,
      };
    },
    load(id) {
      if (!variantQuery.test(id)) return null;
      const file = fileOf(id);
      this.addWatchFile(file);
      return readFileSync(file, 'utf8');
    },
    async transform(code, id) {
      const locale = localeOfId(id);
      if (!locale) return null;
      const file = fileOf(id);
      return {
        code: keepOneLanguage(code, file, locale, await fixedValues(file)),
        map: null,
      };
    },
  };
}
