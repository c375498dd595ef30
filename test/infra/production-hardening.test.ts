import { readFileSync } from 'node:fs';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { originVerifyHeader } from '../../functions/api/middleware/origin-lock.ts';
import { notifierReservedConcurrencyFromContext } from '../../infra/lib/notifier-config.ts';
import { fromRepoRoot } from '../../infra/lib/paths.ts';
import {
  apiLatencyAlarmMs,
  lockoutAlarmThreshold,
  type PortalStack,
} from '../../infra/lib/portal-stack.ts';
import { backupManagedPolicies, backupRetention } from '../../infra/lib/recovery.ts';
import { buildStack } from './support/build-stack.ts';
import { buildChinaStack } from './support/notifier-fixtures.ts';
import { type Resource, resource } from './support/resources.ts';

// Issue 21 items 1-3 and the edge cache, asserted on the template of each partition:
// a global region (environment-agnostic, as `cdk synth` without credentials) and
// cn-north-1 (external staff issuer, Tencent Cloud SMS).

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

const resourcesOf = (template: Template, type: string) =>
  Object.entries(template.findResources(type) as Record<string, Resource>);

/** The statements of every policy attached to the role `roleId`. */
function roleStatements(template: Template, roleId: string): Statement[] {
  return resourcesOf(template, 'AWS::IAM::Policy')
    .filter(([, policy]) =>
      (policy.Properties.Roles as unknown[]).some(
        (role) => JSON.stringify(role) === JSON.stringify({ Ref: roleId }),
      ),
    )
    .flatMap(
      ([, policy]) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
    );
}

const actionsOf = (statement: Statement) => [statement.Action].flat();

function distributionConfig(template: Template) {
  const [distribution] = resourcesOf(template, 'AWS::CloudFront::Distribution');
  return distribution?.[1].Properties.DistributionConfig as {
    Origins: { Id: string; CustomOriginConfig?: unknown; OriginCustomHeaders?: unknown[] }[];
    CacheBehaviors: Record<string, unknown>[];
    DefaultCacheBehavior: Record<string, unknown>;
  };
}

/** The stack outputs the restore procedure in docs/deploy.md tells operators to read. */
function outputsNamedByRestoreProcedure(): string[] {
  const deploy = readFileSync(fromRepoRoot('docs/deploy.md'), 'utf8');
  const section = deploy.slice(deploy.indexOf('## Recovery'));
  const end = section.indexOf('\n## ', 1);
  const recovery = end === -1 ? section : section.slice(0, end);
  return [...new Set([...recovery.matchAll(/stack output `([A-Za-z]+)`/g)].map((m) => m[1] ?? ''))];
}

const partitions: [string, () => PortalStack][] = [
  ['a global region', () => buildStack()],
  ['an AWS China region', () => buildChinaStack()],
];

describe.each(partitions)('in %s', (_name, build) => {
  let template: Template;
  beforeAll(() => {
    template = Template.fromStack(build());
  });

  describe('the origin lock', () => {
    const originSecretId = () =>
      resource(template, 'AWS::SecretsManager::Secret', 'OriginSecret')[0];

    it('has CloudFront send the secret to the API origin, and only there', () => {
      const secretId = originSecretId();
      const origins = distributionConfig(template).Origins;
      const api = origins.filter((origin) => origin.CustomOriginConfig !== undefined);
      expect(api).toHaveLength(1);
      const headers = api[0]?.OriginCustomHeaders as { HeaderName: string; HeaderValue: unknown }[];
      expect(headers.map((h) => h.HeaderName)).toEqual([originVerifyHeader]);
      const value = JSON.stringify(headers[0]?.HeaderValue);
      // A dynamic reference CloudFormation resolves at deploy: the value is not in the template.
      expect(value).toContain('{{resolve:secretsmanager:');
      expect(value).toContain(JSON.stringify({ Ref: secretId }));
      const site = origins.filter((origin) => origin.CustomOriginConfig === undefined);
      expect(JSON.stringify(site)).not.toContain(originVerifyHeader);
    });

    it('is on in both API functions: they are told the secret and may read it', () => {
      const secretId = originSecretId();
      for (const prefix of ['ApiHandler', 'ApiStaffHandler']) {
        const [, fn] = resource(template, 'AWS::Lambda::Function', prefix);
        const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> })
          .Variables;
        expect(variables.ORIGIN_VERIFY_SECRET_ARN, prefix).toEqual({ Ref: secretId });
        const [roleId] = resource(template, 'AWS::IAM::Role', `${prefix}Role`);
        const reads = roleStatements(template, roleId).filter(
          (s) =>
            actionsOf(s).includes('secretsmanager:GetSecretValue') &&
            [s.Resource]
              .flat()
              .some((r) => JSON.stringify(r) === JSON.stringify({ Ref: secretId })),
        );
        expect(reads, prefix).toHaveLength(1);
      }
    });
  });

  describe('recovery', () => {
    it('keeps PITR on the table and encrypts the documents with a key of their own', () => {
      const [, table] = resource(template, 'AWS::DynamoDB::Table', 'DataTable');
      expect(table.Properties.PointInTimeRecoverySpecification).toMatchObject({
        PointInTimeRecoveryEnabled: true,
      });
      const [keyId, key] = resource(template, 'AWS::KMS::Key', 'DocumentsKey');
      expect(key.Properties.EnableKeyRotation).toBe(true);
      const [, bucket] = resource(template, 'AWS::S3::Bucket', 'DocumentsBucket');
      expect(bucket.Properties.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] },
            },
          },
        ],
      });
    });

    it('lets the staff function decrypt the documents it presigns GETs for, and the public one encrypt its uploads', () => {
      const [keyId] = resource(template, 'AWS::KMS::Key', 'DocumentsKey');
      const onKey = (roleId: string) =>
        roleStatements(template, roleId)
          .filter((s) =>
            [s.Resource]
              .flat()
              .some((r) => JSON.stringify(r) === JSON.stringify({ 'Fn::GetAtt': [keyId, 'Arn'] })),
          )
          .flatMap(actionsOf);
      expect(onKey(resource(template, 'AWS::IAM::Role', 'ApiStaffHandlerRole')[0])).toContain(
        'kms:Decrypt',
      );
      expect(onKey(resource(template, 'AWS::IAM::Role', 'ApiHandlerRole')[0])).toContain(
        'kms:GenerateDataKey*',
      );
    });

    it('backs the table and the documents bucket up daily and monthly into a locked vault with its own key', () => {
      const [vaultId, vault] = resource(template, 'AWS::Backup::BackupVault', 'RecoveryVault');
      const [vaultKeyId] = resource(template, 'AWS::KMS::Key', 'RecoveryVaultKey');
      expect(vault.Properties.EncryptionKeyArn).toEqual({ 'Fn::GetAtt': [vaultKeyId, 'Arn'] });
      expect(vault.Properties.LockConfiguration).toEqual({
        MinRetentionDays: backupRetention.lockedMinimumDays,
      });
      const [planId, plan] = resource(template, 'AWS::Backup::BackupPlan', 'RecoveryPlan');
      const rules = (
        plan.Properties.BackupPlan as {
          BackupPlanRule: { TargetBackupVault: unknown; Lifecycle: { DeleteAfterDays: number } }[];
        }
      ).BackupPlanRule;
      expect(rules).toMatchObject([
        { ScheduleExpression: 'cron(0 0 * * ? *)', ScheduleExpressionTimezone: 'Asia/Shanghai' },
        { ScheduleExpression: 'cron(0 0 1 * ? *)', ScheduleExpressionTimezone: 'Asia/Shanghai' },
      ]);
      expect(rules.map((rule) => rule.Lifecycle.DeleteAfterDays)).toEqual([
        backupRetention.dailyDays,
        backupRetention.monthlyDays,
      ]);
      for (const rule of rules) {
        expect(rule.TargetBackupVault).toEqual({ 'Fn::GetAtt': [vaultId, 'BackupVaultName'] });
        expect(rule.Lifecycle.DeleteAfterDays).toBeGreaterThanOrEqual(
          backupRetention.lockedMinimumDays,
        );
      }
      const [tableId] = resource(template, 'AWS::DynamoDB::Table', 'DataTable');
      const [bucketId] = resource(template, 'AWS::S3::Bucket', 'DocumentsBucket');
      const [roleId, role] = resource(template, 'AWS::IAM::Role', 'RecoveryRole');
      const [, selection] = resource(template, 'AWS::Backup::BackupSelection', 'RecoverySelection');
      expect(selection.Properties).toMatchObject({
        BackupPlanId: { 'Fn::GetAtt': [planId, 'BackupPlanId'] },
        BackupSelection: {
          IamRoleArn: { 'Fn::GetAtt': [roleId, 'Arn'] },
          Resources: [{ 'Fn::GetAtt': [tableId, 'Arn'] }, { 'Fn::GetAtt': [bucketId, 'Arn'] }],
        },
      });
      const policies = JSON.stringify(role.Properties.ManagedPolicyArns);
      for (const name of backupManagedPolicies)
        expect(policies).toContain(`:iam::aws:policy/${name}"`);
    });

    it('names in the restore procedure (docs/deploy.md) only stack outputs that exist', () => {
      const named = outputsNamedByRestoreProcedure();
      expect(named).toEqual(
        expect.arrayContaining([
          'TableName',
          'DocumentsBucketName',
          'BackupVaultName',
          'BackupRoleArn',
        ]),
      );
      const outputs = Object.keys(template.findOutputs('*'));
      expect(named.filter((name) => !outputs.includes(name))).toEqual([]);
    });
  });

  describe('observability', () => {
    const alarmsNamed = (suffix: string) =>
      resourcesOf(template, 'AWS::CloudWatch::Alarm')
        .map(([, alarm]) => alarm.Properties)
        .filter((alarm) => String(alarm.AlarmName).endsWith(`-${suffix}`));

    it('alarms on the p95 duration of each API function, for 15 minutes running', () => {
      for (const [name, prefix] of [
        ['api', 'ApiHandler'],
        ['staff-api', 'ApiStaffHandler'],
      ] as const) {
        const [functionId] = resource(template, 'AWS::Lambda::Function', prefix);
        const [alarm] = alarmsNamed(`${name}-latency`);
        expect(alarm, name).toMatchObject({
          Namespace: 'AWS/Lambda',
          MetricName: 'Duration',
          ExtendedStatistic: 'p95',
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }],
          Threshold: apiLatencyAlarmMs[name],
          ComparisonOperator: 'GreaterThanThreshold',
          EvaluationPeriods: 3,
          DatapointsToAlarm: 3,
          Period: 300,
        });
      }
    });

    it("counts the public function's 429 request lines and alarms on the lockout rate", () => {
      const [logGroupId] = resource(template, 'AWS::Logs::LogGroup', 'ApiHandlerLogs');
      const filters = resourcesOf(template, 'AWS::Logs::MetricFilter').filter(
        ([, f]) =>
          JSON.stringify(f.Properties.LogGroupName) === JSON.stringify({ Ref: logGroupId }),
      );
      expect(filters).toHaveLength(1);
      const filter = filters[0]?.[1].Properties as {
        FilterPattern: string;
        MetricTransformations: { MetricName: string; MetricNamespace: string }[];
      };
      expect(filter.FilterPattern).toBe('{ ($.message = "request") && ($.status = 429) }');
      const [metric] = filter.MetricTransformations;
      const [alarm] = alarmsNamed('status-lockouts');
      expect(alarm).toMatchObject({
        MetricName: metric?.MetricName,
        Namespace: metric?.MetricNamespace,
        Statistic: 'Sum',
        Threshold: lockoutAlarmThreshold,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    });

    it('reserves no concurrency for any function by default', () => {
      const reserved = resourcesOf(template, 'AWS::Lambda::Function').filter(
        ([, fn]) => fn.Properties.ReservedConcurrentExecutions !== undefined,
      );
      expect(reserved.map(([id]) => id)).toEqual([]);
    });
  });

  describe('the edge cache', () => {
    it('caches the townships and the open figures for as long as the API says, and nothing else under /api', () => {
      const behaviours = distributionConfig(template).CacheBehaviors;
      expect(behaviours.map((b) => b.PathPattern)).toEqual([
        '/api/openapi.json',
        '/api/docs*',
        '/api/townships*',
        '/api/open-figures',
        '/api/*',
      ]);
      const [policyId, policy] = resource(
        template,
        'AWS::CloudFront::CachePolicy',
        'SiteApiCachePolicy',
      );
      expect(policy.Properties.CachePolicyConfig).toMatchObject({
        MinTTL: 0,
        DefaultTTL: 0,
        MaxTTL: 86_400,
        ParametersInCacheKeyAndForwardedToOrigin: {
          HeadersConfig: { HeaderBehavior: 'none' },
          CookiesConfig: { CookieBehavior: 'none' },
          QueryStringsConfig: { QueryStringBehavior: 'all' },
          EnableAcceptEncodingGzip: true,
          EnableAcceptEncodingBrotli: true,
        },
      });
      const [townships, figures, api] = behaviours.slice(2);
      for (const cached of [townships, figures]) {
        expect(cached).toMatchObject({
          CachePolicyId: { Ref: policyId },
          AllowedMethods: ['GET', 'HEAD', 'OPTIONS'],
        });
        // Nothing from the viewer reaches the API, so every visitor gets the same answer.
        expect(cached?.OriginRequestPolicyId).toBeUndefined();
        expect(cached?.TargetOriginId).toBe(api?.TargetOriginId);
      }
    });

    it('serves the contract and its reference page from the bucket, as the site build wrote them', () => {
      const config = distributionConfig(template);
      const defaults = config.DefaultCacheBehavior;
      for (const file of config.CacheBehaviors.slice(0, 2)) {
        // The site's own behaviour: its origin (the bucket), cache policy and URL rewrite.
        expect(file.TargetOriginId).toBe(defaults.TargetOriginId);
        expect(file.CachePolicyId).toBe(defaults.CachePolicyId);
        expect(file.FunctionAssociations).toEqual(defaults.FunctionAssociations);
        expect(file.AllowedMethods).toBeUndefined();
      }
    });
  });
});

describe('rolling out a new origin secret', () => {
  it('sends the named version and tells the functions it, so a deploy restarts them with it', () => {
    const template = Template.fromStack(buildStack({ originSecretVersion: 'v-2026-12' }));
    const api = distributionConfig(template).Origins.find((o) => o.OriginCustomHeaders);
    expect(JSON.stringify(api?.OriginCustomHeaders)).toContain(':SecretString:::v-2026-12}}');
    const [, fn] = resource(template, 'AWS::Lambda::Function', 'ApiHandler');
    expect(
      (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables
        .ORIGIN_VERIFY_SECRET_VERSION,
    ).toBe('v-2026-12');
  });
});

describe('notifier reserved concurrency', () => {
  it('is reserved only when asked for: the stream function gets that many, the sweep one', () => {
    const template = Template.fromStack(buildStack({ notifierReservedConcurrency: 5 }));
    const [, stream] = resource(template, 'AWS::Lambda::Function', 'NotifierStreamHandler');
    const [, sweep] = resource(template, 'AWS::Lambda::Function', 'NotifierSweepHandler');
    expect(stream.Properties.ReservedConcurrentExecutions).toBe(5);
    expect(sweep.Properties.ReservedConcurrentExecutions).toBe(1);
  });

  it('is read from -c notifierReservedConcurrency, off when absent, refused when not a count', () => {
    expect(notifierReservedConcurrencyFromContext(undefined)).toBeUndefined();
    expect(notifierReservedConcurrencyFromContext('')).toBeUndefined();
    expect(notifierReservedConcurrencyFromContext('5')).toBe(5);
    expect(notifierReservedConcurrencyFromContext(3)).toBe(3);
    for (const wrong of ['0', '-1', '2.5', 'five']) {
      expect(() => notifierReservedConcurrencyFromContext(wrong), wrong).toThrow(
        /notifierReservedConcurrency must be a whole number/,
      );
    }
  });
});

describe('CDK feature flags', () => {
  it('sets every flag the installed aws-cdk recommends for a new project, as recommended', () => {
    const recommended = JSON.parse(
      readFileSync(
        fromRepoRoot('node_modules/aws-cdk/lib/init-templates/.recommended-feature-flags.json'),
        'utf8',
      ),
    ) as Record<string, unknown>;
    const { context } = JSON.parse(readFileSync(fromRepoRoot('cdk.json'), 'utf8')) as {
      context: Record<string, unknown>;
    };
    expect(Object.keys(recommended).length).toBeGreaterThan(50);
    const differing = Object.entries(recommended).filter(
      ([flag, value]) => JSON.stringify(context[flag]) !== JSON.stringify(value),
    );
    expect(differing).toEqual([]);
  });
});
