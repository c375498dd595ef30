import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { notifierContextKeys, notifierSettingsFromContext } from '../lib/notifier-config.ts';
import { fromRepoRoot } from '../lib/paths.ts';
import { PortalStack } from '../lib/portal-stack.ts';
import { staffContextKeys, staffIdentityFromContext } from '../lib/staff-identity-config.ts';

const app = new App();

// Env-agnostic unless CDK_DEFAULT_* are set (cdk deploy with credentials sets them).
const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;
const domainName = app.node.tryGetContext('domainName') as string | undefined;
const certificateArn = app.node.tryGetContext('certificateArn') as string | undefined;

const contextOf = (keys: readonly string[]) =>
  Object.fromEntries(keys.map((key) => [key, app.node.tryGetContext(key)]));
const targetRegion = (app.node.tryGetContext('region') as string | undefined) ?? region;

// Cognito in AWS global regions; an external OIDC issuer (required) in AWS China regions.
const staffIdentity = staffIdentityFromContext(contextOf(staffContextKeys), targetRegion);
// SNS SMS (+ SES email) in AWS global regions; Tencent Cloud SMS in AWS China regions.
const notifier = notifierSettingsFromContext(contextOf(notifierContextKeys), targetRegion);
const alarmEmail = app.node.tryGetContext('alarmEmail') as string | undefined;

new PortalStack(app, 'PuningPortal', {
  description: 'Puning City social-assistance portal: site, API and data',
  env: account && region ? { account, region } : undefined,
  siteDirectory: fromRepoRoot('web', 'dist'),
  customDomain: domainName && certificateArn ? { domainName, certificateArn } : undefined,
  ...(staffIdentity.kind === 'external'
    ? { staffIssuer: staffIdentity.issuer }
    : { staffAuthDomainPrefix: staffIdentity.domainPrefix }),
  notifier,
  alarmEmail: alarmEmail?.trim() ? alarmEmail.trim() : undefined,
});

Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
