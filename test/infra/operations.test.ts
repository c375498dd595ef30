import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildStack } from './support/build-stack.ts';

type Resource = { Type: string; Properties: Record<string, unknown> };

let template: Template;
/** The dashboard body with every reference replaced by `<ref>`: the JSON CloudWatch gets. */
let body: string;
let widgets: { type: string; properties: Record<string, unknown> }[];

beforeAll(() => {
  template = Template.fromStack(buildStack());
  const [dashboard] = Object.values(
    template.findResources('AWS::CloudWatch::Dashboard') as Record<string, Resource>,
  );
  const raw = dashboard?.Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] };
  body = raw['Fn::Join'][1].map((part) => (typeof part === 'string' ? part : '<ref>')).join('');
  widgets = (JSON.parse(body) as { widgets: typeof widgets }).widgets;
});

const alarms = () =>
  Object.values(template.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>).map(
    (a) => a.Properties,
  );

/** Every metric of the graph titled `title`, as [namespace, name] pairs. */
function graphMetrics(title: string): string[][] {
  const widget = widgets.find((w) => w.properties.title === title);
  expect(widget, title).toBeDefined();
  const metrics = (widget?.properties.metrics ?? []) as unknown[][];
  return metrics.map((m) => m.filter((part) => typeof part === 'string').slice(0, 2) as string[]);
}

describe('operations dashboard', () => {
  it('is one dashboard named after the stack', () => {
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    template.hasResourceProperties('AWS::CloudWatch::Dashboard', {
      DashboardName: 'PuningPortal-operations',
    });
    template.hasOutput('DashboardName', {
      Value: { Ref: Match.stringLikeRegexp('^OperationsDashboard') },
    });
  });

  it('shows the HTTP API requests, 4xx, 5xx and latency percentiles', () => {
    expect(graphMetrics('API requests')).toEqual([['AWS/ApiGateway', 'Count']]);
    expect(graphMetrics('API errors')).toEqual([
      ['AWS/ApiGateway', '4xx'],
      ['AWS/ApiGateway', '5xx'],
    ]);
    expect(body).toContain('"stat":"p99"');
    expect(graphMetrics('API latency (ms)')).toHaveLength(3);
  });

  it('shows errors, duration and throttles of both API functions, both notifier functions, the document expiry, the after-approval job, the counter reconcile and the export worker', () => {
    for (const [title, metric] of [
      ['Function errors', 'Errors'],
      ['Function duration p99 (ms)', 'Duration'],
      ['Function throttles', 'Throttles'],
    ] as const) {
      expect(graphMetrics(title)).toEqual([
        ['AWS/Lambda', metric],
        ['AWS/Lambda', metric],
        ['AWS/Lambda', metric],
        ['AWS/Lambda', metric],
        ['AWS/Lambda', metric],
        ['AWS/Lambda', metric],
        ['AWS/Lambda', metric],
        ['AWS/Lambda', metric],
      ]);
    }
  });

  it('shows the table consumed capacity and throttles', () => {
    expect(graphMetrics('Table consumed capacity')).toEqual([
      ['AWS/DynamoDB', 'ConsumedReadCapacityUnits'],
      ['AWS/DynamoDB', 'ConsumedWriteCapacityUnits'],
    ]);
    const throttles = JSON.stringify(widgets.find((w) => w.properties.title === 'Table throttles'));
    expect(throttles).toContain('ReadThrottleEvents');
    expect(throttles).toContain('WriteThrottleEvents');
  });

  it('shows the dead-letter queue depth, the failed messages and the stream iterator age', () => {
    expect(graphMetrics('Notifier dead-letter queue depth')).toEqual([
      ['AWS/SQS', 'ApproximateNumberOfMessagesVisible'],
    ]);
    expect(graphMetrics('Notifier messages given up')).toEqual([
      ['PuningPortal/Notifier', 'FailedMessages'],
      ['PuningPortal/Notifier', 'DrainFailures'],
    ]);
    expect(graphMetrics('Notifier stream iterator age (ms)')).toEqual([
      ['AWS/Lambda', 'IteratorAge'],
    ]);
  });

  it('shows the state of every alarm', () => {
    const status = widgets.find((w) => w.type === 'alarm');
    expect(status?.properties.alarms).toHaveLength(alarms().length);
  });
});

describe('operator alarms', () => {
  it('cover DLQ depth, failed messages, 5xx, throttles, Lambda errors, API latency and lockouts', () => {
    expect(
      alarms()
        .map((a) => a.AlarmName)
        .sort(),
    ).toEqual([
      'PuningPortal-after-approval-errors',
      'PuningPortal-api-function-errors',
      'PuningPortal-api-latency',
      'PuningPortal-api-server-errors',
      'PuningPortal-counter-drift',
      'PuningPortal-counter-reconcile-errors',
      'PuningPortal-document-expiry-dead-letters',
      'PuningPortal-document-expiry-errors',
      'PuningPortal-export-worker-errors',
      'PuningPortal-function-throttles',
      'PuningPortal-notifier-dead-letters',
      'PuningPortal-notifier-drain-failures',
      'PuningPortal-notifier-failed-messages',
      'PuningPortal-notifier-stream-behind',
      'PuningPortal-notifier-stream-errors',
      'PuningPortal-notifier-sweep-errors',
      'PuningPortal-staff-api-latency',
      'PuningPortal-status-lockouts',
      'PuningPortal-table-throttles',
    ]);
  });

  it('fire on any throttled invocation of an API or the notifier stream function, not the sweep', () => {
    const [alarm] = alarms().filter((a) => a.AlarmName === 'PuningPortal-function-throttles');
    const metrics = JSON.stringify(alarm?.Metrics);
    expect(metrics.match(/"MetricName":"Throttles"/g)).toHaveLength(3);
    expect(metrics).not.toContain('SweepHandler');
    expect(alarm).toMatchObject({
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('fire when the table throttles reads or writes 10 times in 5 minutes', () => {
    const [alarm] = alarms().filter((a) => a.AlarmName === 'PuningPortal-table-throttles');
    const metrics = JSON.stringify(alarm?.Metrics);
    expect(metrics).toContain('ReadThrottleEvents');
    expect(metrics).toContain('WriteThrottleEvents');
    expect(alarm).toMatchObject({ Threshold: 10, EvaluationPeriods: 1 });
  });

  it('fire when the API functions together fail 5 times in 5 minutes', () => {
    const [alarm] = alarms().filter((a) => a.AlarmName === 'PuningPortal-api-function-errors');
    const metrics = JSON.stringify(alarm?.Metrics);
    expect(metrics.match(/"MetricName":"Errors"/g)).toHaveLength(2);
    expect(metrics).toContain('ApiHandler');
    expect(metrics).toContain('ApiStaffHandler');
    expect(metrics.match(/"Period":300/g)).toHaveLength(2);
    expect(alarm).toMatchObject({ Threshold: 5, EvaluationPeriods: 1 });
  });
});
