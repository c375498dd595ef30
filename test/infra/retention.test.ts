import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AttributeType, StreamViewType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { closedApplicationRetention } from '../../functions/domain/application/retention.ts';
import { expiredApplicationReference } from '../../functions/retention/expired-applications.ts';
import { OperatorAlarms } from '../../infra/lib/operator-alarms.ts';
import {
  closedApplicationRetentionFromContext,
  PortalRetention,
} from '../../infra/lib/retention.ts';
import { buildStack } from './support/build-stack.ts';
import { expectDeadLetterQueue } from './support/dead-letter-queue.ts';
import { type Resource, resource } from './support/resources.ts';

type Statement = {
  Action: string | string[];
  Resource: unknown;
  Effect: string;
  Condition?: unknown;
};

let template: Template;
let stack: Stack;

beforeAll(() => {
  stack = buildStack();
  template = Template.fromStack(stack);
});

/** Every statement of the policies attached to the document-expiry function's role. */
function statements(): Statement[] {
  const [roleId] = resource(template, 'AWS::IAM::Role', 'RetentionDocumentExpiryHandlerRole');
  const policies = Object.values(
    template.findResources('AWS::IAM::Policy') as Record<string, Resource>,
  ).filter((p) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: roleId }]));
  const managed = template.findResources('AWS::IAM::ManagedPolicy') as Record<string, Resource>;
  expect(
    Object.values(managed).filter((p) => JSON.stringify(p.Properties.Roles ?? []).includes(roleId)),
  ).toEqual([]);
  return policies.flatMap(
    (p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
  );
}

const ids = () => {
  const [tableId] = Object.keys(template.findResources('AWS::DynamoDB::Table'));
  const [bucketId] = resource(template, 'AWS::S3::Bucket', 'DocumentsBucket');
  const [queueId] = resource(template, 'AWS::SQS::Queue', 'RetentionDocumentExpiryDeadLetters');
  const [functionId] = resource(
    template,
    'AWS::Lambda::Function',
    'RetentionDocumentExpiryHandler',
  );
  return { tableId: tableId ?? '', bucketId, queueId, functionId };
};

/** The filter pattern of the document-expiry function's one event source mapping. */
function expiryPattern(): unknown {
  const { functionId } = ids();
  const mappings = Object.values(
    template.findResources('AWS::Lambda::EventSourceMapping') as Record<string, Resource>,
  ).filter(
    (m) => JSON.stringify(m.Properties.FunctionName) === JSON.stringify({ Ref: functionId }),
  );
  expect(mappings).toHaveLength(1);
  const criteria = mappings[0]?.Properties.FilterCriteria as
    | { Filters: { Pattern: string }[] }
    | undefined;
  expect(criteria?.Filters).toHaveLength(1);
  return JSON.parse(criteria?.Filters[0]?.Pattern ?? '{}');
}

describe('the document-expiry stream', () => {
  it('is invoked only for TTL deletions of application items', () => {
    expect(expiryPattern()).toEqual({
      eventName: ['REMOVE'],
      userIdentity: { type: ['Service'], principalId: ['dynamodb.amazonaws.com'] },
      dynamodb: { Keys: { PK: { S: [{ prefix: 'APP#' }] }, SK: { S: ['APP'] } } },
    });
  });

  it('filters exactly as the handler checks: a record passes both or neither', () => {
    // A small evaluator of the pattern's rules (exact values and one prefix).
    const pattern = expiryPattern();
    const matches = (rule: unknown, value: unknown): boolean => {
      if (Array.isArray(rule))
        return rule.some((r) =>
          typeof r === 'object' && r !== null && 'prefix' in r
            ? typeof value === 'string' &&
              value.startsWith(String((r as { prefix: string }).prefix))
            : r === value,
        );
      if (typeof rule === 'object' && rule !== null)
        return Object.entries(rule).every(([key, sub]) =>
          matches(sub, (value as Record<string, unknown> | undefined)?.[key]),
        );
      return false;
    };
    const record = (eventName: string, pk: string, sk: string, identity?: object) => ({
      eventName,
      ...(identity ? { userIdentity: identity } : {}),
      dynamodb: { Keys: { PK: { S: pk }, SK: { S: sk } }, SequenceNumber: '1' },
    });
    const ttl = { type: 'Service', principalId: 'dynamodb.amazonaws.com' };
    const cases = [
      [record('REMOVE', 'APP#PN-2611-7K4Q-MX9T', 'APP', ttl), true],
      [record('REMOVE', 'APP#PN-2611-7K4Q-MX9T', 'APP'), false],
      [record('MODIFY', 'APP#PN-2611-7K4Q-MX9T', 'APP', ttl), false],
      [record('REMOVE', 'IDEM#k', 'IDEM', ttl), false],
      [record('REMOVE', 'RL#ref#x', 'w', ttl), false],
      [record('REMOVE', 'APP#PN-2611-7K4Q-MX9T', 'X', ttl), false],
    ] as const;
    for (const [r, expected] of cases) {
      expect(matches(pattern, r), JSON.stringify(r)).toBe(expected);
      expect(expiredApplicationReference(r as never) !== null).toBe(expected);
    }
  });

  it('reads the table stream from its oldest record, reporting failures per record, then to a DLQ', () => {
    const { tableId, queueId, functionId } = ids();
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionId },
      EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
  });

  it('sets failed batches aside in an encrypted, TLS-only queue kept 14 days, with alarms', () => {
    const { queueId, functionId } = ids();
    const [, queue] = resource(template, 'AWS::SQS::Queue', 'RetentionDocumentExpiryDeadLetters');
    expectDeadLetterQueue(template, queueId, queue);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'PuningPortal-document-expiry-dead-letters',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      Threshold: 1,
      AlarmActions: [Match.anyValue()],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'PuningPortal-document-expiry-errors',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }],
    });
  });
});

describe('the document-expiry function', () => {
  it('learns the documents bucket, and nothing of the table', () => {
    const { bucketId } = ids();
    const [, fn] = resource(template, 'AWS::Lambda::Function', 'RetentionDocumentExpiryHandler');
    const vars = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(vars.DOCUMENTS_BUCKET).toEqual({ Ref: bucketId });
    expect(vars).not.toHaveProperty('TABLE_NAME');
    expect(vars.POWERTOOLS_SERVICE_NAME).toBe('portal-retention');
    expect(fn.Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'] });
  });

  it('may list and delete object versions under applications/ only, and read the stream', () => {
    const { bucketId, tableId, queueId } = ids();
    const all = statements();
    expect(all.every((s) => s.Effect === 'Allow')).toBe(true);
    const byAction = (action: string) => all.filter((s) => [s.Action].flat().includes(action));

    expect(byAction('s3:ListBucketVersions')).toEqual([
      {
        Action: 's3:ListBucketVersions',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [bucketId, 'Arn'] },
        Condition: { StringLike: { 's3:prefix': ['applications/*'] } },
      },
    ]);
    expect(byAction('s3:DeleteObjectVersion')).toEqual([
      {
        Action: 's3:DeleteObjectVersion',
        Effect: 'Allow',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/applications/*']] },
      },
    ]);
    const s3Actions = all.flatMap((s) => [s.Action].flat()).filter((a) => a.startsWith('s3:'));
    expect(s3Actions.sort()).toEqual(['s3:DeleteObjectVersion', 's3:ListBucketVersions']);

    // The table: its stream only, never its items.
    const dynamo = all.flatMap((s) => [s.Action].flat()).filter((a) => a.startsWith('dynamodb:'));
    expect(dynamo.sort()).toEqual([
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
    ]);
    for (const action of ['dynamodb:DescribeStream', 'dynamodb:GetRecords'])
      expect(byAction(action)[0]?.Resource).toEqual({ 'Fn::GetAtt': [tableId, 'StreamArn'] });
    expect(byAction('sqs:SendMessage')[0]?.Resource).toEqual({ 'Fn::GetAtt': [queueId, 'Arn'] });
    // Wildcards: ListStreams (no resource-level permission) and nothing else.
    expect(all.filter((s) => s.Resource === '*').map((s) => s.Action)).toEqual([
      'dynamodb:ListStreams',
    ]);
    expect(all.flatMap((s) => [s.Action].flat()).filter((a) => a.includes('*'))).toEqual([]);
  });

  it('acknowledges only its two wildcards and its dead-letter queue', () => {
    const acknowledged = stack.node
      .findAll()
      .filter((c) => c.node.path.startsWith('PuningPortal/Retention/'))
      .flatMap((c) =>
        c.node.metadata
          .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
          .flatMap((m) => Object.keys(m.data as Record<string, string>)),
      )
      .map((id) => id.replace(/^annotation::/i, ''))
      .sort();
    expect(acknowledged).toEqual([
      'AwsSolutions-IAM5[Resource::*]',
      expect.stringMatching(
        /^AwsSolutions-IAM5\[Resource::<DocumentsBucket[0-9A-F]{8}\.Arn>\/applications\/\*\]$/,
      ),
      'AwsSolutions-SQS3',
    ]);
  });
});

describe('the retention parameter', () => {
  it('defaults to five years and is handed to the API functions as CLOSED_APPLICATION_RETENTION_DAYS', () => {
    const retention = stack.node.findChild('Retention') as PortalRetention;
    expect(retention.closedApplicationRetentionDays).toBe(1827);
    expect(retention.apiEnvironment).toEqual({ CLOSED_APPLICATION_RETENTION_DAYS: '1827' });
    expect(closedApplicationRetention.environmentVariable).toBe(
      'CLOSED_APPLICATION_RETENTION_DAYS',
    );
  });

  /** The construct alone in a small stack, with the given context. */
  function retentionWith(context: Record<string, unknown>): PortalRetention {
    const app = new App({ context });
    const small = new Stack(app, 'Small');
    const table = new Table(small, 'Table', {
      partitionKey: { name: 'PK', type: AttributeType.STRING },
      sortKey: { name: 'SK', type: AttributeType.STRING },
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
    });
    return new PortalRetention(small, 'Retention', {
      table,
      documents: new Bucket(small, 'Documents', { versioned: true }),
      alarms: new OperatorAlarms(small, 'Alarms'),
    });
  }

  it('changes with -c closedApplicationRetentionDays=<days>', () => {
    const retention = retentionWith({ closedApplicationRetentionDays: '3653' });
    expect(retention.closedApplicationRetentionDays).toBe(3653);
    expect(retention.apiEnvironment).toEqual({ CLOSED_APPLICATION_RETENTION_DAYS: '3653' });
    // cdk.json context may hold a number.
    expect(closedApplicationRetentionFromContext(2000)).toBe(2000);
  });

  it('stops the synth on a value that is not whole days from three to a hundred years', () => {
    for (const bad of ['30', '1095', '36526', 'five years', '1827.5', '-1']) {
      expect(() => retentionWith({ closedApplicationRetentionDays: bad }), bad).toThrow(
        /Context closedApplicationRetentionDays must be a whole number of days from 1096 to 36525/,
      );
    }
  });
});
