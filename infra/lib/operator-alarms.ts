import { ArnFormat, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  Alarm,
  type AlarmProps,
  ComparisonOperator,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface OperatorAlarmsProps {
  /** An address subscribed to the topic (it must confirm the subscription email). */
  readonly email?: string;
}

export interface OperatorAlarmProps
  extends Pick<AlarmProps, 'metric' | 'threshold' | 'evaluationPeriods' | 'datapointsToAlarm'> {
  /** Short, kebab case; the alarm is named `<stack>-<name>`. */
  readonly name: string;
  /** What it means and what to do: operators read it in the notification. */
  readonly description: string;
  /** `>=` threshold unless told otherwise. */
  readonly comparison?: ComparisonOperator;
}

/**
 * The operators' alarm topic (KMS-encrypted, TLS only) and the alarms that notify it.
 * Every alarm is named `<stack>-<name>`; CloudWatch may publish for those alarms only.
 */
export class OperatorAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  private readonly prefix: string;

  constructor(scope: Construct, id: string, props: OperatorAlarmsProps = {}) {
    super(scope, id);
    const stack = Stack.of(this);
    this.prefix = stack.stackName;

    const key = new Key(this, 'TopicKey', {
      description: 'Encrypts the operator alarm topic of the Puning portal',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.topic = new Topic(this, 'Topic', {
      displayName: 'Puning portal alarms',
      masterKey: key,
      enforceSSL: true,
    });

    // An encrypted topic receives alarms only if CloudWatch may use its key; both grants
    // are limited to this stack's alarms (confused-deputy conditions).
    const conditions = {
      StringEquals: { 'aws:SourceAccount': stack.account },
      ArnLike: {
        'aws:SourceArn': stack.formatArn({
          service: 'cloudwatch',
          resource: 'alarm',
          resourceName: `${this.prefix}-*`,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      },
    };
    const cloudWatch = new ServicePrincipal('cloudwatch.amazonaws.com');
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [cloudWatch],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions,
      }),
    );
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [cloudWatch],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions,
      }),
    );

    if (props.email !== undefined) {
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(props.email)) {
        throw new Error(`alarmEmail must be an email address; got ${props.email}`);
      }
      this.topic.addSubscription(new EmailSubscription(props.email));
    }
  }

  /** An alarm on `metric` that notifies the topic when it fires and when it clears. */
  add(id: string, props: OperatorAlarmProps): Alarm {
    const alarm = new Alarm(this, id, {
      alarmName: `${this.prefix}-${props.name}`,
      alarmDescription: props.description,
      metric: props.metric,
      threshold: props.threshold,
      evaluationPeriods: props.evaluationPeriods,
      datapointsToAlarm: props.datapointsToAlarm,
      comparisonOperator: props.comparison ?? ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      // No data means nothing happened: no failures, no messages waiting.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
    return alarm;
  }
}
