import { Duration, Stack } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { counterDriftLogMessage } from '../../functions/store/counter-reconcile.ts';
import { PortalFunction } from './lambda-function.ts';
import type { OperatorAlarms } from './operator-alarms.ts';

export interface PortalCountersProps {
  readonly table: ITable;
  readonly alarms: OperatorAlarms;
}

/**
 * The dashboard's counters are kept by the notifier's drain (functions/notify/drain.ts);
 * this adds their weekly reconcile: a function that recomputes every counter item
 * from the applications (functions/store/counter-reconcile.ts), Mondays 03:00 in
 * Puning (Sunday 19:00 UTC), when staff are not at work. It reads the whole table, so
 * it has the longest timeout Lambda allows and runs one at a time. Its errors and any
 * drift it found reach the operators.
 */
export class PortalCounters extends Construct {
  readonly reconcileHandler: PortalFunction;

  constructor(scope: Construct, id: string, props: PortalCountersProps) {
    super(scope, id);
    this.reconcileHandler = new PortalFunction(this, 'ReconcileHandler', {
      entry: 'functions/handlers/counters-reconcile.ts',
      serviceName: 'portal-counters',
      description:
        "Puning portal: weekly, sets the dashboard's counters right from the applications",
      timeout: Duration.minutes(15),
      memorySize: 1024,
    }).bindTable(props.table);
    // A missed week is caught by the next one; a retry of a 15-minute scan is not worth it.
    this.reconcileHandler.configureAsyncInvoke({ retryAttempts: 0 });

    new Rule(this, 'ReconcileSchedule', {
      description:
        "Recomputes the Puning portal dashboard's counters every Monday 03:00 Asia/Shanghai",
      schedule: Schedule.cron({ weekDay: 'SUN', hour: '19', minute: '0' }),
      targets: [new LambdaFunction(this.reconcileHandler, { retryAttempts: 0 })],
    });

    const namespace = `${Stack.of(this).stackName}/Counters`;
    new MetricFilter(this, 'DriftFilter', {
      logGroup: this.reconcileHandler.logGroup,
      metricNamespace: namespace,
      metricName: 'CounterDrift',
      filterPattern: FilterPattern.stringValue('$.message', '=', counterDriftLogMessage),
      metricValue: '1',
    });
    const oneDay = Duration.days(1);
    props.alarms.add('CounterDriftAlarm', {
      name: 'counter-drift',
      description:
        'The weekly reconcile found dashboard counters that differed from the applications and set them right. ' +
        'Once after a deploy with counters (the backfill) it is expected; otherwise find "counter drift" in the ' +
        'portal-counters logs and look for drains that failed (docs/decisions.md, Counters)',
      metric: new Metric({
        namespace,
        metricName: 'CounterDrift',
        statistic: 'Sum',
        period: oneDay,
      }),
      threshold: 1,
      evaluationPeriods: 1,
    });
    props.alarms.add('CounterReconcileErrorsAlarm', {
      name: 'counter-reconcile-errors',
      description:
        'The weekly counter reconcile failed or timed out: see the portal-counters logs; run `npm run counters:reconcile` by hand',
      metric: this.reconcileHandler.metricErrors({ statistic: 'Sum', period: oneDay }),
      threshold: 1,
      evaluationPeriods: 1,
    });
  }
}
