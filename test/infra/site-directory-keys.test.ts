import { existsSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { planDirectoryKeys, syncExcludePatterns } from '../../functions/site/directory-keys.ts';
import { fromRepoRoot } from '../../infra/lib/paths.ts';
import { siteObjectKeys } from '../../infra/lib/site-directory-keys.ts';
import { buildSiteStack, fixtureSiteWithPages } from './support/site-stack.ts';

type Resource = {
  Type: string;
  Properties: Record<string, unknown>;
  DependsOn?: string[];
};

const resourcesOf = (template: Template, type: string) =>
  Object.entries(template.findResources(type) as Record<string, Resource>);

const only = (template: Template, type: string): [string, Resource] => {
  const found = resourcesOf(template, type);
  expect(found, type).toHaveLength(1);
  return found[0] as [string, Resource];
};

/** The statements of the policies attached to the role of the function of a service. */
function statementsOfService(template: Template, service: string) {
  const found = resourcesOf(template, 'AWS::Lambda::Function').find(
    ([, f]) =>
      (f.Properties.Environment as { Variables?: Record<string, string> } | undefined)?.Variables
        ?.POWERTOOLS_SERVICE_NAME === service,
  );
  if (!found) throw new Error(`No function of service ${service}`);
  const roleId = (found[1].Properties.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
  return resourcesOf(template, 'AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(roleId))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: unknown[] }).Statement);
}

let siteDirectory: string;
let china: Template;
let global: Template;
let bucketId: string;
let distributionId: string;

beforeAll(() => {
  siteDirectory = fixtureSiteWithPages();
  china = Template.fromStack(buildSiteStack({ siteDirectory, region: 'cn-north-1' }).stack);
  global = Template.fromStack(buildSiteStack({ siteDirectory, region: 'ap-east-1' }).stack);
  [bucketId = ''] = Object.keys(
    china.findResources('AWS::S3::Bucket', { Properties: { VersioningConfiguration: {} } }),
  );
  [distributionId = ''] = Object.keys(china.findResources('AWS::CloudFront::Distribution'));
});

describe('directory URLs in an AWS China region (no CloudFront Functions)', () => {
  it('writes each page under its directory key after the deployment has synced the bucket', () => {
    const [deploymentId, deployment] = only(china, 'Custom::CDKBucketDeployment');
    const [, keys] = only(china, 'Custom::SiteDirectoryKeys');
    expect(keys.Properties.BucketName).toEqual({ Ref: bucketId });
    expect(keys.Properties.Pages).toEqual(planDirectoryKeys(siteObjectKeys(siteDirectory)));
    expect(keys.Properties.Pages).toEqual(
      expect.arrayContaining([
        { page: 'apply/index.html', directoryKey: 'apply/', redirectKey: 'apply' },
        {
          page: 'en/programmes/dibao/index.html',
          directoryKey: 'en/programmes/dibao/',
          redirectKey: 'en/programmes/dibao',
        },
        {
          page: 'staff/callback/index.html',
          directoryKey: 'staff/callback/',
          redirectKey: 'staff/callback',
        },
      ]),
    );
    expect(keys.DependsOn).toContain(deploymentId);
    // The content hash is the asset the deployment syncs: new content, a new run.
    expect(deployment.Properties.SourceObjectKeys).toEqual([`${keys.Properties.ContentHash}.zip`]);
    expect(keys.Properties.ServiceTimeout).toBe('300');
  });

  it('runs again whenever the site content changes', () => {
    const changed = Template.fromStack(
      buildSiteStack({
        siteDirectory: fixtureSiteWithPages({ 'prefs.js': 'export const v = 2;' }),
        region: 'cn-north-1',
      }).stack,
    );
    const hash = (t: Template) => only(t, 'Custom::SiteDirectoryKeys')[1].Properties.ContentHash;
    expect(hash(changed)).not.toEqual(hash(china));
    expect(only(changed, 'Custom::CDKBucketDeployment')[1].Properties.SourceObjectKeys).toEqual([
      `${hash(changed)}.zip`,
    ]);
  });

  it('keeps exactly the current directory keys out of the sync, so the prune removes stale ones', () => {
    const [, deployment] = only(china, 'Custom::CDKBucketDeployment');
    const pages = planDirectoryKeys(siteObjectKeys(siteDirectory));
    expect(deployment.Properties.Prune).toBe(true);
    expect(deployment.Properties.Exclude).toEqual(syncExcludePatterns(pages));
    expect(deployment.Properties.Exclude).toEqual(
      expect.arrayContaining(['apply', 'apply/', 'en/programmes/dibao/']),
    );
    // Nothing of the site itself is excluded from the sync.
    for (const key of siteObjectKeys(siteDirectory)) {
      expect(deployment.Properties.Exclude).not.toContain(key);
    }
  });

  it('invalidates the distribution once, after the keys are written, with a new reference each run', () => {
    const [, deployment] = only(china, 'Custom::CDKBucketDeployment');
    expect(deployment.Properties.DistributionId).toBeUndefined();
    const [keysId] = only(china, 'Custom::SiteDirectoryKeys');
    const [, invalidation] = only(china, 'Custom::SiteInvalidation');
    const create = JSON.stringify(invalidation.Properties.Create);
    expect(invalidation.Properties.Update).toEqual(invalidation.Properties.Create);
    expect(create).toContain('\\"action\\":\\"CreateInvalidation\\"');
    expect(create).toContain(JSON.stringify({ Ref: distributionId }));
    expect(create).toContain(JSON.stringify({ 'Fn::GetAtt': [keysId, 'Revision'] }));
    expect(create).toContain('\\"Items\\":[\\"/*\\"]');
    expect(invalidation.Properties.InstallLatestAwsSdk).toBe(false);
    china.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [
          {
            Action: 'cloudfront:CreateInvalidation',
            Effect: 'Allow',
            Resource: {
              'Fn::Join': [
                '',
                ['arn:aws-cn:cloudfront::111111111111:distribution/', { Ref: distributionId }],
              ],
            },
          },
        ],
      },
    });
    // The deployment's own role can no longer invalidate (it could, on *).
    expect(JSON.stringify(china.findResources('AWS::IAM::Policy'))).not.toContain(
      'cloudfront:GetInvalidation',
    );
  });

  it('lets the function read only the pages and write only into the site bucket', () => {
    const bucketArn = { 'Fn::GetAtt': [bucketId, 'Arn'] };
    const statements = statementsOfService(china, 'site-directory-keys');
    expect(statements).toEqual([
      expect.objectContaining({ Action: ['logs:CreateLogStream', 'logs:PutLogEvents'] }),
      {
        Action: 's3:GetObject',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', [bucketArn, '/*/index.html']] },
      },
      {
        Action: 's3:PutObject',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', [bucketArn, '/*']] },
      },
    ]);
    expect(JSON.stringify(statements)).not.toMatch(/s3:(List|Delete)/);
  });

  it('runs the house Lambda: Node 24 on arm64, its own log group kept 180 days', () => {
    china.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Environment: {
        Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'site-directory-keys' }),
      },
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('DirectoryKeysHandlerLogs') } },
    });
    for (const [, group] of resourcesOf(china, 'AWS::Logs::LogGroup')) {
      expect(group.Properties.RetentionInDays).toBeGreaterThanOrEqual(180);
    }
    for (const [, role] of resourcesOf(china, 'AWS::IAM::Role')) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('adds these resources to the China site, no more', () => {
    const count = (template: Template) => {
      const counts: Record<string, number> = {};
      for (const { Type } of Object.values(template.toJSON().Resources as Record<string, Resource>))
        counts[Type] = (counts[Type] ?? 0) + 1;
      return counts;
    };
    const inChina = count(china);
    const inGlobal = count(global);
    const added = Object.fromEntries(
      [...new Set([...Object.keys(inChina), ...Object.keys(inGlobal)])]
        .map((type) => [type, (inChina[type] ?? 0) - (inGlobal[type] ?? 0)] as const)
        .filter(([, n]) => n !== 0),
    );
    expect(added).toEqual({
      // China reads the bucket through an origin access identity instead of OAC, and has
      // no directory-index CloudFront Function.
      'AWS::CloudFront::CloudFrontOriginAccessIdentity': 1,
      'AWS::CloudFront::OriginAccessControl': -1,
      'AWS::CloudFront::Function': -1,
      // The directory-keys function and the invalidation's provider, each with its role,
      // policy and log group (+ the invalidation's own CloudFront policy).
      'AWS::Lambda::Function': 2,
      'AWS::IAM::Role': 2,
      'AWS::IAM::Policy': 3,
      'AWS::Logs::LogGroup': 2,
      'Custom::SiteDirectoryKeys': 1,
      'Custom::SiteInvalidation': 1,
    });
  });
});

describe('directory URLs in AWS global regions', () => {
  it('keep the CloudFront Function: no directory keys, the deployment invalidates as before', () => {
    global.resourceCountIs('Custom::SiteDirectoryKeys', 0);
    global.resourceCountIs('Custom::SiteInvalidation', 0);
    global.resourceCountIs('AWS::CloudFront::Function', 1);
    const [, deployment] = only(global, 'Custom::CDKBucketDeployment');
    expect(deployment.Properties.Exclude).toBeUndefined();
    expect(deployment.Properties.DistributionPaths).toEqual(['/*']);
    expect(deployment.Properties.DistributionId).toBeDefined();
    expect(JSON.stringify(global.toJSON())).not.toContain('site-directory-keys');
  });
});

describe('the built site (web/dist)', () => {
  it('has a directory key for every page but the root, the staff sign-in callback included', () => {
    const dist = fromRepoRoot('web', 'dist');
    expect(existsSync(dist), 'build the site first: npm run build').toBe(true);
    const keys = siteObjectKeys(dist);
    const pages = planDirectoryKeys(keys);
    const indexPages = keys.filter((key) => key.endsWith('/index.html'));
    expect(pages.map((entry) => entry.page)).toEqual(indexPages);
    expect(pages.map((entry) => entry.directoryKey)).toEqual(
      expect.arrayContaining(['apply/', 'check/', 'en/', 'programmes/dibao/', 'staff/callback/']),
    );
    // No page has a file of the same name beside it: every one gets its redirect.
    expect(pages.every((entry) => entry.redirectKey !== undefined)).toBe(true);
  });
});
