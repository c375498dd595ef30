import { ArnFormat, Duration, Stack, Token } from 'aws-cdk-lib';
import { ComparisonOperator, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { outboxShards } from '../../functions/store/application-repository.ts';
import { tableDefinition } from '../../functions/store/table-definition.ts';
import { PortalFunction } from './lambda-function.ts';
import { acknowledge } from './nag.ts';
import { type NotifierSettings, notifierEnvironment, sesIdentities } from './notifier-config.ts';
import type { OperatorAlarms } from './operator-alarms.ts';

export interface PortalNotifierProps {
  /** The single table; its stream must carry new images. */
  readonly table: ITable;
  readonly settings: NotifierSettings;
  /** The site's public URL (https://<domain>): every message links to its status page. */
  readonly siteUrl: string;
  /** Where the notifier's alarms go. */
  readonly alarms: OperatorAlarms;
  /**
   * Concurrency reserved for the stream function (the sweep then reserves 1); none by
   * default (notifierReservedConcurrencyFromContext says why).
   */
  readonly reservedConcurrency?: number;
}

/** The GSI3PK values of an application with a message pending: `OUTBOX#0`..`OUTBOX#3`. */
export const pendingOutboxPartitions: readonly string[] = Array.from(
  { length: outboxShards },
  (_, shard) => `OUTBOX#${shard}`,
);

const outboxIndexKey =
  tableDefinition.globalSecondaryIndexes.find((index) => index.name === 'GSI3')?.partitionKey ??
  'GSI3PK';

/** The log line drain.ts writes when a message is given up on: what the alarm counts. */
export const failedMessageLogMessage = 'message failed';
/** The log line of an application the notifier could not even read or update. */
export const drainFailedLogMessage = 'drain failed';

/**
 * Delivers the outbox that each status change writes into its application item:
 *
 * - the stream function reacts within seconds to items that have a message pending
 *   (an event filter on the pending-outbox index key, so nothing else invokes it);
 * - the sweep function runs every minute over the pending-outbox index for retries
 *   after backoff and anything the stream missed.
 *
 * Stream batches that keep failing land in an SQS dead-letter queue (stream metadata
 * only); failed messages stay in the table, visible to staff and redrivable. Alarms
 * on both go to the operators' topic. See docs/notifications.md.
 */
export class PortalNotifier extends Construct {
  readonly streamHandler: PortalFunction;
  readonly sweepHandler: PortalFunction;
  readonly deadLetterQueue: Queue;
  /** Tencent Cloud SMS API credentials (Tencent only), filled in by operators. */
  readonly tencentCredentials?: Secret;
  /** Messages given up on ("message failed" log lines of both functions), per 5 minutes. */
  readonly failedMessagesMetric: Metric;
  /** Applications the notifier could not read or update ("drain failed"), per 5 minutes. */
  readonly drainFailuresMetric: Metric;

  constructor(scope: Construct, id: string, props: PortalNotifierProps) {
    super(scope, id);
    const { table, settings, alarms } = props;
    const stack = Stack.of(this);
    if (!Token.isUnresolved(stack.region) && stack.region.startsWith('cn-')) {
      if (settings.sms.provider === 'sns' || settings.email !== undefined) {
        throw new Error(
          `Amazon SNS text messages and Amazon SES are not available in ${stack.region}: ` +
            'configure Tencent Cloud SMS and no email (see docs/notifications.md)',
        );
      }
    }

    const environment: Record<string, string> = {
      ...notifierEnvironment(settings),
      NOTIFY_SITE_ORIGIN: props.siteUrl,
    };
    if (settings.sms.provider === 'tencent') {
      this.tencentCredentials = new Secret(this, 'TencentSmsCredentials', {
        description:
          'Tencent Cloud API key of the Puning portal notifier: {"secretId","secretKey"} of a CAM user allowed sms:SendSms only. Replace the placeholder after the first deploy (docs/notifications.md)',
        generateSecretString: {
          secretStringTemplate: JSON.stringify({ secretId: 'REPLACE_WITH_TENCENT_SECRET_ID' }),
          generateStringKey: 'secretKey',
          excludePunctuation: true,
          passwordLength: 32,
        },
      });
      acknowledge(this.tencentCredentials, {
        'AwsSolutions-SMG4':
          'A Tencent Cloud API key: Secrets Manager cannot rotate it. Operators rotate it in Tencent CAM and put the new value here; the notifier functions read it at their next cold start (docs/notifications.md)',
      });
      // Read from Secrets Manager when a function starts (functions/store/secrets-manager.ts):
      // not in the function configuration, and a new value reaches each function at its
      // next cold start. A version id pins one version instead of the current one.
      environment.TENCENT_SMS_SECRET_ARN = this.tencentCredentials.secretArn;
      if (settings.sms.secretVersionId !== undefined)
        environment.TENCENT_SMS_SECRET_VERSION = settings.sms.secretVersionId;
    }

    this.streamHandler = new PortalFunction(this, 'StreamHandler', {
      entry: 'functions/handlers/notifier-stream.ts',
      serviceName: 'portal-notifier',
      description: 'Puning portal notifier: delivers the messages a status change queued',
      timeout: Duration.seconds(60),
      // Stream concurrency is one invocation per shard anyway; a reservation keeps the
      // notifier able to run when the API takes the rest of the account's concurrency.
      reservedConcurrentExecutions: props.reservedConcurrency,
      environment,
    }).bindTable(table);
    this.sweepHandler = new PortalFunction(this, 'SweepHandler', {
      entry: 'functions/handlers/notifier-sweep.ts',
      serviceName: 'portal-notifier',
      description: 'Puning portal notifier: every minute, delivers what is due in the outbox',
      timeout: Duration.minutes(5),
      // With a reservation, one sweep at a time. Without one (the default), two sweeps
      // overlap only when one runs past the next minute; a message they both pick up
      // may go out twice, which at-least-once delivery already allows.
      reservedConcurrentExecutions: props.reservedConcurrency === undefined ? undefined : 1,
      environment,
    }).bindTable(table);
    // A late sweep is dropped, not queued: the next one comes within the minute.
    this.sweepHandler.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(1) });

    this.grantProviders(settings);
    for (const handler of [this.streamHandler, this.sweepHandler])
      this.tencentCredentials?.grantRead(handler);

    // What the stream source gives up on: records of batches that failed every retry.
    this.deadLetterQueue = new Queue(this, 'StreamDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.deadLetterQueue, {
      'AwsSolutions-SQS3':
        "This queue is the notifier stream's on-failure destination, itself a dead-letter queue: nothing consumes it, operators read it when its alarm fires",
    });

    this.streamHandler.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 10,
        bisectBatchOnError: true,
        retryAttempts: 5,
        reportBatchItemFailures: true,
        // The sweep delivers whatever a given-up record leaves pending.
        maxRecordAge: Duration.hours(1),
        onFailure: new SqsDlq(this.deadLetterQueue),
        // Only items with a message pending; OUTBOX#failed and every other change stay out.
        filters: [
          FilterCriteria.filter({
            dynamodb: {
              NewImage: { [outboxIndexKey]: { S: FilterRule.or(...pendingOutboxPartitions) } },
            },
          }),
        ],
      }),
    );

    new Rule(this, 'SweepSchedule', {
      description: 'Runs the Puning portal notifier sweep every minute',
      schedule: Schedule.rate(Duration.minutes(1)),
      targets: [new LambdaFunction(this.sweepHandler, { retryAttempts: 2 })],
    });

    const metrics = this.addAlarms(alarms);
    this.failedMessagesMetric = metrics.failedMessages;
    this.drainFailuresMetric = metrics.drainFailures;
  }

  /** SNS text messages and SES email where configured; nothing for Tencent (not AWS). */
  private grantProviders(settings: NotifierSettings): void {
    const handlers = [this.streamHandler, this.sweepHandler];
    const sns = settings.sms.provider === 'sns';
    const smsReason =
      'sns:Publish straight to a phone number has no resource ARN to name: IAM evaluates SMS publishes against "*" (no topic is granted)';
    const listStreamsReason =
      'dynamodb:ListStreams, granted by the stream event source, supports no resource-level permission';
    if (sns) {
      for (const handler of handlers) {
        handler.addToRolePolicy(
          new PolicyStatement({ actions: ['sns:Publish'], resources: ['*'] }),
        );
      }
      acknowledge(this.sweepHandler.executionRole, { 'AwsSolutions-IAM5[Resource::*]': smsReason });
    }
    // The stream role holds ListStreams on "*" in every configuration.
    acknowledge(this.streamHandler.executionRole, {
      'AwsSolutions-IAM5[Resource::*]': sns
        ? `${listStreamsReason}; ${smsReason}`
        : listStreamsReason,
    });
    if (settings.email) {
      const stack = Stack.of(this);
      // SES checks the identity the sender address belongs to: the address itself when
      // it is verified, otherwise its domain.
      const resources = sesIdentities(settings.email.from).map((identity) =>
        stack.formatArn({
          service: 'ses',
          resource: 'identity',
          resourceName: identity,
          arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
        }),
      );
      if (settings.email.configurationSet !== undefined) {
        resources.push(
          stack.formatArn({
            service: 'ses',
            resource: 'configuration-set',
            resourceName: settings.email.configurationSet,
            arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
          }),
        );
      }
      for (const handler of handlers) {
        handler.addToRolePolicy(new PolicyStatement({ actions: ['ses:SendEmail'], resources }));
      }
    }
  }

  private addAlarms(alarms: OperatorAlarms): { failedMessages: Metric; drainFailures: Metric } {
    const fiveMinutes = Duration.minutes(5);
    const namespace = `${Stack.of(this).stackName}/Notifier`;
    const countLines = (message: string, metricName: string) => {
      for (const handler of [this.streamHandler, this.sweepHandler]) {
        new MetricFilter(this, `${handler.node.id}${metricName}`, {
          logGroup: handler.logGroup,
          metricNamespace: namespace,
          metricName,
          // Powertools logs JSON: the text is the `message` key.
          filterPattern: FilterPattern.stringValue('$.message', '=', message),
          metricValue: '1',
        });
      }
      return new Metric({ namespace, metricName, statistic: 'Sum', period: fiveMinutes });
    };
    const failedMessages = countLines(failedMessageLogMessage, 'FailedMessages');
    const drainFailures = countLines(drainFailedLogMessage, 'DrainFailures');

    alarms.add('DeadLettersAlarm', {
      name: 'notifier-dead-letters',
      description:
        'Notifier stream batches failed every retry and were set aside in the dead-letter queue. ' +
        'The messages stay pending or failed in the table: check the notifier logs, fix the cause, ' +
        'run `npm run redrive`, then delete the queue messages (docs/notifications.md)',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        statistic: 'Maximum',
        period: fiveMinutes,
      }),
      threshold: 1,
      evaluationPeriods: 1,
    });
    alarms.add('FailedMessagesAlarm', {
      name: 'notifier-failed-messages',
      description:
        'A message was given up on (a permanent provider error, or every retry failed). ' +
        'Find "message failed" in the notifier logs (reference, channel, errorCode), fix the cause, ' +
        'then `npm run redrive -- <reference>` (docs/notifications.md)',
      metric: failedMessages,
      threshold: 1,
      evaluationPeriods: 1,
    });
    alarms.add('DrainFailuresAlarm', {
      name: 'notifier-drain-failures',
      description:
        'For 15 minutes the notifier could not read or update applications ("drain failed" in its logs): ' +
        'table access, throttling or a code fault. Messages wait meanwhile (docs/notifications.md)',
      metric: drainFailures,
      threshold: 1,
      evaluationPeriods: 3,
      datapointsToAlarm: 3,
    });
    for (const [id, handler] of [
      ['StreamErrorsAlarm', this.streamHandler],
      ['SweepErrorsAlarm', this.sweepHandler],
    ] as const) {
      const kind = handler === this.streamHandler ? 'stream' : 'sweep';
      alarms.add(id, {
        name: `notifier-${kind}-errors`,
        description: `The notifier ${kind} function failed or timed out (often its configuration: see its log group)`,
        metric: handler.metricErrors({ statistic: 'Sum', period: fiveMinutes }),
        threshold: 1,
        evaluationPeriods: 1,
      });
    }
    alarms.add('IteratorAgeAlarm', {
      name: 'notifier-stream-behind',
      description:
        'The notifier reads table changes more than 5 minutes late: it is failing and retrying, or throttled. ' +
        'Messages still go out with the sweep; check the stream function logs and errors',
      metric: this.streamHandler.metric('IteratorAge', {
        statistic: 'Maximum',
        period: fiveMinutes,
      }),
      threshold: Duration.minutes(5).toMilliseconds(),
      comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
    });
    return { failedMessages, drainFailures };
  }
}
