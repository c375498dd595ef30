import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { newExportJobId } from '../../functions/exports/run-export.ts';
import type { PortalStack } from '../../infra/lib/portal-stack.ts';
import { buildStack } from './support/build-stack.ts';
import { buildChinaStack } from './support/notifier-fixtures.ts';
import { type Resource, resource } from './support/resources.ts';

// The CSV export as a job (decisions, "Export as a job"), in each partition.

type Statement = {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
  Condition?: unknown;
};

const partitions: [string, () => PortalStack][] = [
  ['a global region', () => buildStack()],
  ['an AWS China region', () => buildChinaStack()],
];

describe.each(partitions)('in %s', (_name, build) => {
  let template: Template;
  beforeAll(() => {
    template = Template.fromStack(build());
  });

  const ids = () => ({
    bucketId: resource(template, 'AWS::S3::Bucket', 'ExportsBucket')[0],
    workerId: resource(template, 'AWS::Lambda::Function', 'ExportsWorker')[0],
    workerRoleId: resource(template, 'AWS::IAM::Role', 'ExportsWorkerRole')[0],
    staffRoleId: resource(template, 'AWS::IAM::Role', 'ApiStaffHandlerRole')[0],
    queueId: resource(template, 'AWS::SQS::Queue', 'ExportsWorkerDeadLetters')[0],
  });

  function statements(roleId: string): Statement[] {
    return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
      .filter((p) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
      .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  }
  const actions = (list: Statement[]) => list.flatMap((s) => [s.Action].flat());
  const onExports = (bucketId: string) => ({
    'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/exports/*']],
  });

  it('keeps export files a day in a private, TLS-only bucket with access logs', () => {
    const { bucketId } = ids();
    template.hasResource('AWS::S3::Bucket', {
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        LoggingConfiguration: Match.objectLike({ LogFilePrefix: 'exports/' }),
        LifecycleConfiguration: {
          Rules: [
            {
              Prefix: 'exports/',
              ExpirationInDays: 1,
              AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
              Status: 'Enabled',
            },
          ],
        },
      }),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('starts the worker for new export jobs only, one per invocation, failures to a queue', () => {
    const { workerId, queueId } = ids();
    const mappings = Object.values(
      template.findResources('AWS::Lambda::EventSourceMapping') as Record<string, Resource>,
    ).filter(
      (m) => JSON.stringify(m.Properties.FunctionName) === JSON.stringify({ Ref: workerId }),
    );
    expect(mappings).toHaveLength(1);
    const mapping = mappings[0]?.Properties ?? {};
    expect(mapping).toMatchObject({
      BatchSize: 1,
      MaximumRetryAttempts: 2,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
    const pattern = JSON.parse(
      (mapping.FilterCriteria as { Filters: { Pattern: string }[] }).Filters[0]?.Pattern ?? '{}',
    );
    expect(pattern).toEqual({
      eventName: ['INSERT'],
      dynamodb: { Keys: { PK: { S: [{ prefix: 'EXPORT#' }] }, SK: { S: ['EXPORT'] } } },
    });
    // What the filter lets through, the handler takes; nothing else.
    const record = (eventName: string, pk: string, sk: string) =>
      ({ eventName, dynamodb: { Keys: { PK: { S: pk }, SK: { S: sk } } } }) as never;
    const id = '0b0f8a4e-8f59-4c55-9a41-0c8a8f1f3a11';
    expect(newExportJobId(record('INSERT', `EXPORT#${id}`, 'EXPORT'))).toBe(id);
    expect(newExportJobId(record('MODIFY', `EXPORT#${id}`, 'EXPORT'))).toBeNull();
    expect(newExportJobId(record('INSERT', 'APP#PN-2611-7K4Q-MX9T', 'APP'))).toBeNull();
  });

  it('gives the worker 15 minutes and 1 GB, and the bucket by name', () => {
    const { bucketId } = ids();
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: 900,
      MemorySize: 1024,
      Environment: {
        Variables: Match.objectLike({ EXPORTS_BUCKET: { Ref: bucketId } }),
      },
    });
  });

  it('lets the worker read the table, update export jobs only, and write export files only', () => {
    const { bucketId, workerRoleId } = ids();
    const list = statements(workerRoleId);
    const all = actions(list);
    expect(all).not.toContain('dynamodb:PutItem');
    expect(all).not.toContain('dynamodb:DeleteItem');
    expect(all.filter((a) => a.startsWith('s3:')).sort()).toEqual([
      's3:AbortMultipartUpload',
      's3:PutObject',
    ]);
    const update = list.find((s) => actions([s]).includes('dynamodb:UpdateItem'));
    expect(update?.Condition).toEqual({
      'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EXPORT#*'] },
    });
    const write = list.find((s) => actions([s]).includes('s3:PutObject'));
    expect(write?.Resource).toEqual(onExports(bucketId));
  });

  it('lets the staff function sign a GET of an export file, and tells it the bucket', () => {
    const { bucketId, staffRoleId } = ids();
    const reads = statements(staffRoleId).filter((s) => actions([s]).includes('s3:GetObject'));
    expect(reads.flatMap((s) => [s.Resource].flat())).toContainEqual(onExports(bucketId));
    const [, staff] = resource(template, 'AWS::Lambda::Function', 'ApiStaffHandler');
    expect(
      (staff.Properties.Environment as { Variables: Record<string, unknown> }).Variables
        .EXPORTS_BUCKET,
    ).toEqual({ Ref: bucketId });
  });
});
