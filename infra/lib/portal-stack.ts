import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { ComparisonOperator, MathExpression, Metric } from 'aws-cdk-lib/aws-cloudwatch';
import { FilterPattern, type ILogGroup, MetricFilter } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { PortalAfterApproval } from './after-approval.ts';
import { PortalApi } from './api.ts';
import { PortalCounters } from './counters.ts';
import { PortalData } from './data.ts';
import { PortalDocuments } from './documents.ts';
import { PortalExports } from './exports.ts';
import { PortalNotifier } from './notifier.ts';
import type { NotifierSettings } from './notifier-config.ts';
import { OperationsDashboard, tableThrottles } from './operations-dashboard.ts';
import { OperatorAlarms } from './operator-alarms.ts';
import { OriginSecret } from './origin-secret.ts';
import { PortalRecovery } from './recovery.ts';
import { PortalRetention } from './retention.ts';
import { type CustomDomain, PortalSite } from './site.ts';
import { type ExternalIssuer, StaffIdentity } from './staff-identity.ts';

export interface PortalStackProps extends StackProps {
  /** The built static site; bin/app.ts passes web/dist, tests pass a fixture. */
  readonly siteDirectory: string;
  readonly customDomain?: CustomDomain;
  /**
   * The OIDC issuer staff sign in with, required in AWS China regions (no Cognito user
   * pools there). Without it the stack creates a Cognito user pool.
   */
  readonly staffIssuer?: ExternalIssuer;
  /** The Cognito prefix domain of the staff sign-in pages (no effect with staffIssuer). */
  readonly staffAuthDomainPrefix?: string;
  /**
   * How the notifier delivers (notifierSettingsFromContext). SNS text messages and no
   * email when omitted, which AWS China regions refuse.
   */
  readonly notifier?: NotifierSettings;
  /** An address subscribed to the operators' alarm topic. */
  readonly alarmEmail?: string;
  /**
   * An AWS WAF web ACL of scope CLOUDFRONT (us-east-1) for the distribution: context
   * webAclArn, or EdgeSecurityStack.webAclArn with -c createWebAcl=true. AWS global
   * regions only.
   */
  readonly webAclArn?: string;
  /**
   * The version of the origin secret CloudFront sends (`-c originSecretVersion`), to
   * roll a new value out after put-secret-value; AWSCURRENT at deploy time without it.
   */
  readonly originSecretVersion?: string;
  /**
   * Concurrency reserved for the notifier stream function (and 1 for the sweep):
   * `-c notifierReservedConcurrency=<n>`. None by default.
   */
  readonly notifierReservedConcurrency?: number;
}

/**
 * p95 duration (ms) above which an API function alarms, three 5-minute periods running.
 * The staff function reads a township's whole queue for the dashboard and the export.
 */
export const apiLatencyAlarmMs = { api: 2000, 'staff-api': 4000 } as const;
/** Status-page lockouts (429) in 5 minutes that look like guessing, not a forgetful applicant. */
export const lockoutAlarmThreshold = 20;

/** The whole portal: table, API, site, staff sign-in and notifier, with their alarms. */
export class PortalStack extends Stack {
  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);

    const data = new PortalData(this, 'Data');
    const documents = new PortalDocuments(this, 'Documents');
    // The origin lock: the API answers only requests CloudFront sent, in both partitions.
    const originSecret = new OriginSecret(this, 'OriginSecret', {
      versionId: props.originSecretVersion,
    });
    const api = new PortalApi(this, 'Api', {
      table: data.table,
      documents: documents.bucket,
      originSecret,
    });
    const recovery = new PortalRecovery(this, 'Recovery', {
      table: data.table,
      documents: documents.bucket,
    });
    const site = new PortalSite(this, 'Site', {
      siteDirectory: props.siteDirectory,
      api: api.httpApi,
      apiOriginHeaders: originSecret.originHeaders,
      customDomain: props.customDomain,
      webAclArn: props.webAclArn,
    });
    // After the site: the console's callback URL is on the site's domain.
    const staff = new StaffIdentity(this, 'StaffIdentity', {
      siteUrl: site.url,
      external: props.staffIssuer,
      domainPrefix: props.staffAuthDomainPrefix,
    });
    api.enableStaffRoutes(staff.settings);

    const alarms = new OperatorAlarms(this, 'Alarms', { email: props.alarmEmail });
    const notifier = new PortalNotifier(this, 'Notifier', {
      table: data.table,
      settings: props.notifier ?? { sms: { provider: 'sns' } },
      siteUrl: site.url,
      alarms,
      reservedConcurrency: props.notifierReservedConcurrency,
    });
    // The dashboard's counters: kept by the notifier's drain, set right weekly.
    const counters = new PortalCounters(this, 'Counters', { table: data.table, alarms });
    // Closed applications expire (TTL) after the retention; their documents follow.
    // Both API functions close applications (withdrawal, refusal), so both learn it.
    const retention = new PortalRetention(this, 'Retention', {
      table: data.table,
      documents: documents.bucket,
      alarms,
    });
    // The after-approval job closes lines too (a 渐退期 ends): it keeps the same retention.
    const afterApproval = new PortalAfterApproval(this, 'AfterApproval', {
      table: data.table,
      alarms,
    });
    // CSV exports: jobs in the table, files in their own expiring bucket.
    const exports = new PortalExports(this, 'Exports', {
      table: data.table,
      accessLogs: documents.accessLogs,
      alarms,
    });
    exports.allowDownloads(api.staffHandler);
    for (const handler of [...api.handlers, afterApproval.handler]) {
      for (const [name, value] of Object.entries(retention.apiEnvironment)) {
        handler.addEnvironment(name, value);
      }
    }
    alarms.add('ApiServerErrorsAlarm', {
      name: 'api-server-errors',
      description:
        'The portal API answered 5xx at least 5 times in 5 minutes: see the API function logs (portal-api)',
      metric: api.httpApi.metricServerError({ statistic: 'Sum', period: Duration.minutes(5) }),
      threshold: 5,
      evaluationPeriods: 1,
    });
    const fiveMinutes = Duration.minutes(5);
    alarms.add('ApiFunctionErrorsAlarm', {
      name: 'api-function-errors',
      description:
        'The API functions failed or timed out at least 5 times in 5 minutes (uncaught errors, timeouts, out of memory): see their log groups (portal-api, portal-staff-api)',
      metric: new MathExpression({
        expression: 'FILL(publicApi, 0) + FILL(staffApi, 0)',
        usingMetrics: {
          publicApi: api.publicHandler.metricErrors({ statistic: 'Sum', period: fiveMinutes }),
          staffApi: api.staffHandler.metricErrors({ statistic: 'Sum', period: fiveMinutes }),
        },
        label: 'API function errors',
        period: fiveMinutes,
      }),
      threshold: 5,
      evaluationPeriods: 1,
    });
    // Not the sweep: with a reserved concurrency of 1, a run that starts while the last
    // one is still working is throttled by design (and dropped, see PortalNotifier).
    alarms.add('FunctionThrottlesAlarm', {
      name: 'function-throttles',
      description:
        "Lambda throttled an API function or the notifier stream function: the account (or the stream function's reserved) concurrency is exhausted. " +
        'Applicants get 429/5xx; raise the concurrency quota or find the runaway function',
      metric: new MathExpression({
        expression: 'FILL(api, 0) + FILL(staffApi, 0) + FILL(stream, 0)',
        usingMetrics: {
          api: api.publicHandler.metricThrottles({ statistic: 'Sum', period: fiveMinutes }),
          staffApi: api.staffHandler.metricThrottles({ statistic: 'Sum', period: fiveMinutes }),
          stream: notifier.streamHandler.metricThrottles({ statistic: 'Sum', period: fiveMinutes }),
        },
        label: 'Throttled invocations',
        period: fiveMinutes,
      }),
      threshold: 1,
      evaluationPeriods: 1,
    });
    alarms.add('TableThrottlesAlarm', {
      name: 'table-throttles',
      description:
        'DynamoDB throttled reads or writes of the portal table at least 10 times in 5 minutes (a hot partition or the on-demand account limit): ' +
        'the SDK retries, but requests slow down and may fail. Check the dashboard and the table metrics by index',
      metric: tableThrottles(data.table),
      threshold: 10,
      evaluationPeriods: 1,
    });

    for (const [name, handler] of [
      ['api', api.publicHandler],
      ['staff-api', api.staffHandler],
    ] as const) {
      alarms.add(name === 'api' ? 'ApiLatencyAlarm' : 'StaffApiLatencyAlarm', {
        name: `${name}-latency`,
        description: `The ${name === 'api' ? 'public' : 'staff'} API function took over ${apiLatencyAlarmMs[name]} ms at the 95th percentile for 15 minutes: check the table throttles, the function's log group (portal-${name}) and the dashboard`,
        metric: handler.metricDuration({ statistic: 'p95', period: fiveMinutes }),
        threshold: apiLatencyAlarmMs[name],
        comparison: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 3,
        datapointsToAlarm: 3,
      });
    }
    alarms.add('StatusLockoutsAlarm', {
      name: 'status-lockouts',
      description: `The status page refused at least ${lockoutAlarmThreshold} requests in 5 minutes as too many wrong attempts (429): someone may be guessing references or access codes. See "request" lines with status 429 in portal-api's log group; the WAF's rate rules can block the source`,
      metric: this.lockoutMetric(api.publicHandler.logGroup),
      threshold: lockoutAlarmThreshold,
      evaluationPeriods: 1,
    });

    const dashboard = new OperationsDashboard(this, 'Operations', {
      httpApi: api.httpApi,
      functions: {
        api: api.publicHandler,
        'staff-api': api.staffHandler,
        'notifier-stream': notifier.streamHandler,
        'notifier-sweep': notifier.sweepHandler,
        'document-expiry': retention.expiryHandler,
        'after-approval': afterApproval.handler,
        'export-worker': exports.worker,
        'counters-reconcile': counters.reconcileHandler,
      },
      table: data.table,
      deadLetterQueue: notifier.deadLetterQueue,
      streamFunction: notifier.streamHandler,
      failedMessages: notifier.failedMessagesMetric,
      drainFailures: notifier.drainFailuresMetric,
      alarms: alarms.alarms,
    });

    new CfnOutput(this, 'SiteUrl', {
      description: 'The portal: the custom domain when there is one, else CloudFront',
      value: site.url,
    });
    new CfnOutput(this, 'DistributionDomainName', {
      description: "CloudFront's own host name: the CNAME target of a custom domain",
      value: site.distribution.distributionDomainName,
    });
    new CfnOutput(this, 'ApiEndpoint', {
      description: 'The HTTP API itself (use the site URL + /api in clients)',
      value: api.httpApi.apiEndpoint,
    });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
    new CfnOutput(this, 'TableKeyArn', {
      description:
        'The table key: restored tables are encrypted with it (docs/deploy.md, Recovery)',
      value: data.key.keyArn,
    });
    new CfnOutput(this, 'DocumentsBucketName', {
      description: 'Supporting documents (versioned, customer-managed key)',
      value: documents.bucket.bucketName,
    });
    new CfnOutput(this, 'BackupVaultName', {
      description: 'AWS Backup vault of the table and documents (docs/deploy.md, Recovery)',
      value: recovery.vault.backupVaultName,
    });
    new CfnOutput(this, 'BackupRoleArn', {
      description: 'The role restore jobs run with (start-restore-job --iam-role-arn)',
      value: recovery.role.roleArn,
    });
    new CfnOutput(this, 'OriginSecretArn', {
      description:
        'The origin lock secret (X-Origin-Verify): rotate with put-secret-value, then deploy with -c originSecretVersion (docs/deploy.md)',
      value: originSecret.secret.secretArn,
    });
    new CfnOutput(this, 'DashboardName', {
      description: 'CloudWatch dashboard of the API, functions, table and notifier',
      value: dashboard.dashboard.dashboardName,
    });
    new CfnOutput(this, 'NotifierDeadLetterQueueUrl', {
      description: 'Notifier stream batches that failed every retry (docs/notifications.md)',
      value: notifier.deadLetterQueue.queueUrl,
    });
    new CfnOutput(this, 'AlarmTopicArn', {
      description: 'Operator alarms: subscribe to it (or deploy with -c alarmEmail=<address>)',
      value: alarms.topic.topicArn,
    });
    if (notifier.tencentCredentials) {
      new CfnOutput(this, 'TencentSmsSecretArn', {
        description:
          'Put {"secretId","secretKey"} of the Tencent Cloud SMS key here, then redeploy (docs/notifications.md)',
        value: notifier.tencentCredentials.secretArn,
      });
    }
    if (staff.userPool && staff.domain) {
      new CfnOutput(this, 'StaffUserPoolId', {
        description: 'Cognito user pool of staff accounts (aws cognito-idp admin-create-user)',
        value: staff.userPool.userPoolId,
      });
      new CfnOutput(this, 'StaffSignInDomain', {
        description: 'Managed login (sign-in pages) of the staff console',
        value: staff.domain.baseUrl(),
      });
    }
  }

  /**
   * Lockout answers (status 429) counted from the public function's request log lines
   * (functions/api/middleware/request-log.ts: `message` "request", `status`).
   */
  private lockoutMetric(logGroup: ILogGroup): Metric {
    const namespace = `${this.stackName}/Api`;
    const metricName = 'LockoutResponses';
    new MetricFilter(this, 'LockoutResponses', {
      logGroup,
      metricNamespace: namespace,
      metricName,
      filterPattern: FilterPattern.all(
        FilterPattern.stringValue('$.message', '=', 'request'),
        FilterPattern.numberValue('$.status', '=', 429),
      ),
      metricValue: '1',
    });
    return new Metric({ namespace, metricName, statistic: 'Sum', period: Duration.minutes(5) });
  }
}
