/**
 * Directory URLs without an edge function (the AWS China regions).
 *
 * Astro writes `/apply/` as `apply/index.html`. A private S3 bucket read through an
 * origin access identity resolves no index documents: CloudFront asks it for the key
 * `apply/` and gets 403. Where no CloudFront Function can rewrite the URI, each page is
 * also written under its directory key (`apply/`), which the bucket serves as is, and a
 * small page at the key without the slash (`apply`) sends `/apply` on to `/apply/`.
 *
 * Pure: the CDK construct plans from the built site at synth (and keeps these keys out
 * of the deployment's prune), the deploy-time function writes what was planned.
 */

/** The file Astro writes for a directory URL (build.format 'directory'). */
export const indexDocument = 'index.html';

/** The Content-Type of every key written here. */
export const htmlContentType = 'text/html; charset=utf-8';

/** One page and the keys it is also served under. */
export interface DirectoryKeys {
  /** The page Astro wrote, e.g. `apply/index.html`. */
  readonly page: string;
  /** The key CloudFront requests for `/apply/`: a copy of the page, e.g. `apply/`. */
  readonly directoryKey: string;
  /**
   * The key CloudFront requests for `/apply`: a page that redirects to `/apply/`.
   * Absent when the site has a file of that name, which is never overwritten.
   */
  readonly redirectKey?: string;
}

/**
 * The directory keys of a site, given every object key in it (`/`-separated, no leading
 * slash): one entry per `<dir>/index.html`, sorted by page. The root `index.html` has
 * none (CloudFront's default root object serves `/`), and neither do keys with an empty
 * segment (`a//index.html`), which no URL path reaches unambiguously.
 */
export function planDirectoryKeys(keys: Iterable<string>): DirectoryKeys[] {
  const all = new Set(keys);
  const plan: DirectoryKeys[] = [];
  for (const page of all) {
    if (!page.endsWith(`/${indexDocument}`)) continue;
    const directoryKey = page.slice(0, -indexDocument.length);
    if (directoryKey.split('/').slice(0, -1).includes('')) continue;
    const redirectKey = directoryKey.slice(0, -1);
    plan.push(all.has(redirectKey) ? { page, directoryKey } : { page, directoryKey, redirectKey });
  }
  return plan.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
}

/** Every key the plan writes (directory keys and redirect keys), sorted. */
export function writtenKeys(plan: readonly DirectoryKeys[]): string[] {
  return plan
    .flatMap((entry) =>
      entry.redirectKey === undefined
        ? [entry.directoryKey]
        : [entry.directoryKey, entry.redirectKey],
    )
    .sort();
}

/**
 * The `aws s3 sync --exclude` patterns that keep the written keys out of the
 * deployment's sync: neither uploaded (there is no such local file) nor pruned. Only the
 * current keys are excluded, so the keys of a page that was removed are pruned with it.
 * Patterns are fnmatch globs matched against the whole key: `*`, `?` and `[` are escaped.
 */
export function syncExcludePatterns(plan: readonly DirectoryKeys[]): string[] {
  return writtenKeys(plan).map((key) => key.replace(/[*?[]/g, (c) => `[${c}]`));
}

/** The URL path of a directory key, percent-encoded: `apply/` → `/apply/`. */
export function directoryPath(directoryKey: string): string {
  return `/${directoryKey.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The page at `apply` that sends the browser to `/apply/` at once (CloudFront serves a
 * private bucket's objects as they are: no redirect status without an edge function).
 * Percent-encoding leaves no character that HTML attributes or text would interpret.
 */
export function redirectPage(directoryKey: string): string {
  const path = directoryPath(directoryKey);
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<meta charset="utf-8">',
    '<meta name="robots" content="noindex">',
    `<meta http-equiv="refresh" content="0; url=${path}">`,
    `<link rel="canonical" href="${path}">`,
    '<title>普宁市社会救助服务平台</title>',
    `<p><a href="${path}">${path}</a></p>`,
    '',
  ].join('\n');
}
