import { Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { townships } from '../../functions/domain/divisions.ts';
import {
  assertDomainPrefix,
  defaultAlgorithms,
  defaultDivisionClaim,
  defaultGroupsClaim,
  type ExternalIssuer,
} from './staff-identity-config.ts';

export type { ExternalIssuer } from './staff-identity-config.ts';

/** How the API verifies staff ID tokens and how the console signs staff in. */
export interface StaffAuthSettings {
  readonly issuer: string;
  readonly jwksUrl: string;
  /** The expected `aud` of ID tokens (for Cognito: the app client id). */
  readonly audience: string;
  readonly algorithms: readonly string[];
  readonly groupsClaim: string;
  /** The claim with a village assistant's village or township code. */
  readonly divisionClaim: string;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly logoutUrl?: string;
}

/** The API function's environment for staff sign-in (read by functions/handlers/api.ts). */
export function staffAuthEnvironment(auth: StaffAuthSettings): Record<string, string> {
  return {
    STAFF_ISSUER: auth.issuer,
    STAFF_JWKS_URL: auth.jwksUrl,
    STAFF_AUDIENCE: auth.audience,
    STAFF_ALGORITHMS: auth.algorithms.join(','),
    STAFF_GROUPS_CLAIM: auth.groupsClaim,
    STAFF_DIVISION_CLAIM: auth.divisionClaim,
    STAFF_AUTHORIZE_URL: auth.authorizeUrl,
    STAFF_TOKEN_URL: auth.tokenUrl,
    ...(auth.logoutUrl === undefined ? {} : { STAFF_LOGOUT_URL: auth.logoutUrl }),
  };
}

export const cityReviewerGroup = 'city-reviewer';
export const adminGroup = 'admin';
export const villageAssistantGroup = 'village-assistant';
export const townshipGroup = (code: string): string => `township-${code}`;

/**
 * Every staff group, with a bilingual description: one per township (its reviewers see
 * that township's queue only), the city bureau's reviewers, administrators, and village
 * assistants (their village or township is the user's `custom:division` attribute: one
 * group per village would be 580 groups).
 */
export const staffGroups: readonly { readonly name: string; readonly description: string }[] = [
  ...townships.map((t) => ({
    name: townshipGroup(t.code),
    description: `${t.name}初审人员：只处理本镇街的申请 / ${t.nameEn} reviewers: the applications of this township only`,
  })),
  {
    name: cityReviewerGroup,
    description:
      '市民政局复核人员：查看全部镇街，确认或退回初审结果 / City bureau reviewers: see every township, confirm or return township assessments',
  },
  {
    name: adminGroup,
    description:
      '管理员：查看全部镇街与统计，不作审核决定 / Administrators: see every township and the dashboards, take no decisions',
  },
  {
    name: villageAssistantGroup,
    description:
      "村（居）委会成员、社会救助协理员：代人申请，只看本人提交的申请和本村（居）的困难群众线索（只记录走访）；所在村（居）或镇街由用户属性 custom:division 设定 / Village assistants: apply on a person's behalf and see only what they submitted and their village's hardship leads (recording visits only); their village or township is the custom:division attribute",
  },
];

/** The console's redirect path under the site origin. */
export const staffCallbackPath = '/staff/callback/';
export const staffSignedOutPath = '/staff/';

export interface StaffIdentityProps {
  /** The site's origin, `https://<domain>` without a trailing slash. */
  readonly siteUrl: string;
  /** An OIDC issuer outside AWS; without it a Cognito user pool is created. */
  readonly external?: ExternalIssuer;
  /** The Cognito prefix domain; `<stack name in kebab case>-<account>` by default. */
  readonly domainPrefix?: string;
}

/**
 * Who staff are. In AWS global regions a Cognito user pool that only administrators add
 * users to, with TOTP MFA required and a public authorization-code + PKCE client for the
 * console; in AWS China regions, where Cognito user pools do not exist, an external OIDC
 * issuer and no Cognito resource at all. Either way the result is the same settings.
 */
export class StaffIdentity extends Construct {
  readonly settings: StaffAuthSettings;
  readonly userPool?: UserPool;
  readonly client?: UserPoolClient;
  readonly domain?: UserPoolDomain;

  constructor(scope: Construct, id: string, props: StaffIdentityProps) {
    super(scope, id);
    const { external } = props;
    if (external) {
      this.settings = {
        issuer: external.issuer,
        jwksUrl: external.jwksUrl,
        audience: external.audience,
        algorithms: external.algorithms ?? defaultAlgorithms,
        groupsClaim: external.groupsClaim ?? defaultGroupsClaim,
        divisionClaim: external.divisionClaim ?? defaultDivisionClaim,
        authorizeUrl: external.authorizeUrl,
        tokenUrl: external.tokenUrl,
        logoutUrl: external.logoutUrl,
      };
      return;
    }

    const stack = Stack.of(this);
    if (!Token.isUnresolved(stack.region) && stack.region.startsWith('cn-')) {
      throw new Error(
        `Amazon Cognito user pools are not available in ${stack.region}: pass an external OIDC issuer (staffIssuer context, see docs/deploy-staff-identity.md)`,
      );
    }
    if (props.domainPrefix !== undefined) assertDomainPrefix(props.domainPrefix);

    const consoleUrl = `${props.siteUrl}${staffSignedOutPath}`;
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `${stack.stackName}-staff`,
      // Administrators create every account; nobody can sign themselves up.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: {
        email: { required: true, mutable: true },
        // Decisions and notes carry the reviewer's name.
        fullname: { required: true, mutable: true },
      },
      // A village assistant's 12-digit village or township code, set by an administrator.
      customAttributes: {
        division: new StringAttribute({ minLen: 12, maxLen: 12, mutable: true }),
      },
      autoVerify: { email: true },
      keepOriginal: { email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 12,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus: compromised-credential and adaptive-authentication checks, enforced.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: '普宁市社会救助平台工作人员账号 / Puning assistance portal staff account',
        emailBody: [
          '您的工作人员账号已开通。用户名：{username}，临时密码：{####}（3 天内有效）。',
          `请在 ${consoleUrl} 登录，设置新密码并绑定身份验证器应用（TOTP）。`,
          '<br><br>',
          'Your staff account is ready. Username: {username}, temporary password: {####} (valid for 3 days). ',
          `Sign in at ${consoleUrl}, choose a new password and set up an authenticator app (TOTP).`,
        ].join(''),
      },
      userVerification: {
        emailSubject: '普宁市社会救助平台验证码 / Puning assistance portal verification code',
        emailBody: '您的验证码：{####} / Your verification code: {####}',
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    for (const group of staffGroups) {
      this.userPool.addGroup(groupConstructId(group.name), {
        groupName: group.name,
        description: group.description,
      });
    }

    this.client = this.userPool.addClient('ConsoleClient', {
      userPoolClientName: 'staff-console',
      // A browser app: a public client, no secret to leak.
      generateSecret: false,
      // No direct password flows: sign-in only through the managed login pages.
      authFlows: { userSrp: false },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${props.siteUrl}${staffCallbackPath}`],
        logoutUrls: [consoleUrl],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      // The division is read into the ID token but never writable by the user (only the
      // required standard attributes are): an assistant cannot move itself to another village.
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('division'),
      writeAttributes: new ClientAttributes().withStandardAttributes({
        email: true,
        fullname: true,
      }),
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      // Time between the sign-in steps; enrolling an authenticator on first sign-in takes a while.
      authSessionValidity: Duration.minutes(10),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
    });

    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix ?? defaultDomainPrefix(stack) },
      // Managed login pages are localised (lang=zh-CN); the classic hosted UI is English only.
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    // Managed login shows an error page until the client has a style.
    new CfnManagedLoginBranding(this, 'ManagedLoginBranding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    const issuer = `https://cognito-idp.${stack.region}.amazonaws.com/${this.userPool.userPoolId}`;
    const domainUrl = this.domain.baseUrl();
    this.settings = {
      issuer,
      jwksUrl: `${issuer}/.well-known/jwks.json`,
      audience: this.client.userPoolClientId,
      algorithms: defaultAlgorithms,
      groupsClaim: defaultGroupsClaim,
      divisionClaim: defaultDivisionClaim,
      authorizeUrl: `${domainUrl}/oauth2/authorize`,
      tokenUrl: `${domainUrl}/oauth2/token`,
      logoutUrl: `${domainUrl}/logout`,
    };
  }
}

/** `township-445281104000` → `Township445281104000`, `city-reviewer` → `CityReviewer`. */
function groupConstructId(groupName: string): string {
  return groupName
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** `PuningPortal` in account 111111111111 → `puning-portal-111111111111`. */
function defaultDomainPrefix(stack: Stack): string {
  const name = stack.stackName
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  const prefix = `${name}-${stack.account}`;
  if (!Token.isUnresolved(prefix)) assertDomainPrefix(prefix);
  return prefix;
}
