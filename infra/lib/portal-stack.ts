import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { MathExpression } from 'aws-cdk-lib/aws-cloudwatch';
import type { Construct } from 'constructs';
import { PortalApi } from './api.ts';
import { PortalData } from './data.ts';
import { PortalDocuments } from './documents.ts';
import { PortalNotifier } from './notifier.ts';
import type { NotifierSettings } from './notifier-config.ts';
import { OperationsDashboard, tableThrottles } from './operations-dashboard.ts';
import { OperatorAlarms } from './operator-alarms.ts';
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
}

/** The whole portal: table, API, site, staff sign-in and notifier, with their alarms. */
export class PortalStack extends Stack {
  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);

    const data = new PortalData(this, 'Data');
    const documents = new PortalDocuments(this, 'Documents');
    const api = new PortalApi(this, 'Api', { table: data.table, documents: documents.bucket });
    const site = new PortalSite(this, 'Site', {
      siteDirectory: props.siteDirectory,
      api: api.httpApi,
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
      alarms,
    });
    // Closed applications expire (TTL) after the retention; their documents follow.
    // Both API functions close applications (withdrawal, refusal), so both learn it.
    const retention = new PortalRetention(this, 'Retention', {
      table: data.table,
      documents: documents.bucket,
      alarms,
    });
    for (const handler of api.handlers) {
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

    const dashboard = new OperationsDashboard(this, 'Operations', {
      httpApi: api.httpApi,
      functions: {
        api: api.publicHandler,
        'staff-api': api.staffHandler,
        'notifier-stream': notifier.streamHandler,
        'notifier-sweep': notifier.sweepHandler,
        'document-expiry': retention.expiryHandler,
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
}
