import { describe, expect, it } from 'vitest';
import {
  directoryPath,
  planDirectoryKeys,
  redirectPage,
  syncExcludePatterns,
  writtenKeys,
} from '../../../functions/site/directory-keys.ts';

/** The keys of a small built site, as the deployment puts them in the bucket. */
const site = [
  'index.html',
  '404.html',
  'favicon.svg',
  'prefs.js',
  '_astro/apply.BxQ1.js',
  'apply/index.html',
  'check/index.html',
  'en/index.html',
  'en/programmes/dibao/index.html',
  'programmes/dibao/index.html',
  'staff/application/index.html',
];

describe('planDirectoryKeys', () => {
  it('plans a directory key and a redirect for every <dir>/index.html, nested ones too', () => {
    expect(planDirectoryKeys(site)).toEqual([
      { page: 'apply/index.html', directoryKey: 'apply/', redirectKey: 'apply' },
      { page: 'check/index.html', directoryKey: 'check/', redirectKey: 'check' },
      { page: 'en/index.html', directoryKey: 'en/', redirectKey: 'en' },
      {
        page: 'en/programmes/dibao/index.html',
        directoryKey: 'en/programmes/dibao/',
        redirectKey: 'en/programmes/dibao',
      },
      {
        page: 'programmes/dibao/index.html',
        directoryKey: 'programmes/dibao/',
        redirectKey: 'programmes/dibao',
      },
      {
        page: 'staff/application/index.html',
        directoryKey: 'staff/application/',
        redirectKey: 'staff/application',
      },
    ]);
  });

  it('leaves the root page to the default root object and ignores other files', () => {
    const plan = planDirectoryKeys(['index.html', '404.html', 'a/index.htm', 'a/xindex.html']);
    expect(plan).toEqual([]);
  });

  it('never plans a redirect over a file the site has', () => {
    expect(planDirectoryKeys(['docs/index.html', 'docs'])).toEqual([
      { page: 'docs/index.html', directoryKey: 'docs/' },
    ]);
  });

  it('skips keys with an empty segment, which no URL path reaches unambiguously', () => {
    expect(planDirectoryKeys(['a//index.html', '/index.html', '//b/index.html'])).toEqual([]);
  });

  it('is sorted and ignores duplicates, whatever the order of the listing', () => {
    const shuffled = [...site].reverse();
    expect(planDirectoryKeys([...shuffled, ...shuffled])).toEqual(planDirectoryKeys(site));
  });

  it('plans nothing for an empty site', () => {
    expect(planDirectoryKeys([])).toEqual([]);
  });
});

describe('the keys kept out of the deployment sync', () => {
  it('are exactly the written keys, so a removed page loses its keys to the prune', () => {
    const plan = planDirectoryKeys(['apply/index.html', 'en/index.html']);
    expect(writtenKeys(plan)).toEqual(['apply', 'apply/', 'en', 'en/']);
    expect(syncExcludePatterns(plan)).toEqual(['apply', 'apply/', 'en', 'en/']);
    const afterRemoval = syncExcludePatterns(planDirectoryKeys(['en/index.html']));
    expect(afterRemoval).not.toContain('apply/');
    expect(afterRemoval).not.toContain('apply');
  });

  it('escape glob characters, which aws s3 sync would otherwise expand', () => {
    const plan = planDirectoryKeys(['a*b/index.html', 'q?/index.html', 'x[1]/index.html']);
    expect(syncExcludePatterns(plan)).toEqual([
      'a[*]b',
      'a[*]b/',
      'q[?]',
      'q[?]/',
      'x[[]1]',
      'x[[]1]/',
    ]);
  });
});

describe('the redirect page', () => {
  it('sends /apply to /apply/ at once, with a link and a canonical URL', () => {
    const page = redirectPage('apply/');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/apply/">');
    expect(page).toContain('<link rel="canonical" href="/apply/">');
    expect(page).toContain('<a href="/apply/">/apply/</a>');
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<meta name="robots" content="noindex">');
  });

  it('runs no script and loads nothing, so the strict Content-Security-Policy allows it', () => {
    expect(redirectPage('en/programmes/dibao/')).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
  });

  it('percent-encodes the path, leaving nothing HTML would interpret', () => {
    expect(directoryPath('en/programmes/dibao/')).toBe('/en/programmes/dibao/');
    expect(directoryPath('低保/')).toBe('/%E4%BD%8E%E4%BF%9D/');
    const hostile = redirectPage('"><script>alert(1)</script>&/');
    expect(hostile).not.toContain('<script>');
    expect(hostile).not.toMatch(/href="[^"]*"[^>]*"/);
    expect(hostile).toContain('%22%3E%3Cscript%3Ealert(1)%3C');
  });
});
