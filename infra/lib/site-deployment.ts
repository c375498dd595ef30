import { DefaultStackSynthesizer, Stack, Token } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { planDirectoryKeys, syncExcludePatterns } from '../../functions/site/directory-keys.ts';
import { acknowledge, cfnReference } from './nag.ts';
import { SiteDirectoryKeys, siteObjectKeys } from './site-directory-keys.ts';

export interface SiteDeploymentProps {
  readonly siteDirectory: string;
  readonly bucket: Bucket;
  readonly distribution: IDistribution;
  /**
   * Also write each page under its directory key (`apply/`) and a redirect at `apply`,
   * for a distribution without the directory-index CloudFront Function (AWS China
   * regions); the distribution is then invalidated after those writes. Off by default.
   */
  readonly directoryKeys?: boolean;
}

/** Copies the built site into the bucket on deploy, then invalidates CloudFront. */
export class SiteDeployment extends Construct {
  /** The directory keys' writer, when directoryKeys is on. */
  readonly directoryKeys?: SiteDirectoryKeys;

  constructor(scope: Construct, id: string, props: SiteDeploymentProps) {
    super(scope, id);
    const pages = props.directoryKeys
      ? planDirectoryKeys(siteObjectKeys(props.siteDirectory))
      : undefined;
    const exclude = pages ? syncExcludePatterns(pages) : [];

    // Our own role and log group: no AWSLambdaBasicExecutionRole, logs kept 180 days.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Copies the built site into the content bucket',
    });
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.SIX_MONTHS });
    logGroup.grantWrite(role);

    const deployment = new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(props.siteDirectory)],
      destinationBucket: props.bucket,
      // With directory keys, SiteDirectoryKeys invalidates once they are written.
      ...(pages ? {} : { distribution: props.distribution, distributionPaths: ['/*'] }),
      // The directory keys are no local files: kept out of the sync, so not pruned.
      ...(exclude.length > 0 ? { exclude } : {}),
      role,
      logGroup,
      memoryLimit: 512,
      // Keys are not needed and a large site would overflow the custom-resource response.
      outputObjectKeys: false,
    });
    this.acknowledgeFindings(role, props.bucket, pages === undefined);

    if (pages) {
      // Source.asset binds the site's asset as a child of the deployment (the AWS CLI
      // layer's asset is deeper down): its hash is the zip the deployment syncs from.
      const asset = deployment.node.children.find((child) => child instanceof Asset);
      if (!asset) throw new Error(`No site asset found in ${deployment.node.path}`);
      this.directoryKeys = new SiteDirectoryKeys(this, 'DirectoryKeys', {
        bucket: props.bucket,
        distribution: props.distribution,
        pages,
        contentHash: asset.assetHash,
        deployment,
      });
    }
  }

  /** The findings come from the grants and the runtime that BucketDeployment chooses. */
  private acknowledgeFindings(role: Role, bucket: Bucket, invalidates: boolean): void {
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
    });
    if (invalidates) {
      acknowledge(role, {
        'AwsSolutions-IAM5[Resource::*]':
          'BucketDeployment grants cloudfront:CreateInvalidation/GetInvalidation on *; it only invalidates this distribution after a deploy',
      });
    }

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
