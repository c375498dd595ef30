import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Stage } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { beforeAll, describe, expect, it } from 'vitest';
import { townships } from '../../functions/domain/divisions.ts';
import { contentSecurityPolicy } from '../../functions/shared/security-headers.ts';
import { tableDefinition } from '../../functions/store/table-definition.ts';
import { applicantRouteThrottles } from '../../infra/lib/api.ts';
import { PortalFunction } from '../../infra/lib/lambda-function.ts';
import type { PortalStack } from '../../infra/lib/portal-stack.ts';
import { buildStack } from './support/build-stack.ts';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

let stack: PortalStack;
let template: Template;
let tableId: string;

beforeAll(() => {
  stack = buildStack({}, { bundleFunctions: true });
  template = Template.fromStack(stack);
  [tableId = ''] = Object.keys(template.findResources('AWS::DynamoDB::Table'));
});

const props = (type: string) =>
  Object.values(template.findResources(type) as Resources).map((r) => r.Properties ?? {});

describe('data', () => {
  it('bills the table on demand', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { BillingMode: 'PAY_PER_REQUEST' });
  });

  it('keeps the table recoverable to any second in the last 35 days', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: {
        PointInTimeRecoveryEnabled: true,
        RecoveryPeriodInDays: 35,
      },
    });
  });

  it('encrypts the table with its own KMS key, rotated every year', () => {
    const [keyId = ''] = Object.keys(template.findResources('AWS::KMS::Key')).filter((id) =>
      id.startsWith('DataTableKey'),
    );
    expect(template.toJSON().Resources[keyId].Properties.EnableKeyRotation).toBe(true);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: {
        SSEEnabled: true,
        SSEType: 'KMS',
        KMSMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
      },
    });
  });

  it('lets DynamoDB delete expired records through the shared TTL attribute', () => {
    expect(tableDefinition.timeToLiveAttribute).toBe('expiresAt');
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('streams old and new images so the notifier sees every status change', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
  });

  it('keeps the table and its key when the stack is deleted or the table replaced', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: true });
    for (const type of ['AWS::DynamoDB::Table', 'AWS::KMS::Key']) {
      template.hasResource(type, { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    }
  });

  it('has exactly the keys and indexes of the shared table definition', () => {
    const { partitionKey, sortKey, globalSecondaryIndexes } = tableDefinition;
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: partitionKey, KeyType: 'HASH' },
        { AttributeName: sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: globalSecondaryIndexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection:
          index.projection.length > 0
            ? { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection] }
            : { ProjectionType: 'KEYS_ONLY' },
      })),
    });
  });
});

describe('API function', () => {
  it('runs on Node 24 on arm64 with source maps and the Powertools settings', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Timeout: 10,
      Environment: {
        Variables: Match.objectLike({
          NODE_OPTIONS: '--enable-source-maps',
          POWERTOOLS_SERVICE_NAME: 'portal-api',
          POWERTOOLS_LOG_LEVEL: 'INFO',
        }),
      },
    });
  });

  it('learns the table name from TABLE_NAME', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ TABLE_NAME: { Ref: tableId } }) },
    });
  });

  it('keeps every log group for at least 180 days', () => {
    const retention = props('AWS::Logs::LogGroup').map((p) => p.RetentionInDays);
    expect(retention.length).toBeGreaterThan(0);
    for (const days of retention) expect(days).toBeGreaterThanOrEqual(180);
  });

  it('writes to its own log group with no AWS managed policy on any role but the backup service role', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^ApiHandlerLogs') } },
    });
    const roles = Object.entries(template.findResources('AWS::IAM::Role') as Resources);
    for (const [id, role] of roles) {
      // AWS Backup runs with AWS's own backup and restore policies (recovery.ts).
      if (/^RecoveryRole[0-9A-F]{8}$/.test(id)) continue;
      expect(role.Properties?.ManagedPolicyArns, id).toBeUndefined();
    }
  });
});

describe('HTTP API', () => {
  it('sends every method under /api/ to the function', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'ANY /api/{proxy+}',
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
  });

  it('logs each request on the default stage, without query string or body', () => {
    const [stage] = props('AWS::ApiGatewayV2::Stage');
    expect(stage).toMatchObject({ StageName: '$default', AutoDeploy: true });
    const settings = stage?.AccessLogSettings as { Format: string; DestinationArn: unknown };
    expect(settings.DestinationArn).toBeDefined();
    expect(Object.keys(JSON.parse(settings.Format))).toEqual([
      'requestId',
      'ip',
      'requestTime',
      'httpMethod',
      'routeKey',
      'status',
      'protocol',
      'responseLength',
      'integrationLatency',
    ]);
    expect(settings.Format).not.toMatch(/querystring|body|path/i);
  });

  it('throttles the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
  });

  it("throttles each applicant write route below the stage's default, on a route of its own", () => {
    const [stage] = props('AWS::ApiGatewayV2::Stage');
    const settings = stage?.RouteSettings as Record<
      string,
      { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }
    >;
    const keys = Object.keys(applicantRouteThrottles);
    expect(Object.keys(settings).sort()).toEqual([...keys].sort());
    expect(keys).toEqual(expect.arrayContaining(['POST /api/applications', 'POST /api/status']));
    const routeKeys = props('AWS::ApiGatewayV2::Route').map((r) => r.RouteKey);
    // The stage waits for the routes its settings name.
    const resources = template.toJSON().Resources as Record<
      string,
      { Type: string; Properties?: Record<string, unknown>; DependsOn?: string[] }
    >;
    const stageResource = Object.values(resources).find(
      (r) => r.Type === 'AWS::ApiGatewayV2::Stage',
    );
    const routeIdsByKey = new Map(
      Object.entries(resources)
        .filter(([, r]) => r.Type === 'AWS::ApiGatewayV2::Route')
        .map(([id, r]) => [r.Properties?.RouteKey, id]),
    );
    for (const key of keys) expect(stageResource?.DependsOn).toContain(routeIdsByKey.get(key));
    for (const key of keys) {
      expect(routeKeys).toContain(key);
      expect(settings[key]?.ThrottlingRateLimit).toBeLessThan(50);
      expect(settings[key]?.ThrottlingBurstLimit).toBeLessThan(100);
    }
  });
});

describe('API functions', () => {
  const functionsBy = (service: string) =>
    props('AWS::Lambda::Function').filter(
      (f) =>
        (f.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables
          ?.POWERTOOLS_SERVICE_NAME === service,
    );
  const policyOf = (fn: Record<string, unknown>) => {
    const roleId = (fn.Role as { 'Fn::GetAtt': [string] })['Fn::GetAtt'][0];
    return JSON.stringify(
      props('AWS::IAM::Policy').filter((p) => JSON.stringify(p.Roles).includes(roleId)),
    );
  };

  it('splits the API into a public and a staff function, each with its own role', () => {
    const [publicFn] = functionsBy('portal-api');
    const [staffFn] = functionsBy('portal-staff-api');
    expect(publicFn).toBeDefined();
    expect(staffFn).toBeDefined();
    expect(publicFn?.Role).not.toEqual(staffFn?.Role);
  });

  it('tells both API functions how long closed applications are kept', () => {
    for (const fn of [...functionsBy('portal-api'), ...functionsBy('portal-staff-api')]) {
      expect(
        (fn.Environment as { Variables: Record<string, unknown> }).Variables
          .CLOSED_APPLICATION_RETENTION_DAYS,
      ).toBe('1827');
    }
  });

  it('deploys every function as one ES module and its source map, nothing else', () => {
    const functions = stack.node.findAll().filter((c) => c instanceof PortalFunction);
    expect(functions.length).toBeGreaterThanOrEqual(4);
    const outdir = Stage.of(stack)?.outdir ?? '';
    for (const fn of functions) {
      const asset = fn.node.findChild('Code') as Asset;
      expect(readdirSync(join(outdir, asset.assetPath)).sort()).toEqual([
        'index.mjs',
        'index.mjs.map',
      ]);
    }
  });

  it('lets only the public function write documents and only the staff function read them', () => {
    const [publicFn = {}] = functionsBy('portal-api');
    const [staffFn = {}] = functionsBy('portal-staff-api');
    expect(policyOf(publicFn)).toContain('s3:PutObject');
    expect(policyOf(publicFn)).not.toContain('s3:GetObject');
    expect(policyOf(staffFn)).toContain('s3:GetObject');
    expect(policyOf(staffFn)).not.toContain('s3:PutObject');
  });
});

describe('site', () => {
  it('keeps every bucket private, encrypted and reachable only over TLS', () => {
    const buckets = props('AWS::S3::Bucket');
    // Site content, its logs, supporting documents, their access logs, CSV exports.
    expect(buckets).toHaveLength(5);
    for (const bucket of buckets) {
      expect(bucket.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.BucketEncryption).toBeDefined();
    }
    const denyPlainHttp = expect.objectContaining({
      Effect: 'Deny',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
    const policies = props('AWS::S3::BucketPolicy');
    expect(policies).toHaveLength(buckets.length);
    for (const policy of policies) {
      expect(policy.PolicyDocument).toMatchObject({
        Statement: expect.arrayContaining([denyPlainHttp]),
      });
    }
  });

  it('reads the site bucket through CloudFront origin access control only', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
      }),
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        Origins: Match.arrayWith([Match.objectLike({ OriginAccessControlId: Match.anyValue() })]),
      }),
    });
  });

  it('sends /api/* to the HTTP API uncached, with all methods and viewer headers', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: [
          Match.objectLike({ PathPattern: '/api/openapi.json' }),
          Match.objectLike({ PathPattern: '/api/docs*' }),
          Match.objectLike({ PathPattern: '/api/townships*' }),
          Match.objectLike({ PathPattern: '/api/open-figures' }),
          Match.objectLike({
            PathPattern: '/api/*',
            AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
            CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
            OriginRequestPolicyId:
              OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
            ViewerProtocolPolicy: 'redirect-to-https',
          }),
        ],
      }),
    });
  });

  it('adds HSTS, a strict CSP and anti-framing headers to every response', () => {
    const [policyId] = Object.keys(
      template.findResources('AWS::CloudFront::ResponseHeadersPolicy'),
    );
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: {
          StrictTransportSecurity: {
            AccessControlMaxAgeSec: 63_072_000,
            IncludeSubdomains: true,
            Override: true,
          },
          ContentSecurityPolicy: { ContentSecurityPolicy: contentSecurityPolicy, Override: true },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
        },
      }),
    });
    expect(contentSecurityPolicy).toContain("frame-ancestors 'none'");
    const [distribution] = props('AWS::CloudFront::Distribution');
    const config = distribution?.DistributionConfig as {
      DefaultCacheBehavior: { ResponseHeadersPolicyId: unknown };
      CacheBehaviors: { ResponseHeadersPolicyId: unknown }[];
    };
    for (const behaviour of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behaviour.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    }
  });

  it('logs CloudFront requests into the log bucket', () => {
    const [logsBucketId] = Object.keys(
      template.findResources('AWS::S3::Bucket', {
        Properties: {
          OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] },
        },
      }),
    );
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Logging: {
          Bucket: { 'Fn::GetAtt': [logsBucketId, 'RegionalDomainName'] },
          Prefix: 'cloudfront/',
        },
      }),
    });
  });

  it('deploys the built site and invalidates the cache', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DistributionPaths: ['/*'],
      Prune: true,
    });
  });

  it('refuses to build without a built site', () => {
    expect(() => buildStack({ siteDirectory: '/nonexistent/web/dist' })).toThrow(
      'Build the site first: npm run build',
    );
  });

  it('enforces TLS 1.2 for viewers when a custom domain is configured', () => {
    const withDomain = Template.fromStack(
      buildStack({
        customDomain: {
          domainName: 'dibao.puning.gov.cn',
          certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/portal',
        },
      }),
    );
    withDomain.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['dibao.puning.gov.cn'],
        ViewerCertificate: Match.objectLike({
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        }),
      }),
    });
  });
});

describe('stack', () => {
  it('outputs the site URL, the API endpoint, the table name and the staff sign-in', () => {
    template.hasOutput('SiteUrl', { Value: Match.anyValue() });
    template.hasOutput('DistributionDomainName', { Value: Match.anyValue() });
    template.hasOutput('ApiEndpoint', { Value: Match.anyValue() });
    template.hasOutput('TableName', { Value: { Ref: tableId } });
    template.hasOutput('StaffUserPoolId', { Value: Match.anyValue() });
    template.hasOutput('StaffSignInDomain', { Value: Match.anyValue() });
  });

  it('keeps supporting documents in a private, KMS-encrypted, versioned bucket the API writes to and reads only under applications/', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:GetObject',
            Effect: 'Allow',
            // With the exports' GET (exports/*) in the same statement of the staff role.
            Resource: Match.arrayWith([
              { 'Fn::Join': ['', [Match.anyValue(), '/applications/*']] },
            ]),
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::S3::Bucket', {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } },
        ],
      },
      VersioningConfiguration: { Status: 'Enabled' },
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedMethods: ['PUT'] })] },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ DOCUMENTS_BUCKET: Match.anyValue() }) },
    });
  });

  it('gives the custom domain as the site URL when there is one', () => {
    const withDomain = Template.fromStack(
      buildStack({
        customDomain: {
          domainName: 'dibao.puning.gov.cn',
          certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/portal',
        },
      }),
    );
    withDomain.hasOutput('SiteUrl', { Value: 'https://dibao.puning.gov.cn' });
  });

  it('keeps the hash key in Secrets Manager, for the two API functions only to read when they start', () => {
    const [secretId] = Object.keys(template.findResources('AWS::SecretsManager::Secret')).filter(
      (id) => id.startsWith('ApiIdHashKey'),
    );
    const readers = props('AWS::Lambda::Function').filter(
      (f) =>
        (f.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables
          ?.ID_HASH_KEY_ARN !== undefined,
    );
    expect(
      readers.map(
        (f) =>
          (f.Environment as { Variables: Record<string, unknown> }).Variables
            .POWERTOOLS_SERVICE_NAME,
      ),
    ).toEqual(expect.arrayContaining(['portal-api', 'portal-staff-api']));
    expect(readers).toHaveLength(2);
    // The value itself is in no function's configuration.
    expect(JSON.stringify(props('AWS::Lambda::Function'))).not.toContain('resolve:secretsmanager');
    const grants = props('AWS::IAM::Policy').filter((p) =>
      JSON.stringify(p.PolicyDocument).includes(`{"Ref":"${secretId}"}`),
    );
    expect(grants).toHaveLength(2);
    for (const grant of grants)
      expect(JSON.stringify(grant)).toContain('secretsmanager:GetSecretValue');
  });

  it('creates the expected resources, no more', () => {
    const counts: Record<string, number> = {};
    for (const { Type } of Object.values(template.toJSON().Resources as Resources)) {
      counts[Type] = (counts[Type] ?? 0) + 1;
    }
    expect(counts).toEqual({
      'AWS::ApiGatewayV2::Api': 1,
      // The table and the documents bucket, daily and monthly, into a locked vault.
      'AWS::Backup::BackupPlan': 1,
      'AWS::Backup::BackupSelection': 1,
      'AWS::Backup::BackupVault': 1,
      'AWS::ApiGatewayV2::Authorizer': 1,
      // The public function and the staff function.
      'AWS::ApiGatewayV2::Integration': 2,
      // /api/{proxy+}, the eight throttled public write routes (five applicant routes,
      // leads, complaints and following a complaint), and /api/staff +
      // /api/staff/{proxy+} behind the JWT authorizer.
      'AWS::ApiGatewayV2::Route': 11,
      'AWS::ApiGatewayV2::Stage': 1,
      // The townships and the contract, cached as long as the API says.
      'AWS::CloudFront::CachePolicy': 1,
      'AWS::CloudFront::Distribution': 1,
      'AWS::CloudFront::Function': 1,
      'AWS::CloudFront::OriginAccessControl': 1,
      'AWS::CloudFront::ResponseHeadersPolicy': 1,
      // DLQ depth, failed messages, drain failures, three function errors, iterator age,
      // API 5xx, function throttles, table throttles; document-expiry DLQ and errors; p95
      // latency of each API function, status-page lockouts; counter drift and reconcile
      // errors; export worker errors; the after-approval job's errors.
      'AWS::CloudWatch::Alarm': 19,
      'AWS::CloudWatch::Dashboard': 1,
      'AWS::Cognito::ManagedLoginBranding': 1,
      'AWS::Cognito::UserPool': 1,
      'AWS::Cognito::UserPoolClient': 1,
      'AWS::Cognito::UserPoolDomain': 1,
      // One per township, city-reviewer, admin and village-assistant.
      'AWS::Cognito::UserPoolGroup': townships.length + 3,
      'AWS::DynamoDB::Table': 1,
      // The notifier sweep, every minute; the after-approval job, daily; the counter
      // reconcile, weekly.
      'AWS::Events::Rule': 3,
      // Public and staff API, notifier stream and sweep, document expiry, the site
      // deployment, AWS Backup, the after-approval job, the counter reconcile, the export
      // worker.
      'AWS::IAM::Policy': 10,
      'AWS::IAM::Role': 10,
      // The table's, the documents', the backup vault's and the alarm topic's.
      'AWS::KMS::Key': 4,
      // The sweep: no retry, dropped when a minute late.
      'AWS::Lambda::EventInvokeConfig': 2,
      // The table stream → notifier stream function, → document expiry (TTL deletions),
      // → the export worker (new export jobs).
      'AWS::Lambda::EventSourceMapping': 3,
      'AWS::Lambda::Function': 9,
      'AWS::Lambda::LayerVersion': 1,
      // API Gateway may invoke each route's function (11 routes), the sweep's rule, the
      // after-approval job's rule, the counter reconcile's rule.
      'AWS::Lambda::Permission': 14,
      'AWS::Logs::LogGroup': 10,
      // "message failed" and "drain failed", on each notifier log group; 429 request lines.
      'AWS::Logs::MetricFilter': 6,
      'AWS::S3::Bucket': 5,
      'AWS::S3::BucketPolicy': 5,
      'AWS::SNS::Topic': 1,
      'AWS::SNS::TopicPolicy': 1,
      // The notifier stream's, the document-expiry stream's and the export worker's
      // dead-letter queues.
      'AWS::SQS::Queue': 3,
      'AWS::SQS::QueuePolicy': 3,
      // The hash key and the origin lock's secret.
      'AWS::SecretsManager::Secret': 2,
      'Custom::CDKBucketDeployment': 1,
    });
  });
});
