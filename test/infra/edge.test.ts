import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applicantPaths,
  applicantRateLimit,
  EdgeSecurityStack,
  siteRateLimit,
} from '../../infra/lib/edge-security-stack.ts';
import { notifierSettingsFromContext } from '../../infra/lib/notifier-config.ts';
import { edgeFeatures, partitionOf } from '../../infra/lib/partition.ts';
import type { PortalStackProps } from '../../infra/lib/portal-stack.ts';
import { buildStack, buildStacksWithWebAcl } from './support/build-stack.ts';
import { chinaStaffIssuer, tencentContext } from './support/notifier-fixtures.ts';

type Resource = { Type: string; Properties: Record<string, unknown> };

const chinaProps = (props: Partial<PortalStackProps> = {}): Partial<PortalStackProps> => ({
  env: { account: '123456789012', region: 'cn-north-1' },
  staffIssuer: chinaStaffIssuer,
  notifier: notifierSettingsFromContext(tencentContext, 'cn-north-1'),
  ...props,
});

const distributionConfig = (template: Template) => {
  const [distribution] = Object.values(
    template.findResources('AWS::CloudFront::Distribution') as Record<string, Resource>,
  );
  return distribution?.Properties.DistributionConfig as Record<string, unknown>;
};

let global: Template;
let china: Template;
let chinaJson: string;

beforeAll(() => {
  global = Template.fromStack(buildStack());
  china = Template.fromStack(buildStack(chinaProps()));
  chinaJson = JSON.stringify(china.toJSON());
});

describe('edgeFeatures', () => {
  it('offers OAC, CloudFront Functions and WAF in AWS global regions and unknown regions', () => {
    for (const region of ['ap-east-1', 'us-east-1', 'eu-west-1', undefined]) {
      expect(edgeFeatures(region)).toEqual({
        partition: 'aws',
        originAccessControl: true,
        cloudFrontFunctions: true,
        webAcl: true,
      });
    }
  });

  it('offers none of them in the AWS China regions', () => {
    for (const region of ['cn-north-1', 'cn-northwest-1']) {
      expect(partitionOf(region)).toBe('aws-cn');
      expect(edgeFeatures(region)).toEqual({
        partition: 'aws-cn',
        originAccessControl: false,
        cloudFrontFunctions: false,
        webAcl: false,
      });
    }
  });
});

describe('site in an AWS China region', () => {
  it('reads the site bucket through an origin access identity, with no OAC', () => {
    china.resourceCountIs('AWS::CloudFront::OriginAccessControl', 0);
    china.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 1);
    const [oaiId] = Object.keys(
      china.findResources('AWS::CloudFront::CloudFrontOriginAccessIdentity'),
    );
    const origins = distributionConfig(china).Origins as Record<string, unknown>[];
    const s3 = origins.filter((origin) => origin.S3OriginConfig !== undefined);
    expect(s3).toHaveLength(1);
    expect(s3[0]?.OriginAccessControlId).toBeUndefined();
    expect(JSON.stringify(s3[0]?.S3OriginConfig)).toContain(String(oaiId));
    china.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 's3:GetObject',
            Effect: 'Allow',
            Principal: { CanonicalUser: { 'Fn::GetAtt': [oaiId, 'S3CanonicalUserId'] } },
          }),
        ]),
      },
    });
  });

  it('has no CloudFront Function and associates none', () => {
    china.resourceCountIs('AWS::CloudFront::Function', 0);
    expect(chinaJson).not.toContain('FunctionAssociations');
  });

  it('keeps the security headers, the /api/* behaviours and the access logs', () => {
    china.resourceCountIs('AWS::CloudFront::ResponseHeadersPolicy', 1);
    const config = distributionConfig(china);
    expect(config.CacheBehaviors).toEqual([
      expect.objectContaining({ PathPattern: '/api/openapi.json' }),
      expect.objectContaining({ PathPattern: '/api/docs*' }),
      expect.objectContaining({ PathPattern: '/api/townships*' }),
      expect.objectContaining({ PathPattern: '/api/open-figures' }),
      expect.objectContaining({ PathPattern: '/api/*' }),
    ]);
    expect(config.Logging).toBeDefined();
  });

  it('attaches no web ACL and refuses one', () => {
    expect(distributionConfig(china).WebACLId).toBeUndefined();
    china.resourceCountIs('AWS::WAFv2::WebACL', 0);
    expect(() =>
      buildStack(
        chinaProps({ webAclArn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/x/1' }),
      ),
    ).toThrow('cannot be attached in cn-north-1');
  });

  it('uses arn:aws-cn everywhere, with no Cognito, SNS SMS or SES', () => {
    expect(chinaJson).toContain('arn:aws-cn:');
    expect(chinaJson).not.toMatch(/arn:aws:/);
    expect(chinaJson).not.toContain('AWS::Cognito::');
    const policies = JSON.stringify(china.findResources('AWS::IAM::Policy'));
    expect(policies).not.toMatch(/"(sns:Publish|ses:SendEmail)"/);
  });
});

describe('site in AWS global regions', () => {
  it('keeps origin access control and the directory-index CloudFront Function', () => {
    global.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    global.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
    global.resourceCountIs('AWS::CloudFront::Function', 1);
  });

  it('attaches no web ACL unless one is configured', () => {
    expect(distributionConfig(global).WebACLId).toBeUndefined();
  });

  it('attaches the web ACL given as webAclArn', () => {
    const arn = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/portal/0f1e2d3c';
    const withAcl = Template.fromStack(buildStack({ webAclArn: arn }));
    expect(distributionConfig(withAcl).WebACLId).toBe(arn);
  });
});

describe('web ACL stack (PuningPortalEdgeSecurity)', () => {
  let edge: Template;
  let portal: Template;
  let rules: Record<string, unknown>[];

  beforeAll(() => {
    const stacks = buildStacksWithWebAcl();
    edge = Template.fromStack(stacks.edge);
    portal = Template.fromStack(stacks.portal);
    const [acl] = Object.values(
      edge.findResources('AWS::WAFv2::WebACL') as Record<string, Resource>,
    );
    rules = acl?.Properties.Rules as Record<string, unknown>[];
  });

  it('is a CLOUDFRONT web ACL that allows by default, with metrics and sampled requests', () => {
    edge.resourceCountIs('AWS::WAFv2::WebACL', 1);
    edge.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      VisibilityConfig: {
        CloudWatchMetricsEnabled: true,
        SampledRequestsEnabled: true,
        MetricName: Match.anyValue(),
      },
    });
    for (const rule of rules) {
      expect(rule.VisibilityConfig).toMatchObject({
        CloudWatchMetricsEnabled: true,
        SampledRequestsEnabled: true,
      });
    }
  });

  it('blocks an IP address past 1,000 requests in 5 minutes', () => {
    expect(siteRateLimit).toBe(1_000);
    expect(rules[0]).toMatchObject({
      Name: 'RateLimitPerIp',
      Action: { Block: {} },
      Statement: {
        RateBasedStatement: { Limit: 1_000, AggregateKeyType: 'IP', EvaluationWindowSec: 300 },
      },
    });
  });

  it('blocks sooner on the applicant paths /api/applications and /api/status', () => {
    expect(applicantRateLimit).toBeLessThan(siteRateLimit);
    expect(rules[1]).toMatchObject({
      Name: 'ApplicantRateLimitPerIp',
      Action: { Block: {} },
      Statement: {
        RateBasedStatement: {
          Limit: applicantRateLimit,
          AggregateKeyType: 'IP',
          ScopeDownStatement: {
            OrStatement: {
              Statements: applicantPaths.map((path) => ({
                ByteMatchStatement: expect.objectContaining({
                  FieldToMatch: { UriPath: {} },
                  PositionalConstraint: 'STARTS_WITH',
                  SearchString: path,
                }),
              })),
            },
          },
        },
      },
    });
    expect(applicantPaths).toEqual(['/api/applications', '/api/status']);
  });

  it('applies the IP reputation, common and known-bad-inputs AWS managed rule groups', () => {
    const managed = rules.slice(2);
    expect(managed.map((rule) => rule.Name)).toEqual([
      'AWSManagedRulesAmazonIpReputationList',
      'AWSManagedRulesCommonRuleSet',
      'AWSManagedRulesKnownBadInputsRuleSet',
    ]);
    for (const rule of managed) expect(rule.OverrideAction).toEqual({ None: {} });
  });

  it('only counts the common rule set body-size rule: the API takes JSON up to 64 KB', () => {
    const common = rules.find((rule) => rule.Name === 'AWSManagedRulesCommonRuleSet');
    expect(common?.Statement).toEqual({
      ManagedRuleGroupStatement: {
        VendorName: 'AWS',
        Name: 'AWSManagedRulesCommonRuleSet',
        RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
      },
    });
  });

  it('logs to an aws-waf-logs- log group kept 180 days, without query strings or credentials', () => {
    const [logGroupId] = Object.keys(
      edge.findResources('AWS::Logs::LogGroup', {
        Properties: {
          LogGroupName: Match.stringLikeRegexp('^aws-waf-logs-'),
          RetentionInDays: 180,
        },
      }),
    );
    expect(logGroupId).toBeDefined();
    edge.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      ResourceArn: { 'Fn::GetAtt': ['WebAcl', 'Arn'] },
      LogDestinationConfigs: [Match.objectLike({ 'Fn::Join': Match.anyValue() })],
      RedactedFields: [
        { QueryString: {} },
        { SingleHeader: { Name: 'authorization' } },
        { SingleHeader: { Name: 'cookie' } },
      ],
    });
    expect(JSON.stringify(edge.toJSON())).toContain(`{"Ref":"${logGroupId}"}`);
  });

  it("reaches the portal's distribution through a weak cross-region reference", () => {
    const webAclId = distributionConfig(portal).WebACLId as {
      'Fn::GetStackOutput': { StackName: string; Region: string; OutputName: string };
    };
    const { StackName, Region, OutputName } = webAclId['Fn::GetStackOutput'];
    expect({ StackName, Region }).toEqual({
      StackName: 'PuningPortalEdgeSecurity',
      Region: 'us-east-1',
    });
    edge.hasOutput(OutputName, { Value: { 'Fn::GetAtt': ['WebAcl', 'Arn'] } });
    // No SSM parameters and custom resources to carry it (the strong reference).
    portal.resourceCountIs('Custom::CrossRegionExportReader', 0);
    edge.resourceCountIs('Custom::CrossRegionExportWriter', 0);
  });

  it('must live in us-east-1', () => {
    expect(
      () => new EdgeSecurityStack(new App(), 'Edge', { env: { region: 'ap-east-1' } }),
    ).toThrow('must be created in us-east-1');
  });
});
