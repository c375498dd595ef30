/**
 * What the AWS partition of the deploy region offers at the edge, decided before any
 * construct exists. Pure (no CDK imports) so bin/app.ts, the constructs and the tests
 * share one decision.
 */

export type Partition = 'aws' | 'aws-cn';

/** `aws-cn` for the AWS China regions (cn-north-1, cn-northwest-1), `aws` otherwise. */
export function partitionOf(region: string | undefined): Partition {
  return region?.startsWith('cn-') === true ? 'aws-cn' : 'aws';
}

export interface EdgeFeatures {
  readonly partition: Partition;
  /**
   * CloudFront origin access control (signed S3 requests). Not in the AWS China regions,
   * which reject the AWS::CloudFront::OriginAccessControl resource type: there the site
   * bucket is read through an origin access identity.
   */
  readonly originAccessControl: boolean;
  /** CloudFront Functions (viewer-request rewrites). Not in the AWS China regions. */
  readonly cloudFrontFunctions: boolean;
  /**
   * AWS WAF web ACLs of scope CLOUDFRONT (created in us-east-1). CloudFront in the AWS
   * China regions cannot be associated with a WAF web ACL this way.
   */
  readonly webAcl: boolean;
}

/**
 * The edge features of the deploy region. An unknown region (an environment-agnostic
 * synth) is treated as a global region: bin/app.ts passes the region whenever it knows
 * one, so a China deployment always synthesises with its region.
 */
export function edgeFeatures(region: string | undefined): EdgeFeatures {
  const partition = partitionOf(region);
  const global = partition === 'aws';
  return {
    partition,
    originAccessControl: global,
    cloudFrontFunctions: global,
    webAcl: global,
  };
}
