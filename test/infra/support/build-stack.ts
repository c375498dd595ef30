import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { EdgeSecurityStack } from '../../../infra/lib/edge-security-stack.ts';
import { fromRepoRoot } from '../../../infra/lib/paths.ts';
import { PortalStack, type PortalStackProps } from '../../../infra/lib/portal-stack.ts';

/** A throwaway built site, so infra tests don't depend on `npm run build`. */
export function fixtureSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'puning-site-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Puning</title>');
  return dir;
}

/**
 * CDK's own switch for which stacks' assets to bundle (the CLI sets it to the stacks it
 * was asked for), here none: most
 * infra tests read the template, not the code, and bundling every function of every
 * stack they build (by esbuild, one process each) was most of their time. The tests
 * that look at the bundles turn it back on.
 */
const noBundling = { 'aws:cdk:bundling-stacks': [] };

/**
 * The stack as `cdk synth` builds it: same feature flags (cdk.json context); its
 * functions bundled only when `bundleFunctions` is set.
 */
export function buildStack(
  props: Partial<PortalStackProps> = {},
  { bundleFunctions = false } = {},
): PortalStack {
  const { context } = JSON.parse(readFileSync(fromRepoRoot('cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  const app = new App({ context: { ...context, ...(bundleFunctions ? {} : noBundling) } });
  return new PortalStack(app, 'PuningPortal', { siteDirectory: fixtureSite(), ...props });
}

/**
 * What bin/app.ts builds with `-c createWebAcl=true`: the web ACL stack in us-east-1 and
 * the portal in `region`, its distribution given the web ACL through a cross-region
 * reference. Synthesised, so the cross-region reader and writer exist.
 */
export function buildStacksWithWebAcl(region = 'ap-east-1'): {
  edge: EdgeSecurityStack;
  portal: PortalStack;
} {
  const { context } = JSON.parse(readFileSync(fromRepoRoot('cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  const app = new App({ context: { ...context, ...noBundling } });
  const edge = new EdgeSecurityStack(app, 'PuningPortalEdgeSecurity', {
    env: { region: 'us-east-1' },
    crossRegionReferences: true,
  });
  const portal = new PortalStack(app, 'PuningPortal', {
    siteDirectory: fixtureSite(),
    env: { region },
    crossRegionReferences: true,
    webAclArn: edge.webAclArn,
  });
  app.synth();
  return { edge, portal };
}
