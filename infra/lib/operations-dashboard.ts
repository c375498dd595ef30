import { Duration, Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  type Alarm,
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TextWidget,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** The period of every dashboard graph and of the alarms built from these metrics. */
export const dashboardPeriod = Duration.minutes(5);

export interface OperationsDashboardProps {
  readonly httpApi: HttpApi;
  /** The functions shown, by the name operators know them under. */
  readonly functions: Readonly<Record<string, IFunction>>;
  readonly table: Table;
  readonly deadLetterQueue: IQueue;
  /** The notifier stream function: its IteratorAge is how late it reads the table. */
  readonly streamFunction: IFunction;
  /** "message failed" and "drain failed" counts from the notifier log metric filters. */
  readonly failedMessages: IMetric;
  readonly drainFailures: IMetric;
  /** Shown as an alarm status row at the top. */
  readonly alarms: readonly Alarm[];
}

/**
 * Read and write throttle events of the table and its indexes (on-demand tables still
 * throttle past their partition and account limits).
 */
export function tableThrottles(table: Table, label = 'Throttle events'): MathExpression {
  const events = (metricName: string) =>
    table.metric(metricName, { statistic: 'Sum', period: dashboardPeriod });
  return new MathExpression({
    expression: 'FILL(r, 0) + FILL(w, 0)',
    usingMetrics: { r: events('ReadThrottleEvents'), w: events('WriteThrottleEvents') },
    label,
    period: dashboardPeriod,
  });
}

/**
 * The operators' dashboard `<stack>-operations`: alarm states, then the API (requests,
 * 4xx, 5xx, latency), the functions (errors, duration, throttles), the table (consumed
 * capacity, throttles) and the notifier (dead letters, failed messages, stream lag).
 */
export class OperationsDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsDashboardProps) {
    super(scope, id);
    const period = dashboardPeriod;
    const sum = { statistic: 'Sum', period };
    const fns = Object.entries(props.functions);
    const perFunction = (metric: (fn: IFunction) => IMetric) =>
      fns.map(([name, fn]) => withLabel(metric(fn), name));
    const graph = (title: string, left: IMetric[], width = 8) =>
      new GraphWidget({ title, left, width, height: 6, period });

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `${Stack.of(this).stackName}-operations`,
      defaultInterval: Duration.hours(3),
    });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown:
          '# Puning portal operations\nAlarms notify the operators topic; runbooks: docs/notifications.md and docs/deploy.md.',
        width: 24,
        height: 2,
      }),
    );
    this.dashboard.addWidgets(
      new AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 24, height: 4 }),
    );

    const api = props.httpApi;
    this.dashboard.addWidgets(
      graph('API requests', [withLabel(api.metricCount(sum), 'Requests')]),
      graph('API errors', [
        withLabel(api.metricClientError(sum), '4xx'),
        withLabel(api.metricServerError(sum), '5xx'),
      ]),
      graph(
        'API latency (ms)',
        ['p50', 'p90', 'p99'].map((statistic) =>
          withLabel(api.metricLatency({ statistic, period }), `Latency ${statistic}`),
        ),
      ),
    );
    this.dashboard.addWidgets(
      graph(
        'Function errors',
        perFunction((fn) => fn.metricErrors(sum)),
      ),
      graph(
        'Function duration p99 (ms)',
        perFunction((fn) => fn.metricDuration({ statistic: 'p99', period })),
      ),
      graph(
        'Function throttles',
        perFunction((fn) => fn.metricThrottles(sum)),
      ),
    );
    const table = props.table;
    this.dashboard.addWidgets(
      graph(
        'Table consumed capacity',
        [
          withLabel(table.metricConsumedReadCapacityUnits(sum), 'Read units'),
          withLabel(table.metricConsumedWriteCapacityUnits(sum), 'Write units'),
        ],
        12,
      ),
      graph('Table throttles', [tableThrottles(table)], 12),
    );
    this.dashboard.addWidgets(
      graph('Notifier dead-letter queue depth', [
        withLabel(
          props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
            statistic: 'Maximum',
            period,
          }),
          'Batches set aside',
        ),
      ]),
      graph('Notifier messages given up', [
        withLabel(props.failedMessages, 'message failed'),
        withLabel(props.drainFailures, 'drain failed'),
      ]),
      graph('Notifier stream iterator age (ms)', [
        withLabel(
          props.streamFunction.metric('IteratorAge', { statistic: 'Maximum', period }),
          'Iterator age',
        ),
      ]),
    );
  }
}

function withLabel(metric: IMetric, label: string): IMetric {
  return metric instanceof Metric || metric instanceof MathExpression
    ? metric.with({ label })
    : metric;
}
