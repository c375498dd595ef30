import { CfnOutput, Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  closedApplicationRetention,
  parseRetentionDays,
} from '../../functions/domain/application/retention.ts';
import { ttlDeletion } from '../../functions/retention/expired-applications.ts';
import { tableDefinition } from '../../functions/store/table-definition.ts';
import { PortalFunction } from './lambda-function.ts';
import { acknowledge, cfnReference } from './nag.ts';
import type { OperatorAlarms } from './operator-alarms.ts';

export interface PortalRetentionProps {
  /** The single table; its stream carries old images (the notifier's stream). */
  readonly table: ITable;
  /** The versioned documents bucket (infra/lib/documents.ts). */
  readonly documents: IBucket;
  readonly alarms: OperatorAlarms;
}

/** The key prefix of every supporting document (functions/store/document-storage.ts). */
export const documentsKeyPrefix = 'applications/';

/**
 * The retention of closed applications, from `-c closedApplicationRetentionDays=<days>`
 * (validated here, at synth: whole days from 3 to 100 years) or the five-year default
 * of functions/domain/application/retention.ts.
 */
export function closedApplicationRetentionFromContext(value: unknown): number {
  return parseRetentionDays(value, `Context ${closedApplicationRetention.contextKey}`);
}

/**
 * Retention of closed applications:
 *
 * - the retention parameter, validated at synth; `apiEnvironment` carries it to the
 *   API functions, whose repository sets `expiresAt` = closed + retention in the write
 *   that closes an application, so DynamoDB's TTL deletes the item after that second;
 * - the document-expiry function on the table stream, filtered to exactly those TTL
 *   deletions of application items, which deletes every version of the application's
 *   documents from the bucket. Records that fail every retry are set aside in a
 *   dead-letter queue; both it and the function's errors alarm the operators.
 */
export class PortalRetention extends Construct {
  readonly closedApplicationRetentionDays: number;
  /** What the API functions (everything that closes applications) must be given. */
  readonly apiEnvironment: Readonly<Record<string, string>>;
  readonly expiryHandler: PortalFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: PortalRetentionProps) {
    super(scope, id);
    const { table, documents, alarms } = props;
    this.closedApplicationRetentionDays = closedApplicationRetentionFromContext(
      this.node.tryGetContext(closedApplicationRetention.contextKey),
    );
    this.apiEnvironment = {
      [closedApplicationRetention.environmentVariable]: String(this.closedApplicationRetentionDays),
    };

    this.expiryHandler = new PortalFunction(this, 'DocumentExpiryHandler', {
      entry: 'functions/handlers/document-expiry.ts',
      serviceName: 'portal-retention',
      description:
        'Puning portal retention: deletes the documents of applications whose retention ran out',
      timeout: Duration.seconds(60),
      environment: { DOCUMENTS_BUCKET: documents.bucketName },
    });

    // Least privilege: list versions and delete versions under applications/ only. No
    // s3:DeleteObject (every delete names its version) and no table access at all.
    this.expiryHandler.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:ListBucketVersions'],
        resources: [documents.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${documentsKeyPrefix}*`] } },
      }),
    );
    this.expiryHandler.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:DeleteObjectVersion'],
        resources: [documents.arnForObjects(`${documentsKeyPrefix}*`)],
      }),
    );
    acknowledge(this.expiryHandler.executionRole, {
      [`AwsSolutions-IAM5[Resource::${cfnReference(documents, documents.bucketArn)}/${documentsKeyPrefix}*]`]:
        'Deletes the versions of an expired application, whose reference is known only at run time: the wildcard is limited to the applications/ prefix of the documents bucket and to s3:DeleteObjectVersion',
      'AwsSolutions-IAM5[Resource::*]':
        'dynamodb:ListStreams, granted by the stream event source, supports no resource-level permission',
    });

    this.deadLetterQueue = new Queue(this, 'DocumentExpiryDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.deadLetterQueue, {
      'AwsSolutions-SQS3':
        "This queue is the document-expiry stream's on-failure destination, itself a dead-letter queue: nothing consumes it, operators read it when its alarm fires",
    });

    this.expiryHandler.addEventSource(
      new DynamoEventSource(table, {
        // From the oldest record kept (24 hours): a deletion must not be missed, and
        // deleting what is already gone does nothing.
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: 10,
        bisectBatchOnError: true,
        retryAttempts: 10,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
        filters: [expiredApplicationFilter()],
      }),
    );

    const fiveMinutes = Duration.minutes(5);
    alarms.add('DocumentExpiryDeadLettersAlarm', {
      name: 'document-expiry-dead-letters',
      description:
        'The documents of an expired application could not be deleted after every retry. ' +
        'Find "document deletion failed" in the portal-retention logs (reference, errorName), fix the cause, ' +
        'then run functions/retention/purge-cli.ts with those references and delete the queue messages (docs/deploy.md)',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        statistic: 'Maximum',
        period: fiveMinutes,
      }),
      threshold: 1,
      evaluationPeriods: 1,
    });
    alarms.add('DocumentExpiryErrorsAlarm', {
      name: 'document-expiry-errors',
      description:
        'The document-expiry function failed or timed out (often its configuration or permissions: see its log group)',
      metric: this.expiryHandler.metricErrors({ statistic: 'Sum', period: fiveMinutes }),
      threshold: 1,
      evaluationPeriods: 1,
    });

    new CfnOutput(this, 'DeadLetterQueueUrl', {
      description:
        'Document-expiry stream batches that failed every retry (docs/deploy.md, retention)',
      value: this.deadLetterQueue.queueUrl,
    });
  }
}

/**
 * Only TTL deletions of application items: REMOVE records made by DynamoDB itself
 * (not by a person or a function) whose key is `APP#<reference>` / `APP`. Idempotency
 * records and counters also expire; they never reach the function.
 */
export function expiredApplicationFilter(): Record<string, unknown> {
  const { partitionKey, sortKey } = tableDefinition;
  return FilterCriteria.filter({
    eventName: FilterRule.isEqual('REMOVE'),
    userIdentity: {
      type: FilterRule.isEqual(ttlDeletion.type),
      principalId: FilterRule.isEqual(ttlDeletion.principalId),
    },
    dynamodb: {
      Keys: {
        [partitionKey]: { S: FilterRule.beginsWith('APP#') },
        [sortKey]: { S: FilterRule.isEqual('APP') },
      },
    },
  });
}
