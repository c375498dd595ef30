import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { townships } from '../../functions/domain/divisions.ts';
import {
  type ExternalIssuer,
  staffIdentityFromContext,
} from '../../infra/lib/staff-identity-config.ts';
import { buildStack } from './support/build-stack.ts';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

/** An issuer as a Keycloak realm in a China region would publish it. */
const chinaIssuer: ExternalIssuer = {
  issuer: 'https://idp.puning.gov.cn/realms/staff',
  jwksUrl: 'https://idp.puning.gov.cn/realms/staff/protocol/openid-connect/certs',
  audience: 'puning-staff-console',
  authorizeUrl: 'https://idp.puning.gov.cn/realms/staff/protocol/openid-connect/auth',
  tokenUrl: 'https://idp.puning.gov.cn/realms/staff/protocol/openid-connect/token',
  logoutUrl: 'https://idp.puning.gov.cn/realms/staff/protocol/openid-connect/logout',
  algorithms: ['RS256'],
  groupsClaim: 'groups',
  divisionClaim: 'division_code',
};

const logicalId = (template: Template, type: string): string => {
  const ids = Object.keys(template.findResources(type));
  expect(ids, type).toHaveLength(1);
  return ids[0] ?? '';
};

const propsOf = (template: Template, type: string) =>
  Object.values(template.findResources(type) as Resources).map((r) => r.Properties ?? {});

const route = (template: Template, routeKey: string) => {
  const [found] = propsOf(template, 'AWS::ApiGatewayV2::Route').filter(
    (p) => p.RouteKey === routeKey,
  );
  expect(found, routeKey).toBeDefined();
  return found ?? {};
};

const apiVariables = (template: Template): Record<string, unknown> => {
  const [fn] = propsOf(template, 'AWS::Lambda::Function').filter(
    (p) => (p.Environment as { Variables?: Record<string, unknown> })?.Variables?.STAFF_ISSUER,
  );
  expect(fn, 'the API function').toBeDefined();
  return (fn?.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
};

describe('staff identity in AWS global regions (Cognito user pool)', () => {
  let template: Template;
  let poolId: string;
  let clientId: string;
  let distributionId: string;
  let issuer: unknown;

  beforeAll(() => {
    template = Template.fromStack(buildStack());
    poolId = logicalId(template, 'AWS::Cognito::UserPool');
    clientId = logicalId(template, 'AWS::Cognito::UserPoolClient');
    distributionId = logicalId(template, 'AWS::CloudFront::Distribution');
    issuer = {
      'Fn::Join': [
        '',
        ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/', { Ref: poolId }],
      ],
    };
  });

  it('lets only administrators create staff accounts', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
      UsernameAttributes: ['email'],
    });
  });

  it('requires an authenticator app (TOTP) as second factor, with no SMS or email codes', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  it('requires long, mixed passwords and recovers accounts by verified email only', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 14,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    });
  });

  it('enforces threat protection (compromised credentials, adaptive authentication)', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
  });

  it('keeps the user pool when the stack is deleted or the pool replaced', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', { DeletionProtection: 'ACTIVE' });
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('has one group per township, plus city-reviewer, admin and village-assistant, each described in Chinese and English', () => {
    const groups = propsOf(template, 'AWS::Cognito::UserPoolGroup');
    expect(groups).toHaveLength(townships.length + 3);
    expect(groups.map((g) => g.GroupName).sort()).toEqual(
      [
        ...townships.map((t) => `township-${t.code}`),
        'city-reviewer',
        'admin',
        'village-assistant',
      ].sort(),
    );
    for (const group of groups) {
      expect(group.UserPoolId).toEqual({ Ref: poolId });
      expect(group.Description, String(group.GroupName)).toMatch(/\p{Script=Han}.* \/ [A-Z]/u);
    }
  });

  it("puts a village assistant's division into the ID token, never writable by the user", () => {
    const [pool] = propsOf(template, 'AWS::Cognito::UserPool');
    expect(pool?.Schema).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Name: 'division',
          AttributeDataType: 'String',
          StringAttributeConstraints: { MinLength: '12', MaxLength: '12' },
        }),
      ]),
    );
    const [client] = propsOf(template, 'AWS::Cognito::UserPoolClient');
    expect(client?.ReadAttributes).toContain('custom:division');
    expect(client?.WriteAttributes).not.toContain('custom:division');
    expect(apiVariables(template)).toMatchObject({ STAFF_DIVISION_CLAIM: 'custom:division' });
  });

  it('gives the console a public client: authorization code only, no secret, no password flows', () => {
    const [client] = propsOf(template, 'AWS::Cognito::UserPoolClient');
    expect(client).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
      SupportedIdentityProviders: ['COGNITO'],
    });
    expect([...((client?.AllowedOAuthScopes as string[] | undefined) ?? [])].sort()).toEqual([
      'email',
      'openid',
      'profile',
    ]);
  });

  it("redirects sign-in only to the site's /staff/callback/, never to localhost", () => {
    const siteUrl = (path: string) => ({
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, path]],
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: [siteUrl('/staff/callback/')],
      LogoutURLs: [siteUrl('/staff/')],
    });
    expect(JSON.stringify(template.toJSON())).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('uses the custom domain for the callback when one is configured', () => {
    const withDomain = Template.fromStack(
      buildStack({
        customDomain: {
          domainName: 'dibao.puning.gov.cn',
          certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/portal',
        },
      }),
    );
    withDomain.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      CallbackURLs: ['https://dibao.puning.gov.cn/staff/callback/'],
    });
  });

  it('issues one-hour ID tokens and twelve-hour refresh tokens, and hides whether an account exists', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      IdTokenValidity: 60,
      RefreshTokenValidity: 720,
      TokenValidityUnits: Match.objectLike({ IdToken: 'minutes', RefreshToken: 'minutes' }),
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
    });
  });

  it('serves localised managed sign-in pages on a prefix domain named after the stack and account', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: { 'Fn::Join': ['', ['puning-portal-', { Ref: 'AWS::AccountId' }]] },
      ManagedLoginVersion: 2,
      UserPoolId: { Ref: poolId },
    });
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', {
      ClientId: { Ref: clientId },
      UseCognitoProvidedValues: true,
    });
  });

  it('takes the domain prefix from staffAuthDomainPrefix when given', () => {
    const custom = Template.fromStack(buildStack({ staffAuthDomainPrefix: 'puning-dibao-staff' }));
    custom.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'puning-dibao-staff',
    });
  });

  it("tells the API function the pool's issuer and JWKS and the console client as audience", () => {
    const domainUrl = (path: string) => ({
      'Fn::Join': [
        '',
        [
          'https://',
          { Ref: logicalId(template, 'AWS::Cognito::UserPoolDomain') },
          '.auth.',
          { Ref: 'AWS::Region' },
          `.amazoncognito.com${path}`,
        ],
      ],
    });
    expect(apiVariables(template)).toMatchObject({
      STAFF_ISSUER: issuer,
      STAFF_JWKS_URL: {
        'Fn::Join': [
          '',
          [
            'https://cognito-idp.',
            { Ref: 'AWS::Region' },
            '.amazonaws.com/',
            { Ref: poolId },
            '/.well-known/jwks.json',
          ],
        ],
      },
      STAFF_AUDIENCE: { Ref: clientId },
      STAFF_ALGORITHMS: 'RS256',
      STAFF_GROUPS_CLAIM: 'cognito:groups',
      STAFF_AUTHORIZE_URL: domainUrl('/oauth2/authorize'),
      STAFF_TOKEN_URL: domainUrl('/oauth2/token'),
      STAFF_LOGOUT_URL: domainUrl('/logout'),
    });
  });

  it('puts /api/staff/* behind a JWT authorizer for the pool and client, and leaves /api/{proxy+} open', () => {
    const authorizerId = logicalId(template, 'AWS::ApiGatewayV2::Authorizer');
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Issuer: issuer, Audience: [{ Ref: clientId }] },
    });
    for (const key of ['ANY /api/staff/{proxy+}', 'ANY /api/staff']) {
      expect(route(template, key)).toMatchObject({
        AuthorizationType: 'JWT',
        AuthorizerId: { Ref: authorizerId },
      });
    }
    const open = route(template, 'ANY /api/{proxy+}');
    expect(open.AuthorizationType ?? 'NONE').toBe('NONE');
    expect(open.AuthorizerId).toBeUndefined();
  });

  it('sends staff routes to the staff function and every other route to the public one', () => {
    const routes = propsOf(template, 'AWS::ApiGatewayV2::Route');
    const targetOf = (key: string) => JSON.stringify(route(template, key).Target);
    const staffTarget = targetOf('ANY /api/staff/{proxy+}');
    expect(targetOf('ANY /api/staff')).toBe(staffTarget);
    const publicTargets = new Set(
      routes
        .filter((p) => !String(p.RouteKey).includes('/api/staff'))
        .map((p) => JSON.stringify(p.Target)),
    );
    expect(publicTargets.size).toBe(1);
    expect(publicTargets.has(staffTarget)).toBe(false);
    template.resourceCountIs('AWS::ApiGatewayV2::Integration', 2);
    const integrations = propsOf(template, 'AWS::ApiGatewayV2::Integration').map((p) =>
      JSON.stringify(p.IntegrationUri),
    );
    expect(integrations.some((uri) => uri.includes('ApiStaffHandler'))).toBe(true);
    expect(integrations.some((uri) => /ApiHandler[0-9A-F]{8}/.test(uri))).toBe(true);
  });

  it('outputs the user pool id and the sign-in domain', () => {
    template.hasOutput('StaffUserPoolId', { Value: { Ref: poolId } });
    template.hasOutput('StaffSignInDomain', { Value: Match.anyValue() });
  });
});

describe('staff identity with an external OIDC issuer (AWS China regions)', () => {
  let template: Template;

  beforeAll(() => {
    template = Template.fromStack(buildStack({ staffIssuer: chinaIssuer }));
  });

  it('creates no Cognito resource at all', () => {
    const types = Object.values(template.toJSON().Resources as Resources).map((r) => r.Type);
    expect(types.filter((type) => type.startsWith('AWS::Cognito::'))).toEqual([]);
    expect(Object.keys(template.findOutputs('*'))).not.toContain('StaffUserPoolId');
  });

  it('gives the API function the configured issuer settings unchanged', () => {
    expect(apiVariables(template)).toMatchObject({
      STAFF_ISSUER: chinaIssuer.issuer,
      STAFF_JWKS_URL: chinaIssuer.jwksUrl,
      STAFF_AUDIENCE: chinaIssuer.audience,
      STAFF_ALGORITHMS: 'RS256',
      STAFF_GROUPS_CLAIM: 'groups',
      STAFF_DIVISION_CLAIM: 'division_code',
      STAFF_AUTHORIZE_URL: chinaIssuer.authorizeUrl,
      STAFF_TOKEN_URL: chinaIssuer.tokenUrl,
      STAFF_LOGOUT_URL: chinaIssuer.logoutUrl,
    });
  });

  it('leaves STAFF_LOGOUT_URL unset when the issuer has no logout endpoint', () => {
    const { logoutUrl: _, ...withoutLogout } = chinaIssuer;
    const variables = apiVariables(Template.fromStack(buildStack({ staffIssuer: withoutLogout })));
    expect(variables.STAFF_ISSUER).toBe(chinaIssuer.issuer);
    expect(variables).not.toHaveProperty('STAFF_LOGOUT_URL');
  });

  it('authorizes /api/staff/* against the external issuer and audience', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: chinaIssuer.issuer, Audience: [chinaIssuer.audience] },
    });
    expect(route(template, 'ANY /api/staff/{proxy+}').AuthorizationType).toBe('JWT');
  });

  it('refuses to build a user pool for a China region', () => {
    expect(() => buildStack({ env: { account: '111111111111', region: 'cn-north-1' } })).toThrow(
      /Cognito user pools are not available in cn-north-1/,
    );
  });
});

describe('staffIdentityFromContext', () => {
  const external = {
    staffIssuer: chinaIssuer.issuer,
    staffJwksUrl: chinaIssuer.jwksUrl,
    staffAudience: chinaIssuer.audience,
    staffAuthorizeUrl: chinaIssuer.authorizeUrl,
    staffTokenUrl: chinaIssuer.tokenUrl,
  };

  it('chooses a Cognito user pool in AWS global regions and when the region is unknown', () => {
    expect(staffIdentityFromContext({}, 'ap-east-1')).toEqual({
      kind: 'cognito',
      domainPrefix: undefined,
    });
    expect(staffIdentityFromContext({}, undefined).kind).toBe('cognito');
    expect(
      staffIdentityFromContext({ staffAuthDomainPrefix: 'puning-dibao' }, 'us-east-1'),
    ).toEqual({ kind: 'cognito', domainPrefix: 'puning-dibao' });
  });

  it('refuses an AWS China region without an external issuer, naming the values to set', () => {
    for (const region of ['cn-north-1', 'cn-northwest-1']) {
      expect(() => staffIdentityFromContext({}, region)).toThrow(
        /Cognito user pools are not available in the AWS China regions.*staffIssuer, staffJwksUrl, staffAudience, staffAuthorizeUrl, staffTokenUrl/,
      );
    }
  });

  it('uses the external issuer in any region, with RS256 and cognito:groups by default', () => {
    const expected = {
      kind: 'external',
      issuer: {
        issuer: chinaIssuer.issuer,
        jwksUrl: chinaIssuer.jwksUrl,
        audience: chinaIssuer.audience,
        authorizeUrl: chinaIssuer.authorizeUrl,
        tokenUrl: chinaIssuer.tokenUrl,
        logoutUrl: undefined,
        algorithms: ['RS256'],
        groupsClaim: 'cognito:groups',
        divisionClaim: 'custom:division',
      },
    };
    expect(staffIdentityFromContext(external, 'cn-north-1')).toEqual(expected);
    expect(staffIdentityFromContext(external, 'eu-west-1')).toEqual(expected);
  });

  it('reads the optional logout URL, algorithms, groups claim and division claim', () => {
    const config = staffIdentityFromContext(
      {
        ...external,
        staffLogoutUrl: chinaIssuer.logoutUrl,
        staffAlgorithms: 'RS256, RS512',
        staffGroupsClaim: 'groups',
        staffDivisionClaim: 'division_code',
      },
      'cn-northwest-1',
    );
    expect(config).toMatchObject({
      kind: 'external',
      issuer: {
        logoutUrl: chinaIssuer.logoutUrl,
        algorithms: ['RS256', 'RS512'],
        groupsClaim: 'groups',
        divisionClaim: 'division_code',
      },
    });
  });

  it('names every missing value of an incomplete external issuer', () => {
    expect(() =>
      staffIdentityFromContext(
        { staffIssuer: chinaIssuer.issuer, staffAudience: 'x' },
        'cn-north-1',
      ),
    ).toThrow('missing: staffJwksUrl, staffAuthorizeUrl, staffTokenUrl');
    expect(() =>
      staffIdentityFromContext({ staffJwksUrl: chinaIssuer.jwksUrl }, 'us-east-1'),
    ).toThrow('missing: staffIssuer, staffAudience, staffAuthorizeUrl, staffTokenUrl');
  });

  it('refuses issuer URLs that are not https', () => {
    expect(() =>
      staffIdentityFromContext(
        {
          ...external,
          staffTokenUrl: 'http://idp.puning.gov.cn/token',
          staffLogoutUrl: 'nonsense',
        },
        'cn-north-1',
      ),
    ).toThrow('must be https:// URLs: staffTokenUrl, staffLogoutUrl');
  });

  it('refuses signing algorithms an API Gateway JWT authorizer cannot verify', () => {
    expect(() =>
      staffIdentityFromContext({ ...external, staffAlgorithms: 'RS256,HS256' }, 'cn-north-1'),
    ).toThrow(/staffAlgorithms must list only RS256, RS384, RS512/);
  });

  it('refuses a Cognito domain prefix Cognito would reject', () => {
    for (const prefix of ['Puning', 'puning-cognito', '-puning', 'puning_portal']) {
      expect(() =>
        staffIdentityFromContext({ staffAuthDomainPrefix: prefix }, 'us-east-1'),
      ).toThrow(/not a valid Cognito domain prefix/);
    }
  });
});
