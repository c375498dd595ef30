import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CustomResource, Duration } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import {
  AwsCustomResource,
  AwsCustomResourcePolicy,
  Logging,
  PhysicalResourceId,
} from 'aws-cdk-lib/custom-resources';
import { Construct, type IConstruct } from 'constructs';
import type { DirectoryKeys } from '../../functions/site/directory-keys.ts';
import { PortalFunction } from './lambda-function.ts';
import { acknowledge, cfnReference } from './nag.ts';

/** Every file of the built site as an S3 key (`/`-separated, relative to the site root). */
export function siteObjectKeys(siteDirectory: string): string[] {
  return readdirSync(siteDirectory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(siteDirectory, join(entry.parentPath, entry.name)).split(sep).join('/'),
    )
    .sort();
}

export interface SiteDirectoryKeysProps {
  readonly bucket: IBucket;
  readonly distribution: IDistribution;
  /** planDirectoryKeys of the built site. */
  readonly pages: readonly DirectoryKeys[];
  /** The site asset's hash: the keys are rewritten whenever the content changes. */
  readonly contentHash: string;
  /** The deployment that syncs the bucket: the keys are written after it. */
  readonly deployment: IConstruct;
}

/**
 * Directory URLs where CloudFront has no edge functions (AWS China regions): after the
 * site deployment, a function copies each `<dir>/index.html` to the key `<dir>/` and
 * writes a redirect page at `<dir>` (functions/site/directory-keys.ts); then the
 * distribution is invalidated, once, with every key in place. The deployment does not
 * invalidate itself here: an edge could otherwise cache an old `<dir>/` copy between its
 * invalidation and these writes.
 */
export class SiteDirectoryKeys extends Construct {
  readonly handler: PortalFunction;
  readonly resource: CustomResource;
  readonly invalidation: AwsCustomResource;

  constructor(scope: Construct, id: string, props: SiteDirectoryKeysProps) {
    super(scope, id);
    const { bucket, distribution } = props;

    this.handler = new PortalFunction(this, 'Handler', {
      entry: 'functions/handlers/site-directory-keys.ts',
      serviceName: 'site-directory-keys',
      description: 'Writes each page of the site under its directory key after a deployment',
      memorySize: 256,
      timeout: Duration.minutes(2),
    });
    // HeadObject and the copy's source: the pages only.
    this.handler.addToRolePolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [bucket.arnForObjects('*/index.html')],
      }),
    );
    // The copies (`<dir>/`) and the redirect pages (`<dir>`). No list, no delete: the
    // deployment's prune removes the keys of pages that are gone.
    this.handler.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:PutObject'], resources: [bucket.arnForObjects('*')] }),
    );

    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: this.handler.functionArn,
      resourceType: 'Custom::SiteDirectoryKeys',
      // A function that dies without answering fails the deployment after this, not an hour.
      serviceTimeout: Duration.minutes(5),
      properties: {
        BucketName: bucket.bucketName,
        Pages: props.pages.map((page) => ({ ...page })),
        ContentHash: props.contentHash,
      },
    });
    this.resource.node.addDependency(props.deployment);

    // One invalidation after the keys are written. Its caller reference is the keys'
    // run (a new value on every run), so redeploying an earlier build invalidates too.
    const invalidate = {
      service: 'CloudFront',
      action: 'CreateInvalidation',
      parameters: {
        DistributionId: distribution.distributionId,
        InvalidationBatch: {
          CallerReference: this.resource.getAttString('Revision'),
          Paths: { Quantity: 1, Items: ['/*'] },
        },
      },
      physicalResourceId: PhysicalResourceId.of('site-invalidation'),
      logging: Logging.withDataHidden(),
    };
    const invalidationRole = new Role(this, 'InvalidationRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Invalidates the site distribution after a deployment',
    });
    const invalidationLogs = new LogGroup(this, 'InvalidationLogs', {
      retention: RetentionDays.SIX_MONTHS,
    });
    invalidationLogs.grantWrite(invalidationRole);
    this.invalidation = new AwsCustomResource(this, 'Invalidation', {
      resourceType: 'Custom::SiteInvalidation',
      onCreate: invalidate,
      onUpdate: invalidate,
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({
          actions: ['cloudfront:CreateInvalidation'],
          resources: [distribution.distributionArn],
        }),
      ]),
      role: invalidationRole,
      logGroup: invalidationLogs,
      // The runtime's SDK: no download from npm during a deployment (none in China).
      installLatestAwsSdk: false,
      timeout: Duration.minutes(1),
      serviceTimeout: Duration.minutes(5),
    });

    acknowledge(this.handler.executionRole, {
      [`AwsSolutions-IAM5[Resource::${cfnReference(bucket, bucket.bucketArn)}/*/index.html]`]:
        'Reads the pages (<dir>/index.html) of the site bucket to copy them; the keys are those of the built site, which change with it',
      [`AwsSolutions-IAM5[Resource::${cfnReference(bucket, bucket.bucketArn)}/*]`]:
        'Writes <dir>/ copies and <dir> redirect pages of every page into the site bucket only; no list or delete (the deployment role already writes the whole bucket)',
    });
  }
}
