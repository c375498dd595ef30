import { existsSync } from 'node:fs';
import { Annotations, Duration, Fn, Stack, Token } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  type CfnDistribution,
  Distribution,
  FunctionEventType,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type BucketProps,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './nag.ts';
import { type EdgeFeatures, edgeFeatures } from './partition.ts';
import { SiteDeployment } from './site-deployment.ts';
import { assertCertificateFitsRegion, type CustomDomain } from './site-domain-config.ts';
import { directoryIndexFunction, securityHeadersPolicy } from './site-edge.ts';

/**
 * The domain and its certificate: an ACM certificate in us-east-1 (AWS global regions)
 * or an IAM server certificate (AWS China regions), see site-domain-config.ts.
 */
export type { CustomDomain };

export interface PortalSiteProps {
  /** The built static site (web/dist). */
  readonly siteDirectory: string;
  readonly api: IHttpApi;
  /**
   * Headers CloudFront adds to every request it sends to the API: the origin lock's
   * secret (OriginSecret.originHeaders).
   */
  readonly apiOriginHeaders?: Record<string, string>;
  /** Without it the site is served on *.cloudfront.net with CloudFront's certificate. */
  readonly customDomain?: CustomDomain;
  /**
   * An AWS WAF web ACL of scope CLOUDFRONT (it lives in us-east-1) to attach to the
   * distribution. Refused in the AWS China regions (see EdgeFeatures.webAcl).
   */
  readonly webAclArn?: string;
}

/**
 * The API paths whose answers are the same for everyone and say so in Cache-Control
 * (the townships list and each township; the open figures — one answer per month range,
 * changed once a month). Every other /api/* path is personal or a write, and is never
 * cached.
 */
export const cachedApiPaths = ['/api/townships*', '/api/open-figures'];

/**
 * The API contract and its reference page: files the site build writes from the one
 * source (web/src/pages/api/), served from the bucket like the pages — no function
 * carries the documentation, and the edge keeps them until the next deployment.
 */
export const staticApiPaths = ['/api/openapi.json', '/api/docs*'];

/**
 * Honours the API's Cache-Control (`public, max-age=…`): no default lifetime, so an
 * answer without one (an error) is not kept; at most a day. The cache key is the path
 * and query string; no header or cookie reaches the API, so every visitor gets the
 * same answer (the bodies do not depend on the language; a cached answer's
 * Content-Language is the default's). Compressed copies are cached apart.
 */
function apiCachePolicy(scope: Construct): CachePolicy {
  return new CachePolicy(scope, 'ApiCachePolicy', {
    comment: 'Puning portal API: public reference data, for as long as the API says',
    minTtl: Duration.seconds(0),
    defaultTtl: Duration.seconds(0),
    maxTtl: Duration.days(1),
    queryStringBehavior: CacheQueryStringBehavior.all(),
    headerBehavior: CacheHeaderBehavior.none(),
    cookieBehavior: CacheCookieBehavior.none(),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  });
}

const privateBucket: BucketProps = {
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
};

/** Private S3 bucket + CloudFront, with the HTTP API on the same origin under /api/*. */
export class PortalSite extends Construct {
  readonly distribution: Distribution;
  readonly bucket: Bucket;
  /** The origin visitors use, `https://<domain>`: the custom domain when there is one. */
  readonly url: string;
  /** What the deploy region's partition offers at the edge (partition.ts). */
  readonly features: EdgeFeatures;

  constructor(scope: Construct, id: string, props: PortalSiteProps) {
    super(scope, id);
    const region = Stack.of(this).region;
    this.features = edgeFeatures(Token.isUnresolved(region) ? undefined : region);
    const { features } = this;
    if (props.webAclArn !== undefined && !features.webAcl) {
      throw new Error(
        `AWS WAF web ACLs of scope CLOUDFRONT cannot be attached in ${region}: remove webAclArn ` +
          '(the AWS China regions have no WAF for CloudFront in us-east-1)',
      );
    }
    if (props.customDomain) {
      assertCertificateFitsRegion(
        props.customDomain,
        Token.isUnresolved(region) ? undefined : region,
      );
    }
    if (!existsSync(props.siteDirectory)) {
      throw new Error(
        `Site directory ${props.siteDirectory} does not exist. Build the site first: npm run build`,
      );
    }

    const logs = new Bucket(this, 'LogsBucket', {
      ...privateBucket,
      // CloudFront standard logs are delivered with an ACL, which needs ACLs enabled.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });

    this.bucket = new Bucket(this, 'ContentBucket', {
      ...privateBucket,
      versioned: true,
      // Old versions allow rolling back a bad deploy for a month.
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/',
    });

    const headers = securityHeadersPolicy(this);
    const apiOrigin = new HttpOrigin(Fn.select(2, Fn.split('/', props.api.apiEndpoint)), {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
      customHeaders: props.apiOriginHeaders,
    });
    const apiBehaviour = {
      origin: apiOrigin,
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      responseHeadersPolicy: headers,
    };
    // Public reference data the API marks cacheable: served from the edge for as long as
    // its Cache-Control says, without invoking a function.
    const cachedApi = {
      ...apiBehaviour,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
      cachePolicy: apiCachePolicy(this),
    };
    const siteBehaviour = {
      // AWS China regions have neither origin access control nor CloudFront Functions
      // (nor Lambda@Edge): an origin access identity reads the bucket there, and
      // directory URLs resolve to keys the deployment writes (SiteDirectoryKeys).
      origin: features.originAccessControl
        ? S3BucketOrigin.withOriginAccessControl(this.bucket)
        : S3BucketOrigin.withOriginAccessIdentity(this.bucket),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      responseHeadersPolicy: headers,
      functionAssociations: features.cloudFrontFunctions
        ? [
            {
              eventType: FunctionEventType.VIEWER_REQUEST,
              function: directoryIndexFunction(this),
            },
          ]
        : undefined,
    };
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Puning social-assistance portal',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: siteBehaviour,
      // Behaviours are matched in this order: the site's files and the cached paths
      // before the catch-all.
      additionalBehaviors: {
        ...Object.fromEntries(staticApiPaths.map((path) => [path, siteBehaviour])),
        ...Object.fromEntries(cachedApiPaths.map((path) => [path, cachedApi])),
        '/api/*': {
          ...apiBehaviour,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
      },
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      webAclId: props.webAclArn,
      ...this.tls(props.customDomain),
    });
    if (props.customDomain && 'iamCertificateId' in props.customDomain) {
      this.useIamCertificate(props.customDomain.iamCertificateId);
    } else if (!props.customDomain && features.partition === 'aws-cn') {
      Annotations.of(this.distribution).addWarningV2(
        '@puning/site:chinaCustomDomain',
        'CloudFront in the AWS China regions serves content only on an ICP-filed custom domain: ' +
          'deploy with -c domainName=<domain> -c iamCertificateId=<IAM server certificate id> (docs/deploy.md)',
      );
    }
    this.url = `https://${props.customDomain?.domainName ?? this.distribution.distributionDomainName}`;
    this.acknowledgeEdgeFindings(props.customDomain, props.webAclArn !== undefined);
    new SiteDeployment(this, 'Deployment', {
      siteDirectory: props.siteDirectory,
      bucket: this.bucket,
      distribution: this.distribution,
      // Without the directory-index CloudFront Function, the keys themselves resolve.
      directoryKeys: !features.cloudFrontFunctions,
    });
  }

  private tls(domain: CustomDomain | undefined) {
    if (!domain) return {};
    // The L2 distribution takes ACM certificates only: an IAM server certificate is set
    // on the CfnDistribution by useIamCertificate, the aliases here.
    if ('iamCertificateId' in domain) return { domainNames: [domain.domainName] };
    return {
      domainNames: [domain.domainName],
      certificate: Certificate.fromCertificateArn(this, 'Certificate', domain.certificateArn),
      minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
    };
  }

  /**
   * The viewer certificate of the AWS China regions: an IAM server certificate (uploaded
   * under /cloudfront/), SNI only, TLS 1.2 or later. Set on the L1 property itself, not
   * as a raw override, so what cdk-nag checks is what CloudFormation receives.
   */
  private useIamCertificate(iamCertificateId: string): void {
    const cfn = this.distribution.node.defaultChild as CfnDistribution;
    const config = cfn.distributionConfig as CfnDistribution.DistributionConfigProperty;
    cfn.distributionConfig = {
      ...config,
      viewerCertificate: {
        iamCertificateId,
        sslSupportMethod: 'sni-only',
        minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      },
    };
  }

  private acknowledgeEdgeFindings(domain: CustomDomain | undefined, webAcl: boolean): void {
    acknowledge(this.distribution, {
      'AwsSolutions-CFR1':
        'Migrants and travelling residents must reach the portal from anywhere, and emergency aid applies wherever the hardship happened; no country is blocked',
    });
    if (!webAcl) {
      acknowledge(this.distribution, {
        'AwsSolutions-CFR2': this.features.webAcl
          ? 'No web ACL was configured: deploy with -c createWebAcl=true (stack PuningPortalEdgeSecurity) or -c webAclArn=<CLOUDFRONT web ACL>; the API Gateway stage throttle (50 requests per second, burst 100), lower per-route throttles on applicant write routes and the per-reference lockout limit abuse meanwhile'
          : 'CloudFront in the AWS China regions cannot be associated with an AWS WAF web ACL of scope CLOUDFRONT; the API Gateway stage throttle (50 requests per second, burst 100), lower per-route throttles on applicant write routes and the per-reference lockout limit abuse there',
      });
    }
    if (!this.features.originAccessControl) {
      acknowledge(this.distribution, {
        'AwsSolutions-CFR7':
          'The AWS China regions do not offer CloudFront origin access control: the private site bucket is read through an origin access identity, its only reader',
      });
    }
    if (!domain) {
      acknowledge(this.distribution, {
        'AwsSolutions-CFR4':
          'Without a custom domain CloudFront uses its default *.cloudfront.net certificate, whose security policy cannot be set; pass customDomain to enforce TLSv1.2_2021',
      });
    }
  }
}
