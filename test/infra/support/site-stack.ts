import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { fromRepoRoot } from '../../../infra/lib/paths.ts';
import { PortalSite, type PortalSiteProps } from '../../../infra/lib/site.ts';

/** A throwaway built site with nested pages, assets and a file beside a directory. */
export function fixtureSiteWithPages(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'puning-site-pages-'));
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>普宁</title>',
    '404.html': '<!doctype html><title>404</title>',
    'prefs.js': 'export {};',
    '_astro/apply.BxQ1.js': 'export {};',
    'apply/index.html': '<!doctype html><title>申请</title>',
    'check/index.html': '<!doctype html><title>自测</title>',
    'en/index.html': '<!doctype html><title>Puning</title>',
    'en/programmes/dibao/index.html': '<!doctype html><title>Dibao</title>',
    'staff/callback/index.html': '<!doctype html><title>Sign-in</title>',
    ...extra,
  };
  for (const [key, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, key)), { recursive: true });
    writeFileSync(join(dir, key), content);
  }
  return dir;
}

/**
 * The site alone in a stack (with an empty HTTP API for /api/*), for tests of the site's
 * own resources: quicker than the whole portal, which bundles every function.
 */
export function buildSiteStack(props: Partial<PortalSiteProps> & { region?: string } = {}): {
  stack: Stack;
  site: PortalSite;
} {
  const { context } = JSON.parse(readFileSync(fromRepoRoot('cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  const app = new App({ context });
  const { region, ...siteProps } = props;
  const stack = new Stack(app, 'PuningPortal', {
    env: region ? { account: '111111111111', region } : undefined,
  });
  const site = new PortalSite(stack, 'Site', {
    siteDirectory: fixtureSiteWithPages(),
    api: new HttpApi(stack, 'Api'),
    ...siteProps,
  });
  return { stack, site };
}
