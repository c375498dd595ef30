import { DefaultStackSynthesizer, Stack, Token } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge, cfnReference } from './nag.ts';

export interface SiteDeploymentProps {
  readonly siteDirectory: string;
  readonly bucket: Bucket;
  readonly distribution: IDistribution;
}

/** Copies the built site into the bucket on deploy, then invalidates CloudFront. */
export class SiteDeployment extends Construct {
  constructor(scope: Construct, id: string, props: SiteDeploymentProps) {
    super(scope, id);

    // Our own role and log group: no AWSLambdaBasicExecutionRole, logs kept 180 days.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the built site into the content bucket',
    });
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.SIX_MONTHS });
    logGroup.grantWrite(role);

    new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(props.siteDirectory)],
      destinationBucket: props.bucket,
      distribution: props.distribution,
      distributionPaths: ['/*'],
      role,
      logGroup,
      memoryLimit: 512,
      // Keys are not needed and a large site would overflow the custom-resource response.
      outputObjectKeys: false,
    });
    this.acknowledgeFindings(role, props.bucket);
  }

  /** The findings come from the grants and the runtime that BucketDeployment chooses. */
  private acknowledgeFindings(role: Role, bucket: Bucket): void {
    // As cdk-nag prints the ARN: literal values once the stack has an account and region
    // (cdk deploy with credentials), pseudo parameters otherwise.
    const stack = Stack.of(role);
    const shown = (value: string, pseudo: string) =>
      Token.isUnresolved(value) ? `<${pseudo}>` : value;
    const assets = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-${shown(stack.account, 'AWS::AccountId')}-${shown(stack.region, 'AWS::Region')}`;
    const partition = shown(stack.partition, 'AWS::Partition');
    const sync =
      'BucketDeployment reads the site asset and syncs (copies and prunes) the content bucket; its grant uses these S3 action groups';
    acknowledge(role, {
      'AwsSolutions-IAM5[Action::s3:GetBucket*]': sync,
      'AwsSolutions-IAM5[Action::s3:GetObject*]': sync,
      'AwsSolutions-IAM5[Action::s3:List*]': sync,
      'AwsSolutions-IAM5[Action::s3:Abort*]': sync,
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]': sync,
      [`AwsSolutions-IAM5[Resource::arn:${partition}:s3:::${assets}/*]`]:
        'Reads the zipped site from the CDK bootstrap asset bucket; asset object keys are content hashes not known in advance',
      [`AwsSolutions-IAM5[Resource::${cfnReference(bucket, bucket.bucketArn)}/*]`]:
        'The deployment writes and prunes every object of the site bucket; the wildcard is limited to this one bucket',
      'AwsSolutions-IAM5[Resource::*]':
        'BucketDeployment grants cloudfront:CreateInvalidation/GetInvalidation on *; it only invalidates this distribution after a deploy',
    });

    // The provider function is a stack-level singleton, outside this construct.
    const provider = Stack.of(this).node.children.find((child) =>
      child.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    if (!provider) throw new Error(`No BucketDeployment provider found for ${this.node.path}`);
    acknowledge(provider, {
      'AwsSolutions-L1':
        'The Python runtime of the BucketDeployment provider is chosen by aws-cdk-lib and moves with its upgrades; it runs only during deployments, never on user traffic',
    });
  }
}
