import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
import { PortalFunction } from './lambda-function.ts';
import type { OperatorAlarms } from './operator-alarms.ts';

export interface PortalAfterApprovalProps {
  readonly table: ITable;
  readonly alarms: OperatorAlarms;
}

/**
 * The daily after-approval run (functions/handlers/after-approval.ts): at 01:30 in
 * Puning (17:30 UTC) it opens the periodic reviews that fell due, reminds households
 * whose 渐退期 is in its last month and ends those whose last month passed. No reserved
 * concurrency (the stack reserves none by default): a failed run is retried by
 * EventBridge and its errors alarm the operators; each write is conditional on the
 * version read, so a retry or an overlapping run never acts twice.
 */
export class PortalAfterApproval extends Construct {
  readonly handler: PortalFunction;

  constructor(scope: Construct, id: string, props: PortalAfterApprovalProps) {
    super(scope, id);
    this.handler = new PortalFunction(this, 'Handler', {
      entry: 'functions/handlers/after-approval.ts',
      serviceName: 'portal-after-approval',
      description:
        'Puning portal after approval: opens reviews that fell due, ends 渐退期 after their last month',
      timeout: Duration.minutes(15),
    }).bindTable(props.table);
    new Rule(this, 'Schedule', {
      description: 'Runs the Puning portal after-approval job every day at 01:30 Asia/Shanghai',
      schedule: Schedule.cron({ minute: '30', hour: '17' }),
      targets: [new LambdaFunction(this.handler, { retryAttempts: 2 })],
    });
    props.alarms.add('AfterApprovalErrorsAlarm', {
      name: 'after-approval-errors',
      description:
        'The daily after-approval run failed (reviews not opened, 渐退期 not ended): see the portal-after-approval log group; the next run picks up whatever is still due',
      metric: this.handler.metricErrors({ statistic: 'Sum', period: Duration.days(1) }),
      threshold: 1,
      evaluationPeriods: 1,
    });
  }
}
