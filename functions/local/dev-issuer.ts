import { createHash, randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { townships } from '../domain/divisions.ts';
import { villageAssistantGroup } from '../domain/staff/principal.ts';

/**
 * Local only: a tiny OIDC issuer for the seeded demo staff, so the console signs in
 * locally exactly as it does against Cognito — authorization code with PKCE, an ID
 * token signed with a key published as JWKS, verified by the same API code. It is
 * mounted by the local server under /dev and exists nowhere else.
 */
export interface DemoStaff {
  readonly id: string;
  readonly name: string;
  readonly groups: readonly string[];
  /** A village assistant's village (or township) code, sent as the division claim. */
  readonly division?: string;
  readonly description: string;
}

/** The demo village assistant's village: 新安村委会 of 流沙东街道, where the examples live. */
export const demoAssistantVillage = { code: '445281001201', name: '新安村委会' } as const;

export const demoStaff: readonly DemoStaff[] = [
  {
    id: 'dev-city',
    name: '市民政局 审核员',
    groups: ['city-reviewer'],
    description: '市民政局：查看全部镇（街道），确认或退回',
  },
  {
    id: 'dev-admin',
    name: '系统管理员',
    groups: ['admin'],
    description: '管理员：查看全部数据和统计，不作审批',
  },
  {
    id: 'dev-assistant',
    name: `${demoAssistantVillage.name} 社会救助协理员`,
    groups: [villageAssistantGroup],
    division: demoAssistantVillage.code,
    description: `流沙东街道${demoAssistantVillage.name}的协理员：代人申请，只看本人提交的申请和本村的困难群众线索`,
  },
  ...townships.map((t) => ({
    id: `dev-${t.code}`,
    name: `${t.name} 经办人`,
    groups: [`township-${t.code}`],
    description: `${t.name}（${t.nameEn}）的工作人员`,
  })),
];

export const devClientId = 'puning-staff-console-local';

interface PendingCode {
  readonly staff: DemoStaff;
  readonly challenge: string;
  readonly redirectUri: string;
  readonly expires: number;
}

/** For the two local HTML pages (sign-in, messages). */
export const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function createDevIssuer(origin: string) {
  const issuer = `${origin}/dev/oidc`;
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const kid = randomBytes(8).toString('hex');
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  const codes = new Map<string, PendingCode>();

  // The console's own callback on this server, whether opened as localhost or 127.0.0.1.
  const port = new URL(origin).port;
  const allowedRedirect = (uri: string) => {
    if (!URL.canParse(uri)) return false;
    const url = new URL(uri);
    return (
      (url.hostname === '127.0.0.1' || url.hostname === 'localhost') &&
      url.port === port &&
      url.search === '' &&
      (url.pathname === '/staff/callback/' || url.pathname === '/en/staff/callback/')
    );
  };

  async function idToken(staff: DemoStaff, now = Date.now()): Promise<string> {
    return new SignJWT({
      name: staff.name,
      'cognito:groups': [...staff.groups],
      ...(staff.division ? { 'custom:division': staff.division } : {}),
    })
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(devClientId)
      .setSubject(staff.id)
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(now / 1000) + 3600)
      .sign(privateKey);
  }

  function signInPage(params: URLSearchParams): string {
    const hidden = ['redirect_uri', 'state', 'code_challenge']
      .map(
        (name) =>
          `<input type="hidden" name="${name}" value="${escapeHtml(params.get(name) ?? '')}">`,
      )
      .join('');
    const rows = demoStaff
      .map(
        (s) =>
          `<li><button type="submit" name="staff" value="${escapeHtml(s.id)}">${escapeHtml(s.name)}</button> <span>${escapeHtml(s.description)}</span></li>`,
      )
      .join('');
    return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>本地演示登录 · 普宁市社会救助工作台</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/dev/sign-in.css"></head><body><main><h1>本地演示登录</h1><p>这是本地开发用的登录页，只在 <code>npm start</code> 启动的本地系统中存在。正式环境使用统一身份认证（Cognito 或政务身份认证），并要求多因素认证。</p><p>请选择一位演示工作人员：</p><form method="post" action="/dev/oidc/authorize">${hidden}<ul>${rows}</ul></form></main></body></html>`;
  }

  const css = `body{font:18px/1.6 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#1a1a1a;background:#fff}main{max-width:56rem;margin:0 auto;padding:1rem}ul{list-style:none;padding:0}li{margin:.5rem 0}button{font:inherit;min-height:44px;padding:.25rem 1rem;border:2px solid #1d4f91;background:#1d4f91;color:#fff;border-radius:4px;cursor:pointer}button:focus-visible{outline:3px solid #b35900;outline-offset:2px}span{color:#333}table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.5rem;text-align:left;vertical-align:top}caption{text-align:left;font-weight:700;padding:.5rem 0}`;

  const routes = new Hono()
    .get('/jwks.json', (c) => c.json({ keys: [publicJwk] }))
    .get('/sign-in.css', (c) => c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8' }))
    .get('/oidc/authorize', (c) => {
      const params = new URL(c.req.url).searchParams;
      if (
        params.get('response_type') !== 'code' ||
        params.get('client_id') !== devClientId ||
        params.get('code_challenge_method') !== 'S256' ||
        !params.get('code_challenge') ||
        !allowedRedirect(params.get('redirect_uri') ?? '')
      )
        return c.text('invalid_request', 400);
      return c.html(signInPage(params));
    })
    .post('/oidc/authorize', async (c) => {
      const form = await c.req.parseBody();
      const staff = demoStaff.find((s) => s.id === form.staff);
      const redirectUri = String(form.redirect_uri ?? '');
      const challenge = String(form.code_challenge ?? '');
      if (!staff || !allowedRedirect(redirectUri) || !challenge)
        return c.text('invalid_request', 400);
      const code = randomBytes(24).toString('base64url');
      codes.set(code, { staff, challenge, redirectUri, expires: Date.now() + 60_000 });
      const target = new URL(redirectUri);
      target.searchParams.set('code', code);
      target.searchParams.set('state', String(form.state ?? ''));
      return c.redirect(target.toString(), 303);
    })
    .post('/oidc/token', async (c) => {
      const form = await c.req.parseBody();
      const code = String(form.code ?? '');
      const pending = codes.get(code);
      codes.delete(code);
      const verifier = String(form.code_verifier ?? '');
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      if (
        form.grant_type !== 'authorization_code' ||
        form.client_id !== devClientId ||
        !pending ||
        pending.expires < Date.now() ||
        pending.redirectUri !== form.redirect_uri ||
        pending.challenge !== challenge
      )
        return c.json({ error: 'invalid_grant' }, 400);
      return c.json({
        id_token: await idToken(pending.staff),
        token_type: 'Bearer',
        expires_in: 3600,
      });
    })
    .get('/oidc/logout', (c) => c.redirect('/staff/', 303));

  return {
    routes,
    idToken,
    config: {
      issuer,
      jwksUrl: `${origin}/dev/jwks.json`,
      audience: devClientId,
      algorithms: ['ES256'],
      groupsClaim: 'cognito:groups',
      divisionClaim: 'custom:division',
      // Same-origin paths, so the console works whether opened as localhost or 127.0.0.1.
      authorizeUrl: '/dev/oidc/authorize',
      tokenUrl: '/dev/oidc/token',
      logoutUrl: '/dev/oidc/logout',
    },
  };
}
