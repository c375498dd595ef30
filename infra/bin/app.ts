import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { EdgeSecurityStack } from '../lib/edge-security-stack.ts';
import {
  notifierContextKeys,
  notifierReservedConcurrencyFromContext,
  notifierSettingsFromContext,
} from '../lib/notifier-config.ts';
import { edgeFeatures } from '../lib/partition.ts';
import { fromRepoRoot } from '../lib/paths.ts';
import { PortalStack } from '../lib/portal-stack.ts';
import { customDomainFromContext, siteDomainContextKeys } from '../lib/site-domain-config.ts';
import { staffContextKeys, staffIdentityFromContext } from '../lib/staff-identity-config.ts';

const app = new App();

// Env-agnostic unless CDK_DEFAULT_* are set (cdk deploy with credentials sets them).
const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;

const contextOf = (keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, app.node.tryGetContext(key)]));
const targetRegion = (app.node.tryGetContext('region') as string | undefined) ?? region;

// The site's domain: an ACM certificate in AWS global regions, an IAM server certificate
// (and an ICP-filed domain) in AWS China regions.
const customDomain = customDomainFromContext(contextOf(siteDomainContextKeys), targetRegion);
// Cognito in AWS global regions; an external OIDC issuer (required) in AWS China regions.
const staffIdentity = staffIdentityFromContext(contextOf(staffContextKeys), targetRegion);
// SNS SMS (+ SES email) in AWS global regions; Tencent Cloud SMS in AWS China regions.
const notifier = notifierSettingsFromContext(contextOf(notifierContextKeys), targetRegion);
const alarmEmail = app.node.tryGetContext('alarmEmail') as string | undefined;
// None by default: any reservation fails the deploy on an account whose quota is 10.
const notifierReservedConcurrency = notifierReservedConcurrencyFromContext(
  app.node.tryGetContext('notifierReservedConcurrency'),
);
// After a put-secret-value of the origin secret: the version CloudFront should send.
const originSecretVersion =
  (app.node.tryGetContext('originSecretVersion') as string | undefined)?.trim() || undefined;

// AWS WAF for CloudFront (global regions only): an existing CLOUDFRONT web ACL
// (-c webAclArn=...) or one created in us-east-1 by PuningPortalEdgeSecurity
// (-c createWebAcl=true), whose ARN reaches this stack through a weak cross-region
// reference (an output of the us-east-1 stack the template reads with
// Fn::GetStackOutput; @aws-cdk/core:defaultCrossStackReferences in cdk.json).
const edge = edgeFeatures(targetRegion);
const createWebAcl = ['true', true].includes(app.node.tryGetContext('createWebAcl'));
let webAclArn = (app.node.tryGetContext('webAclArn') as string | undefined)?.trim() || undefined;
if ((createWebAcl || webAclArn) && !edge.webAcl) {
  throw new Error(
    `AWS WAF web ACLs of scope CLOUDFRONT are not available for CloudFront in ${targetRegion}: ` +
      'remove createWebAcl and webAclArn (API Gateway throttling limits abuse there)',
  );
}
if (createWebAcl) {
  if (webAclArn) throw new Error('Give either webAclArn or createWebAcl=true, not both');
  if (!targetRegion) {
    throw new Error(
      'createWebAcl=true needs the portal region (-c region=<region> or CDK_DEFAULT_REGION) for the cross-region reference',
    );
  }
  const edgeSecurity = new EdgeSecurityStack(app, 'PuningPortalEdgeSecurity', {
    description:
      'Puning City social-assistance portal: AWS WAF web ACL of the CloudFront distribution',
    env: { account, region: 'us-east-1' },
    crossRegionReferences: true,
  });
  webAclArn = edgeSecurity.webAclArn;
}

new PortalStack(app, 'PuningPortal', {
  description: 'Puning City social-assistance portal: site, API and data',
  // With a region known (context or credentials) the stack is region-specific, so the
  // partition (arn:aws-cn) and the edge features of AWS China regions are decided at synth.
  env: targetRegion ? { account, region: targetRegion } : undefined,
  crossRegionReferences: createWebAcl,
  webAclArn,
  siteDirectory: fromRepoRoot('web', 'dist'),
  customDomain,
  ...(staffIdentity.kind === 'external'
    ? { staffIssuer: staffIdentity.issuer }
    : { staffAuthDomainPrefix: staffIdentity.domainPrefix }),
  notifier,
  notifierReservedConcurrency,
  originSecretVersion,
  alarmEmail: alarmEmail?.trim() ? alarmEmail.trim() : undefined,
});

Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
