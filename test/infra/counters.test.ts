import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PortalStack } from '../../infra/lib/portal-stack.ts';
import { buildStack } from './support/build-stack.ts';
import { buildChinaStack } from './support/notifier-fixtures.ts';
import { type Resource, resource } from './support/resources.ts';

// The dashboard's counters (issue 21 item 4): the weekly reconcile, in each partition.

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

const partitions: [string, () => PortalStack][] = [
  ['a global region', () => buildStack()],
  ['an AWS China region', () => buildChinaStack()],
];

describe.each(partitions)('in %s', (_name, build) => {
  let template: Template;
  beforeAll(() => {
    template = Template.fromStack(build());
  });

  it('runs the counter reconcile every Monday 03:00 in Puning, for up to 15 minutes', () => {
    const [functionId, fn] = resource(
      template,
      'AWS::Lambda::Function',
      'CountersReconcileHandler',
    );
    expect(fn.Properties).toMatchObject({ Timeout: 900, MemorySize: 1024 });
    const [tableId] = Object.keys(template.findResources('AWS::DynamoDB::Table'));
    expect(fn.Properties.Environment).toMatchObject({
      Variables: { TABLE_NAME: { Ref: tableId } },
    });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0 19 ? * SUN *)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionId, 'Arn'] } })],
    });
  });

  it('lets it read and write the table, and nothing else of the stack', () => {
    const [roleId] = resource(template, 'AWS::IAM::Role', 'CountersReconcileHandlerRole');
    const statements = Object.values(
      template.findResources('AWS::IAM::Policy') as Record<string, Resource>,
    )
      .filter((p) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
      .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(
      expect.arrayContaining(['dynamodb:Scan', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
    );
    expect(actions.filter((a) => !/^(dynamodb|kms|logs):/.test(a))).toEqual([]);
  });

  it('alarms the operators on drift found and on a failed run', () => {
    for (const name of ['counter-drift', 'counter-reconcile-errors'])
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        AlarmName: Match.stringLikeRegexp(`-${name}$`),
        AlarmActions: Match.anyValue(),
      });
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ $.message = "counter drift" }',
      MetricTransformations: [Match.objectLike({ MetricName: 'CounterDrift' })],
    });
  });
});
