import { ArnFormat, CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

/** Requests per 5 minutes from one IP address, over the whole site. */
export const siteRateLimit = 1_000;
/** Requests per 5 minutes from one IP address to the applicant write paths. */
export const applicantRateLimit = 100;
/** The paths of the stricter limit: submitting applications and the status actions. */
export const applicantPaths: readonly string[] = ['/api/applications', '/api/status'];

/**
 * The AWS managed rule groups, in evaluation order. SizeRestrictions_BODY of the common
 * rule set blocks bodies over 8 KB; the API itself accepts JSON bodies up to 64 KB
 * (functions/api/app.ts maxBodyBytes: an application with household members and a
 * free-text account of the hardship in Chinese can pass 8 KB), and documents never
 * pass through CloudFront (presigned PUTs go straight to S3). So that rule only counts.
 */
export const managedRuleGroups: readonly { name: string; countOnly: readonly string[] }[] = [
  { name: 'AWSManagedRulesAmazonIpReputationList', countOnly: [] },
  { name: 'AWSManagedRulesCommonRuleSet', countOnly: ['SizeRestrictions_BODY'] },
  { name: 'AWSManagedRulesKnownBadInputsRuleSet', countOnly: [] },
];

export interface EdgeSecurityStackProps extends StackProps {
  /** Prefix of the web ACL name, its metric names and its log group. */
  readonly namePrefix?: string;
}

/**
 * The AWS WAF web ACL of the portal's CloudFront distribution. Scope CLOUDFRONT web ACLs
 * exist only in us-east-1, hence a stack of its own there (bin/app.ts creates it with
 * `-c createWebAcl=true`). AWS global regions only: CloudFront in the AWS China regions
 * is not associated with a WAF web ACL of scope CLOUDFRONT.
 */
export class EdgeSecurityStack extends Stack {
  readonly webAcl: CfnWebACL;
  /** The ARN to give the portal stack (PortalStackProps.webAclArn). */
  readonly webAclArn: string;

  constructor(scope: Construct, id: string, props: EdgeSecurityStackProps = {}) {
    super(scope, id, props);
    if (this.region !== 'us-east-1') {
      throw new Error(
        `${id}: a CLOUDFRONT web ACL must be created in us-east-1; got region ${this.region}`,
      );
    }
    const prefix = props.namePrefix ?? 'PuningPortal';
    const visibility = (metricName: string) => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${prefix}-${metricName}`,
    });

    const pathStartsWith = (path: string): CfnWebACL.StatementProperty => ({
      byteMatchStatement: {
        fieldToMatch: { uriPath: {} },
        positionalConstraint: 'STARTS_WITH',
        searchString: path,
        textTransformations: [{ priority: 0, type: 'LOWERCASE' }],
      },
    });
    const rules: CfnWebACL.RuleProperty[] = [
      {
        name: 'RateLimitPerIp',
        priority: 0,
        action: { block: {} },
        statement: {
          rateBasedStatement: {
            limit: siteRateLimit,
            aggregateKeyType: 'IP',
            evaluationWindowSec: 300,
          },
        },
        visibilityConfig: visibility('rate-limit'),
      },
      {
        name: 'ApplicantRateLimitPerIp',
        priority: 1,
        action: { block: {} },
        statement: {
          rateBasedStatement: {
            limit: applicantRateLimit,
            aggregateKeyType: 'IP',
            evaluationWindowSec: 300,
            scopeDownStatement: { orStatement: { statements: applicantPaths.map(pathStartsWith) } },
          },
        },
        visibilityConfig: visibility('applicant-rate-limit'),
      },
      ...managedRuleGroups.map(
        ({ name, countOnly }, index): CfnWebACL.RuleProperty => ({
          name,
          priority: 2 + index,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name,
              ruleActionOverrides:
                countOnly.length > 0
                  ? countOnly.map((rule) => ({ name: rule, actionToUse: { count: {} } }))
                  : undefined,
            },
          },
          visibilityConfig: visibility(name),
        }),
      ),
    ];

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: `${prefix}-edge`,
      description: 'Puning portal CloudFront distribution: rate limits and AWS managed rules',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('web-acl'),
      rules,
    });
    this.webAclArn = this.webAcl.attrArn;

    // WAF writes only to log groups whose name starts with aws-waf-logs-.
    const logs = new LogGroup(this, 'WebAclLogs', {
      logGroupName: `aws-waf-logs-${prefix}-edge`,
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new CfnLoggingConfiguration(this, 'WebAclLogging', {
      resourceArn: this.webAcl.attrArn,
      logDestinationConfigs: [
        this.formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: logs.logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
      // Query strings and these headers can carry personal data or staff tokens.
      redactedFields: [
        { queryString: {} },
        { singleHeader: { Name: 'authorization' } },
        { singleHeader: { Name: 'cookie' } },
      ],
    });

    new CfnOutput(this, 'WebAclArn', {
      description: 'Give it to the portal stack: cdk deploy PuningPortal -c webAclArn=<this>',
      value: this.webAcl.attrArn,
    });
  }
}
