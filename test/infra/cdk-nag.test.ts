import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicantRouteThrottles } from '../../infra/lib/api.ts';
import { notifierSettingsFromContext } from '../../infra/lib/notifier-config.ts';
import type { PortalStack } from '../../infra/lib/portal-stack.ts';
import { buildStack, buildStacksWithWebAcl } from './support/build-stack.ts';
import { buildChinaStack, chinaStaffIssuer, tencentContext } from './support/notifier-fixtures.ts';
import { fixtureSiteWithPages } from './support/site-stack.ts';

interface Acknowledgement {
  readonly path: string;
  readonly id: string;
  readonly reason: string;
}

/** cdk-nag v3 reads acknowledgements from this construct metadata (nag-pack.ts isAcknowledged). */
function acknowledgements(scope: IConstruct): Acknowledgement[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

const findings = (stack: IConstruct) =>
  new AwsSolutionsChecks()
    .validateScope(stack)
    .violations.flatMap((violation) =>
      violation.violatingResources.map((r) => `${violation.ruleName} at ${r.constructPath}`),
    );

/** The same pack with acknowledgements ignored: what the stack would report without them. */
class UnacknowledgedChecks extends AwsSolutionsChecks {}
Object.defineProperty(UnacknowledgedChecks.prototype, 'isAcknowledged', { value: () => false });

let stack: PortalStack;
beforeAll(() => {
  stack = buildStack();
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no finding that is not fixed or acknowledged', () => {
    expect(findings(stack)).toEqual([]);
  });

  it('gives every acknowledgement a specific reason', () => {
    const acks = acknowledgements(stack);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id, ack.path).toMatch(/^AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(40);
    }
  });

  it('acknowledges only findings that actually occur', () => {
    const raw = new UnacknowledgedChecks().validateScope(stack).violations;
    const occurring = new Set(raw.map((violation) => violation.ruleName));
    const stale = acknowledgements(stack).filter((ack) => !occurring.has(ack.id));
    expect(stale).toEqual([]);
  });

  it('reports nothing new with an external OIDC issuer instead of Cognito (AWS China regions)', () => {
    const withIssuer = buildStack({
      staffIssuer: {
        issuer: 'https://idp.puning.gov.cn/realms/staff',
        jwksUrl: 'https://idp.puning.gov.cn/realms/staff/protocol/openid-connect/certs',
        audience: 'puning-staff-console',
        authorizeUrl: 'https://idp.puning.gov.cn/realms/staff/protocol/openid-connect/auth',
        tokenUrl: 'https://idp.puning.gov.cn/realms/staff/protocol/openid-connect/token',
      },
    });
    expect(findings(withIssuer)).toEqual([]);
    const occurring = new Set(
      new UnacknowledgedChecks().validateScope(withIssuer).violations.map((v) => v.ruleName),
    );
    expect(acknowledgements(withIssuer).filter((ack) => !occurring.has(ack.id))).toEqual([]);
  });

  it('reports nothing new in an AWS China region: external issuer, Tencent Cloud SMS and its secret', () => {
    const china = buildChinaStack();
    expect(findings(china)).toEqual([]);
    const occurring = new Set(
      new UnacknowledgedChecks().validateScope(china).violations.map((v) => v.ruleName),
    );
    expect(acknowledgements(china).filter((ack) => !occurring.has(ack.id))).toEqual([]);
  });

  it('reports nothing new with a concrete account and region (cdk deploy with credentials)', () => {
    const concrete = buildStack({ env: { account: '111111111111', region: 'ap-east-1' } });
    expect(findings(concrete)).toEqual([]);
  });

  it('reports nothing new with SES email and an operator email subscription', () => {
    const withEmail = buildStack({
      notifier: notifierSettingsFromContext(
        { notifyEmailFrom: 'noreply@dibao.puning.gov.cn', notifyEmailConfigurationSet: 'portal' },
        'ap-east-1',
      ),
      alarmEmail: 'ops@puning.gov.cn',
    });
    expect(findings(withEmail)).toEqual([]);
  });

  it('acknowledges a wildcard resource on notifier roles only for SMS publishing and stream listing', () => {
    const wildcard = (stack: IConstruct) =>
      acknowledgements(stack)
        .filter((ack) => ack.id === 'AwsSolutions-IAM5[Resource::*]')
        .filter((ack) => ack.path.startsWith('PuningPortal/Notifier/'))
        .map((ack) => ack.path)
        .sort();
    expect(wildcard(stack)).toEqual([
      'PuningPortal/Notifier/StreamHandlerRole',
      'PuningPortal/Notifier/SweepHandlerRole',
    ]);
    // Tencent Cloud SMS needs no AWS permission: only the stream listing remains.
    expect(wildcard(buildChinaStack())).toEqual(['PuningPortal/Notifier/StreamHandlerRole']);
  });

  it('needs no acknowledgement for the staff routes: they have a JWT authorizer', () => {
    const acknowledgedRoutes = acknowledgements(stack)
      .filter((ack) => ack.id === 'AwsSolutions-APIG4')
      .map((ack) => ack.path)
      .sort();
    // The public catch-all and the applicant's write routes (own throttles), no other.
    expect(acknowledgedRoutes).toEqual(
      [
        'PuningPortal/Api/HttpApi/ANY--api--{proxy+}',
        ...Object.keys(applicantRouteThrottles).map(
          (key) => `PuningPortal/Api/HttpApi/${key.replace(' ', '').replaceAll('/', '--')}`,
        ),
      ].sort(),
    );
    expect(acknowledgedRoutes.join()).not.toContain('staff');
  });

  it('needs no TLS acknowledgement once a custom domain is configured', () => {
    const withDomain = buildStack({
      customDomain: {
        domainName: 'dibao.puning.gov.cn',
        certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/portal',
      },
    });
    expect(findings(withDomain)).toEqual([]);
    expect(acknowledgements(withDomain).map((ack) => ack.id)).not.toContain('AwsSolutions-CFR4');
  });

  it('reports nothing new for the China site (origin access identity, no CloudFront Function, no WAF)', () => {
    const china = buildStack({
      env: { account: '123456789012', region: 'cn-north-1' },
      staffIssuer: chinaStaffIssuer,
      notifier: notifierSettingsFromContext(tencentContext, 'cn-north-1'),
    });
    expect(findings(china)).toEqual([]);
    const occurring = new Set(
      new UnacknowledgedChecks().validateScope(china).violations.map((v) => v.ruleName),
    );
    expect(acknowledgements(china).filter((ack) => !occurring.has(ack.id))).toEqual([]);
    const distribution = acknowledgements(china)
      .filter((ack) => ack.path === 'PuningPortal/Site/Distribution')
      .map((ack) => ack.id)
      .sort();
    expect(distribution).toEqual([
      'AwsSolutions-CFR1',
      'AwsSolutions-CFR2',
      'AwsSolutions-CFR4',
      'AwsSolutions-CFR7',
    ]);
  });

  it('reports nothing new for the China site with directory keys and an IAM server certificate', () => {
    const china = buildStack({
      env: { account: '123456789012', region: 'cn-north-1' },
      siteDirectory: fixtureSiteWithPages(),
      customDomain: {
        domainName: 'dibao.puning.gov.cn',
        iamCertificateId: 'ASCACKCEVSQ6C2EXAMPLE',
      },
      staffIssuer: chinaStaffIssuer,
      notifier: notifierSettingsFromContext(tencentContext, 'cn-north-1'),
    });
    expect(findings(china)).toEqual([]);
    const occurring = new Set(
      new UnacknowledgedChecks().validateScope(china).violations.map((v) => v.ruleName),
    );
    const acks = acknowledgements(china);
    expect(acks.filter((ack) => !occurring.has(ack.id))).toEqual([]);
    // TLS is enforced by the IAM certificate; the deployment no longer invalidates on *.
    expect(acks.map((ack) => ack.id)).not.toContain('AwsSolutions-CFR4');
    expect(
      acks
        .filter((ack) => ack.path.startsWith('PuningPortal/Site/Deployment/'))
        .map((ack) => ack.id),
    ).not.toContain('AwsSolutions-IAM5[Resource::*]');
    expect(
      acks
        .filter((ack) => ack.path.startsWith('PuningPortal/Site/Deployment/DirectoryKeys/'))
        .map((ack) => `${ack.path} ${ack.id}`)
        .sort(),
    ).toEqual([
      expect.stringMatching(
        /^PuningPortal\/Site\/Deployment\/DirectoryKeys\/HandlerRole AwsSolutions-IAM5\[Resource::<SiteContentBucket\w+\.Arn>\/\*\/index\.html\]$/,
      ),
      expect.stringMatching(
        /^PuningPortal\/Site\/Deployment\/DirectoryKeys\/HandlerRole AwsSolutions-IAM5\[Resource::<SiteContentBucket\w+\.Arn>\/\*\]$/,
      ),
    ]);
  });

  it('reports nothing for the web ACL stack, and needs no WAF acknowledgement once it is attached', () => {
    const { edge, portal } = buildStacksWithWebAcl();
    expect(findings(edge)).toEqual([]);
    expect(acknowledgements(edge)).toEqual([]);
    expect(findings(portal)).toEqual([]);
    const ids = acknowledgements(portal).map((ack) => ack.id);
    expect(ids).not.toContain('AwsSolutions-CFR2');
    expect(ids).not.toContain('AwsSolutions-CFR7');
    const withArn = buildStack({
      webAclArn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/portal/0f1e2d3c',
    });
    expect(findings(withArn)).toEqual([]);
    expect(acknowledgements(withArn).map((ack) => ack.id)).not.toContain('AwsSolutions-CFR2');
  });
});
