import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { fromRepoRoot } from '../lib/paths.ts';
import { PortalStack } from '../lib/portal-stack.ts';
import { staffContextKeys, staffIdentityFromContext } from '../lib/staff-identity-config.ts';

const app = new App();

// Env-agnostic unless CDK_DEFAULT_* are set (cdk deploy with credentials sets them).
const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;
const domainName = app.node.tryGetContext('domainName') as string | undefined;
const certificateArn = app.node.tryGetContext('certificateArn') as string | undefined;

// Cognito in AWS global regions; an external OIDC issuer (required) in AWS China regions.
const staffIdentity = staffIdentityFromContext(
  Object.fromEntries(staffContextKeys.map((key) => [key, app.node.tryGetContext(key)])),
  (app.node.tryGetContext('region') as string | undefined) ?? region,
);

new PortalStack(app, 'PuningPortal', {
  description: 'Puning City social-assistance portal: site, API and data',
  env: account && region ? { account, region } : undefined,
  siteDirectory: fromRepoRoot('web', 'dist'),
  customDomain: domainName && certificateArn ? { domainName, certificateArn } : undefined,
  ...(staffIdentity.kind === 'external'
    ? { staffIssuer: staffIdentity.issuer }
    : { staffAuthDomainPrefix: staffIdentity.domainPrefix }),
});

Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
