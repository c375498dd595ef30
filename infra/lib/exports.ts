import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { exportKeepHours } from '../../functions/domain/staff/export-job.ts';
import { tableDefinition } from '../../functions/store/table-definition.ts';
import { PortalFunction } from './lambda-function.ts';
import { acknowledge, cfnReference } from './nag.ts';
import type { OperatorAlarms } from './operator-alarms.ts';

export interface PortalExportsProps {
  /** The single table: jobs are items in it, and its stream starts the worker. */
  readonly table: ITable;
  /** Where the bucket's server access logs go (the documents' log bucket). */
  readonly accessLogs: IBucket;
  readonly alarms: OperatorAlarms;
}

/** The key prefix of every export file (functions/domain/staff/export-job.ts). */
export const exportsKeyPrefix = 'exports/';

/**
 * The CSV export as a job (decisions, "Export as a job"):
 *
 * - a private bucket whose files expire a day after they are written (and unfinished
 *   multipart uploads with them): an export is for the day's work, not an archive;
 * - the worker, started by the table's stream for each new `EXPORT#` item (an insert
 *   filter: nothing else reaches it), reading summaries page by page and writing the
 *   file in parts — 15 minutes and 1 GB are far above what 100k rows take (the bench);
 * - the staff function's right to sign a 5-minute GET of one export file, granted in
 *   `allowDownloads`; the staff API signs only for the job's requester.
 */
export class PortalExports extends Construct {
  readonly bucket: Bucket;
  readonly worker: PortalFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: PortalExportsProps) {
    super(scope, id);
    const { table, alarms } = props;
    const keepDays = Math.ceil(exportKeepHours / 24);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'exports/',
      lifecycleRules: [
        {
          prefix: exportsKeyPrefix,
          expiration: Duration.days(keepDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.worker = new PortalFunction(this, 'Worker', {
      entry: 'functions/handlers/export-worker.ts',
      serviceName: 'portal-exports',
      description: 'Puning portal CSV export worker: writes one export job to the exports bucket',
      memorySize: 1024,
      timeout: Duration.minutes(15),
      environment: { EXPORTS_BUCKET: this.bucket.bucketName },
    }).bindTable(table, 'RO');
    // Writes its own job item only (progress, done, failed): UpdateItem on EXPORT# keys.
    this.worker.addToRolePolicy(
      new PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [table.tableArn],
        conditions: {
          'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['EXPORT#*'] },
        },
      }),
    );
    table.encryptionKey?.grantEncrypt(this.worker);
    // The multipart upload's calls are s3:PutObject; giving up is s3:AbortMultipartUpload.
    this.worker.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:PutObject', 's3:AbortMultipartUpload'],
        resources: [this.bucket.arnForObjects(`${exportsKeyPrefix}*`)],
      }),
    );
    const bucket = cfnReference(this.bucket, this.bucket.bucketArn);
    acknowledge(this.worker.executionRole, {
      [`AwsSolutions-IAM5[Resource::${bucket}/${exportsKeyPrefix}*]`]:
        'Each job writes one file named by its id, known only at run time: the wildcard is limited to the exports/ prefix of the exports bucket',
      'AwsSolutions-IAM5[Resource::*]':
        'dynamodb:ListStreams, granted by the stream event source, supports no resource-level permission',
      'AwsSolutions-IAM5[Action::kms:ReEncrypt*]':
        "Part of the CDK key grant for the table's own customer-managed key, which DynamoDB needs to write the job item",
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]':
        "Part of the CDK key grant for the table's own customer-managed key, which DynamoDB needs to write the job item",
    });

    this.deadLetterQueue = new Queue(this, 'WorkerDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.deadLetterQueue, {
      'AwsSolutions-SQS3':
        "This queue is the export worker's on-failure destination, itself a dead-letter queue: nothing consumes it, operators read it when its alarm fires",
    });
    this.worker.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.LATEST,
        // One job per invocation: each has the function's whole time limit.
        batchSize: 1,
        retryAttempts: 2,
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
        filters: [newExportJobFilter()],
      }),
    );

    const fiveMinutes = Duration.minutes(5);
    alarms.add('ExportWorkerErrorsAlarm', {
      name: 'export-worker-errors',
      description:
        'The CSV export worker failed or timed out (see the portal-exports log group); staff see the job as failed and can ask again',
      metric: this.worker.metricErrors({ statistic: 'Sum', period: fiveMinutes }),
      threshold: 1,
      evaluationPeriods: 1,
    });
  }

  /** Lets the staff function sign a download of an export file (GET of one object). */
  allowDownloads(staffHandler: PortalFunction): void {
    staffHandler.addEnvironment('EXPORTS_BUCKET', this.bucket.bucketName);
    staffHandler.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${exportsKeyPrefix}*`)],
      }),
    );
    acknowledge(staffHandler.executionRole, {
      [`AwsSolutions-IAM5[Resource::${cfnReference(this.bucket, this.bucket.bucketArn)}/${exportsKeyPrefix}*]`]:
        'Staff fetch their export through a presigned GET of one file; the staff API signs only for the job of the person who asked for it',
    });
  }
}

/** Only new export jobs: INSERT records whose key is `EXPORT#<id>` / `EXPORT`. */
export function newExportJobFilter(): Record<string, unknown> {
  const { partitionKey, sortKey } = tableDefinition;
  return FilterCriteria.filter({
    eventName: FilterRule.isEqual('INSERT'),
    dynamodb: {
      Keys: {
        [partitionKey]: { S: FilterRule.beginsWith('EXPORT#') },
        [sortKey]: { S: FilterRule.isEqual('EXPORT') },
      },
    },
  });
}
