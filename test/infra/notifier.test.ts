import { readFileSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { templateIds, templates } from '../../functions/domain/notifications/templates.ts';
import { loadNotifierConfig } from '../../functions/notify/notifier-config.ts';
import {
  failedOutboxPartition,
  outboxShards,
} from '../../functions/store/application-repository.ts';
import {
  applicantTemplateIds,
  notifierEnvironment,
  notifierSettingsFromContext,
  tencentTemplateMapping,
  tencentTemplateRegistrations,
} from '../../infra/lib/notifier-config.ts';
import { fromRepoRoot } from '../../infra/lib/paths.ts';
import { buildStack } from './support/build-stack.ts';
import { expectDeadLetterQueue } from './support/dead-letter-queue.ts';
import {
  buildChinaStack,
  chinaStaffIssuer,
  tencentContext,
  tencentTemplateIds,
} from './support/notifier-fixtures.ts';
import { type Resource, resource } from './support/resources.ts';

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

const emailFrom = 'noreply@dibao.puning.gov.cn';

const variables = (template: Template, fn: 'Stream' | 'Sweep'): Record<string, unknown> => {
  const [, { Properties }] = resource(template, 'AWS::Lambda::Function', `Notifier${fn}Handler`);
  return (Properties.Environment as { Variables: Record<string, unknown> }).Variables;
};

/** Every statement of the policies attached to a notifier function's role. */
function statements(template: Template, fn: 'Stream' | 'Sweep'): Statement[] {
  const [roleId] = resource(template, 'AWS::IAM::Role', `Notifier${fn}HandlerRole`);
  return Object.values(template.findResources('AWS::IAM::Policy') as Record<string, Resource>)
    .filter((p) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}

const actionsOf = (list: Statement[]) => list.flatMap((s) => [s.Action].flat());

/**
 * A function's variables as it sees them once started: tokens turned into text, and the
 * Tencent secret read from the ARN it is given (what withSecrets does at cold start).
 */
const concreteVariables = (vars: Record<string, unknown>, secret = '{}') => {
  const env = Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : 'token',
    ]),
  );
  return 'TENCENT_SMS_SECRET_ARN' in env ? { ...env, TENCENT_SMS_SECRET: secret } : env;
};

let global: Template;
let withEmail: Template;
let china: Template;

beforeAll(() => {
  global = Template.fromStack(buildStack());
  withEmail = Template.fromStack(
    buildStack({
      notifier: notifierSettingsFromContext(
        {
          notifyEmailFrom: emailFrom,
          notifyEmailConfigurationSet: 'portal-notifications',
          staffInboxEmail: 'township-{township}@puning.gov.cn',
        },
        'ap-east-1',
      ),
      alarmEmail: 'ops@puning.gov.cn',
    }),
  );
  china = Template.fromStack(buildChinaStack());
});

describe('notifier stream', () => {
  it('is invoked only for items with a message pending: exactly the outbox shards, never OUTBOX#failed', () => {
    const [, mapping] = resource(
      global,
      'AWS::Lambda::EventSourceMapping',
      'NotifierStreamHandlerDynamoDBEventSourcePuningPortalDataTable[0-9A-F]{8}',
    );
    const filters = (mapping.Properties.FilterCriteria as { Filters: { Pattern: string }[] })
      .Filters;
    expect(filters).toHaveLength(1);
    const shards = Array.from({ length: outboxShards }, (_, n) => `OUTBOX#${n}`);
    expect(shards).toEqual(['OUTBOX#0', 'OUTBOX#1', 'OUTBOX#2', 'OUTBOX#3']);
    expect(JSON.parse(filters[0]?.Pattern ?? '{}')).toEqual({
      dynamodb: { NewImage: { GSI3PK: { S: shards } } },
    });
    expect(filters[0]?.Pattern).not.toContain(failedOutboxPartition);
    // Exact values, no prefix rule that OUTBOX#failed would also match.
    expect(filters[0]?.Pattern).not.toMatch(/prefix|anything-but/);
  });

  it('reads the table stream from the latest record, ten records a batch, reporting failures per record', () => {
    const [functionId] = resource(global, 'AWS::Lambda::Function', 'NotifierStreamHandler');
    const [tableId] = Object.keys(global.findResources('AWS::DynamoDB::Table'));
    global.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionId },
      EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
      StartingPosition: 'LATEST',
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      MaximumRecordAgeInSeconds: 3600,
    });
  });

  it('sets batches that failed every retry aside in an encrypted, TLS-only queue kept 14 days', () => {
    const [queueId, queue] = resource(global, 'AWS::SQS::Queue', 'NotifierStreamDeadLetters');
    global.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
    expectDeadLetterQueue(global, queueId, queue);
    expect(actionsOf(statements(global, 'Stream'))).toContain('sqs:SendMessage');
  });

  it('runs the stream handler with a minute to spare and, by default, no reserved concurrency', () => {
    const [, fn] = resource(global, 'AWS::Lambda::Function', 'NotifierStreamHandler');
    expect(fn.Properties).toMatchObject({ Timeout: 60 });
    expect(fn.Properties.ReservedConcurrentExecutions).toBeUndefined();
    expect(variables(global, 'Stream').POWERTOOLS_SERVICE_NAME).toBe('portal-notifier');
  });
});

describe('notifier sweep', () => {
  it('runs every minute', () => {
    const [functionId] = resource(global, 'AWS::Lambda::Function', 'NotifierSweepHandler');
    global.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 minute)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionId, 'Arn'] } })],
    });
    global.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionId, 'Arn'] },
      Principal: 'events.amazonaws.com',
    });
  });

  it('runs for up to 5 minutes and drops a run that could not start within a minute', () => {
    const [functionId, fn] = resource(global, 'AWS::Lambda::Function', 'NotifierSweepHandler');
    expect(fn.Properties).toMatchObject({ Timeout: 300 });
    global.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId },
      MaximumRetryAttempts: 0,
      MaximumEventAgeInSeconds: 60,
    });
  });
});

describe('both notifier functions', () => {
  it('read and write the table they learn from TABLE_NAME', () => {
    const [tableId] = Object.keys(global.findResources('AWS::DynamoDB::Table'));
    for (const fn of ['Stream', 'Sweep'] as const) {
      expect(variables(global, fn).TABLE_NAME).toEqual({ Ref: tableId });
      expect(actionsOf(statements(global, fn))).toEqual(
        expect.arrayContaining(['dynamodb:Query', 'dynamodb:GetItem', 'dynamodb:UpdateItem']),
      );
    }
  });

  it('link every message to the site the stack serves (NOTIFY_SITE_ORIGIN)', () => {
    for (const template of [global, china])
      for (const fn of ['Stream', 'Sweep'] as const) {
        const origin = JSON.stringify(variables(template, fn).NOTIFY_SITE_ORIGIN);
        expect(origin).toContain('https://');
        expect(origin).toMatch(/Distribution|puning/);
      }
  });

  it('get variables the notifier accepts at start-up', () => {
    for (const template of [global, withEmail, china]) {
      for (const fn of ['Stream', 'Sweep'] as const) {
        const env = concreteVariables(variables(template, fn), '{"secretId":"a","secretKey":"b"}');
        expect(() => loadNotifierConfig(env)).not.toThrow();
      }
    }
  });
});

describe('channels in AWS global regions', () => {
  it('sends text messages through Amazon SNS, allowed to publish', () => {
    for (const fn of ['Stream', 'Sweep'] as const) {
      expect(variables(global, fn)).toMatchObject({ NOTIFY_SMS_PROVIDER: 'sns' });
      expect(actionsOf(statements(global, fn))).toContain('sns:Publish');
    }
  });

  it('has no email provider and no SES permission without notifyEmailFrom', () => {
    for (const fn of ['Stream', 'Sweep'] as const) {
      expect(variables(global, fn)).toMatchObject({ NOTIFY_EMAIL_PROVIDER: 'none' });
      expect(variables(global, fn)).not.toHaveProperty('NOTIFY_EMAIL_FROM');
      expect(actionsOf(statements(global, fn)).filter((a) => a.startsWith('ses:'))).toEqual([]);
    }
  });

  it('sends email through SES from notifyEmailFrom, allowed only for its identity and configuration set', () => {
    const arn = (resourcePath: string) => ({
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':ses:',
          { Ref: 'AWS::Region' },
          ':',
          { Ref: 'AWS::AccountId' },
          `:${resourcePath}`,
        ],
      ],
    });
    for (const fn of ['Stream', 'Sweep'] as const) {
      expect(variables(withEmail, fn)).toMatchObject({
        NOTIFY_SMS_PROVIDER: 'sns',
        NOTIFY_EMAIL_PROVIDER: 'ses',
        NOTIFY_EMAIL_FROM: emailFrom,
        STAFF_INBOX_EMAIL: 'township-{township}@puning.gov.cn',
      });
      const ses = statements(withEmail, fn).filter((s) =>
        [s.Action].flat().some((a) => a.startsWith('ses:')),
      );
      expect(ses).toHaveLength(1);
      expect(ses[0]?.Action).toBe('ses:SendEmail');
      expect(ses[0]?.Resource).toEqual(
        expect.arrayContaining([
          arn(`identity/${emailFrom}`),
          arn('identity/dibao.puning.gov.cn'),
          arn('configuration-set/portal-notifications'),
        ]),
      );
      expect(ses[0]?.Resource).toHaveLength(3);
    }
  });
});

describe('channels in AWS China regions', () => {
  it('sends text messages through Tencent Cloud SMS with the configured app, signature and templates', () => {
    for (const fn of ['Stream', 'Sweep'] as const) {
      const vars = variables(china, fn);
      expect(vars).toMatchObject({
        NOTIFY_SMS_PROVIDER: 'tencent',
        NOTIFY_EMAIL_PROVIDER: 'none',
        TENCENT_SMS_APP_ID: '1400123456',
        TENCENT_SMS_SIGN_NAME: '普宁市民政局',
        TENCENT_SMS_REGION: 'ap-guangzhou',
      });
      expect(JSON.parse(String(vars.TENCENT_SMS_TEMPLATE_IDS))).toEqual(tencentTemplateIds);
    }
  });

  it('lets both functions read the TencentSmsCredentials secret when they start, never holding its value in their configuration', () => {
    const [secretId, secret] = resource(
      china,
      'AWS::SecretsManager::Secret',
      'NotifierTencentSmsCredentials',
    );
    const generate = secret.Properties.GenerateSecretString as {
      SecretStringTemplate: string;
      GenerateStringKey: string;
    };
    expect(JSON.parse(generate.SecretStringTemplate)).toHaveProperty('secretId');
    expect(generate.GenerateStringKey).toBe('secretKey');
    for (const fn of ['Stream', 'Sweep'] as const) {
      expect(variables(china, fn).TENCENT_SMS_SECRET_ARN).toEqual({ Ref: secretId });
      expect(variables(china, fn).TENCENT_SMS_SECRET).toBeUndefined();
      expect(JSON.stringify(variables(china, fn))).not.toContain('resolve:secretsmanager');
      expect(statements(china, fn)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            Action: expect.arrayContaining(['secretsmanager:GetSecretValue']),
            Resource: { Ref: secretId },
          }),
        ]),
      );
    }
    china.hasOutput('TencentSmsSecretArn', { Value: { Ref: secretId } });
  });

  it('reads the named secret version when tencentSmsSecretVersion is given', () => {
    const pinned = Template.fromStack(
      buildChinaStack({ tencentSmsSecretVersion: 'b8e0f2a4-0000-4000-8000-000000000001' }),
    );
    expect(variables(pinned, 'Stream').TENCENT_SMS_SECRET_VERSION).toBe(
      'b8e0f2a4-0000-4000-8000-000000000001',
    );
  });

  it('creates no Tencent secret in AWS global regions', () => {
    const secrets = Object.keys(global.findResources('AWS::SecretsManager::Secret'));
    expect(secrets.filter((id) => id.startsWith('NotifierTencent'))).toEqual([]);
    expect(Object.keys(global.findOutputs('*'))).not.toContain('TencentSmsSecretArn');
  });

  it('refuses SNS text messages in a China region', () => {
    expect(() =>
      buildStack({
        env: { account: '111111111111', region: 'cn-north-1' },
        staffIssuer: chinaStaffIssuer,
      }),
    ).toThrow(/Amazon SNS text messages and Amazon SES are not available in cn-north-1/);
  });
});

describe('alarms', () => {
  const topicRef = () => ({ Ref: resource(global, 'AWS::SNS::Topic', 'AlarmsTopic')[0] });

  it('fire when the dead-letter queue holds a batch', () => {
    const [queueId] = resource(global, 'AWS::SQS::Queue', 'NotifierStreamDeadLetters');
    global.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Threshold: 1,
      AlarmActions: [topicRef()],
    });
  });

  it('fire when a message fails, counted by a metric filter on both notifier log groups', () => {
    expect(readFileSync(fromRepoRoot('functions/notify/drain.ts'), 'utf8')).toContain(
      "logger.error('message failed'",
    );
    const filters = Object.values(
      global.findResources('AWS::Logs::MetricFilter', {
        Properties: { FilterPattern: '{ $.message = "message failed" }' },
      }) as Record<string, Resource>,
    ).map((f) => f.Properties);
    const logGroups = ['Stream', 'Sweep'].map((fn) => ({
      Ref: resource(global, 'AWS::Logs::LogGroup', `Notifier${fn}HandlerLogs`)[0],
    }));
    expect(filters.map((f) => f.LogGroupName)).toEqual(logGroups);
    const [metric] = (filters[0]?.MetricTransformations ?? []) as {
      MetricName: string;
      MetricNamespace: string;
    }[];
    for (const filter of filters) {
      expect(filter.MetricTransformations).toEqual([{ ...metric, MetricValue: '1' }]);
    }
    global.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: metric?.MetricNamespace,
      MetricName: metric?.MetricName,
      Statistic: 'Sum',
      Period: 300,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Threshold: 1,
      EvaluationPeriods: 1,
      AlarmActions: [topicRef()],
    });
  });

  it('fire when the stream is read more than 5 minutes late', () => {
    const [functionId] = resource(global, 'AWS::Lambda::Function', 'NotifierStreamHandler');
    global.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'IteratorAge',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }],
      Statistic: 'Maximum',
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 300_000,
      AlarmActions: [topicRef()],
    });
  });

  it('fire when either notifier function fails, and on API 5xx', () => {
    for (const fn of ['Stream', 'Sweep']) {
      const [functionId] = resource(global, 'AWS::Lambda::Function', `Notifier${fn}Handler`);
      global.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }],
        Threshold: 1,
      });
    }
    global.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
      AlarmActions: [topicRef()],
    });
  });

  it('all notify the operators when they fire and when they clear, named after the stack', () => {
    const alarms = Object.values(
      global.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>,
    ).map((a) => a.Properties);
    expect(alarms.length).toBeGreaterThanOrEqual(7);
    for (const alarm of alarms) {
      expect(alarm.AlarmName).toMatch(/^PuningPortal-/);
      expect(alarm.AlarmActions).toEqual([topicRef()]);
      expect(alarm.OKActions).toEqual([topicRef()]);
      expect(alarm.TreatMissingData).toBe('notBreaching');
      expect(String(alarm.AlarmDescription).length).toBeGreaterThan(40);
    }
  });

  it('go to a KMS-encrypted, TLS-only topic that CloudWatch may use for these alarms only', () => {
    const [topicId, topic] = resource(global, 'AWS::SNS::Topic', 'AlarmsTopic');
    const [keyId, key] = resource(global, 'AWS::KMS::Key', 'AlarmsTopicKey');
    expect(topic.Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    expect(key.Properties.EnableKeyRotation).toBe(true);
    const sourceArn = {
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':cloudwatch:',
          { Ref: 'AWS::Region' },
          ':',
          { Ref: 'AWS::AccountId' },
          ':alarm:PuningPortal-*',
        ],
      ],
    };
    const conditions = {
      StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
      ArnLike: { 'aws:SourceArn': sourceArn },
    };
    global.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sns:Publish',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          Match.objectLike({
            Effect: 'Allow',
            Action: 'sns:Publish',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Condition: conditions,
          }),
        ]),
      },
    });
    expect(key.Properties.KeyPolicy).toMatchObject({
      Statement: expect.arrayContaining([
        expect.objectContaining({
          Principal: { Service: 'cloudwatch.amazonaws.com' },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          Condition: conditions,
        }),
      ]),
    });
  });

  it('email alarmEmail when given, and no one otherwise', () => {
    global.resourceCountIs('AWS::SNS::Subscription', 0);
    withEmail.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@puning.gov.cn',
    });
  });

  it('are the same in a China region', () => {
    const names = (template: Template) =>
      Object.values(template.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>)
        .map((a) => String(a.Properties.AlarmName))
        .sort();
    expect(names(china)).toEqual(names(global));
  });
});

describe('outputs', () => {
  it('give the dead-letter queue URL and the alarm topic ARN', () => {
    const [queueId] = resource(global, 'AWS::SQS::Queue', 'NotifierStreamDeadLetters');
    const [topicId] = resource(global, 'AWS::SNS::Topic', 'AlarmsTopic');
    global.hasOutput('NotifierDeadLetterQueueUrl', { Value: { Ref: queueId } });
    global.hasOutput('AlarmTopicArn', { Value: { Ref: topicId } });
  });
});

describe('notifierSettingsFromContext', () => {
  it('chooses SNS text messages and no email in AWS global regions and when the region is unknown', () => {
    for (const region of ['ap-east-1', 'us-east-1', undefined]) {
      expect(notifierSettingsFromContext({}, region)).toEqual({ sms: { provider: 'sns' } });
    }
    expect(notifierSettingsFromContext({ notifySmsSenderId: 'PUNING' }, 'eu-west-1')).toEqual({
      sms: { provider: 'sns', senderId: 'PUNING' },
    });
    const signed = notifierSettingsFromContext({ notifySmsSignature: '普宁民政' }, 'eu-west-1');
    expect(notifierEnvironment(signed)).toMatchObject({ NOTIFY_SMS_SIGNATURE: '普宁民政' });
  });

  it('adds SES email when notifyEmailFrom is given', () => {
    expect(notifierSettingsFromContext({ notifyEmailFrom: emailFrom }, 'ap-east-1')).toEqual({
      sms: { provider: 'sns' },
      email: { from: emailFrom },
    });
    expect(() => notifierSettingsFromContext({ notifyEmailFrom: 'noreply' }, 'ap-east-1')).toThrow(
      'notifyEmailFrom must be an email address',
    );
  });

  it('chooses Tencent Cloud SMS in AWS China regions', () => {
    for (const region of ['cn-north-1', 'cn-northwest-1']) {
      expect(notifierSettingsFromContext(tencentContext, region)).toEqual({
        sms: {
          provider: 'tencent',
          appId: '1400123456',
          signName: '普宁市民政局',
          region: 'ap-guangzhou',
          templateIds: tencentTemplateIds,
        },
      });
    }
  });

  it('refuses an AWS China region without the Tencent values, naming the missing ones', () => {
    expect(() => notifierSettingsFromContext({}, 'cn-north-1')).toThrow(
      'missing: tencentSmsAppId, tencentSmsSignName, tencentSmsTemplateIds',
    );
    expect(() =>
      notifierSettingsFromContext({ tencentSmsAppId: '1400123456' }, 'cn-northwest-1'),
    ).toThrow('missing: tencentSmsSignName, tencentSmsTemplateIds');
  });

  it('refuses SNS and SES in AWS China regions', () => {
    expect(() =>
      notifierSettingsFromContext({ ...tencentContext, notifySmsProvider: 'sns' }, 'cn-north-1'),
    ).toThrow(/SNS text messages are not available in the AWS China regions/);
    expect(() =>
      notifierSettingsFromContext({ ...tencentContext, notifyEmailFrom: emailFrom }, 'cn-north-1'),
    ).toThrow(/SES is not available in the AWS China regions/);
  });

  it('uses Tencent Cloud SMS in a global region when asked to, with SES email beside it', () => {
    expect(
      notifierSettingsFromContext(
        {
          ...tencentContext,
          notifySmsProvider: 'tencent',
          notifyEmailFrom: emailFrom,
          tencentSmsRegion: 'ap-beijing',
        },
        'ap-east-1',
      ),
    ).toMatchObject({
      sms: { provider: 'tencent', region: 'ap-beijing' },
      email: { from: emailFrom },
    });
    expect(() => notifierSettingsFromContext({ notifySmsProvider: 'sms' }, 'ap-east-1')).toThrow(
      'notifySmsProvider must be sns or tencent',
    );
  });

  it('takes a staff inbox only with an email provider', () => {
    expect(
      notifierSettingsFromContext(
        { notifyEmailFrom: emailFrom, staffInboxEmail: 'township-{township}@puning.gov.cn' },
        'ap-east-1',
      ).staffInboxEmail,
    ).toBe('township-{township}@puning.gov.cn');
    expect(() =>
      notifierSettingsFromContext({ staffInboxEmail: 'staff@puning.gov.cn' }, 'ap-east-1'),
    ).toThrow('staffInboxEmail needs an email provider');
    expect(() =>
      notifierSettingsFromContext(
        { ...tencentContext, staffInboxEmail: 'staff@puning.gov.cn' },
        'cn-north-1',
      ),
    ).toThrow('staffInboxEmail needs an email provider');
  });
});

describe('tencentSmsTemplateIds', () => {
  it('must name every applicant template, and may leave out the staff ones', () => {
    const staff = templateIds.filter((id) => templates[id].audience === 'staff');
    expect(staff.length).toBeGreaterThan(0);
    expect(applicantTemplateIds).toEqual(templateIds.filter((id) => !staff.includes(id)));
    expect(tencentTemplateMapping(tencentContext.tencentSmsTemplateIds)).toEqual(
      tencentTemplateIds,
    );
    const { received: _, confirmed: __, ...partial } = tencentTemplateIds;
    expect(() => tencentTemplateMapping(JSON.stringify(partial))).toThrow(
      'lacks a Tencent template for: received, confirmed',
    );
  });

  it('refuses template ids we do not have and Tencent ids that are not digits', () => {
    expect(() =>
      tencentTemplateMapping({ ...tencentTemplateIds, approved: '2200999', Received: '1' }),
    ).toThrow('names templates that do not exist: approved, Received');
    expect(() =>
      tencentTemplateMapping({ ...tencentTemplateIds, withdrawn: 'SMS_123', rejected: '' }),
    ).toThrow('must give a Tencent template id (digits) for: rejected, withdrawn');
  });

  it('accepts an object from cdk.json, numbers as ids, and refuses what is not a JSON object', () => {
    const numeric = Object.fromEntries(
      Object.entries(tencentTemplateIds).map(([id, tencent]) => [id, Number(tencent)]),
    );
    expect(tencentTemplateMapping(numeric)).toEqual(tencentTemplateIds);
    expect(
      notifierSettingsFromContext(
        { ...tencentContext, tencentSmsTemplateIds: tencentTemplateIds },
        'cn-north-1',
      ).sms,
    ).toMatchObject({ templateIds: tencentTemplateIds });
    expect(() => tencentTemplateMapping('{received: 1}')).toThrow('must be JSON');
    expect(() => tencentTemplateMapping('["received"]')).toThrow('must be a JSON object');
  });

  it('are registered with the Chinese wording, each parameter used once as {n}', () => {
    const registrations = tencentTemplateRegistrations();
    expect(registrations.map((r) => r.id)).toEqual(applicantTemplateIds);
    for (const { id, params, text } of registrations) {
      expect(params, id).toEqual(templates[id].smsParams);
      expect(text.match(/\{\d+\}/g)?.sort(), `${id}: ${text}`).toEqual(
        params.map((_, n) => `{${n + 1}}`).sort(),
      );
    }
  });

  it('reaches the functions as TENCENT_SMS_TEMPLATE_IDS', () => {
    const env = notifierEnvironment(notifierSettingsFromContext(tencentContext, 'cn-north-1'));
    expect(JSON.parse(env.TENCENT_SMS_TEMPLATE_IDS ?? '{}')).toEqual(tencentTemplateIds);
  });
});

describe('docs/notifications.md', () => {
  it('lists every applicant template with its SMS parameters in registered order', () => {
    const doc = readFileSync(fromRepoRoot('docs/notifications.md'), 'utf8');
    for (const id of applicantTemplateIds) {
      const params = templates[id].smsParams.map((name, n) => `{${n + 1}} ${name}`).join(', ');
      expect(doc, id).toContain(`| \`${id}\` | ${params} |`);
    }
  });
});
