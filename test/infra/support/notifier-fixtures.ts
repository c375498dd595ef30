import {
  applicantTemplateIds,
  notifierSettingsFromContext,
} from '../../../infra/lib/notifier-config.ts';
import type { PortalStack } from '../../../infra/lib/portal-stack.ts';
import type { ExternalIssuer } from '../../../infra/lib/staff-identity-config.ts';
import { buildStack } from './build-stack.ts';

/** The staff issuer of a China deployment (no Cognito there). */
export const chinaStaffIssuer: ExternalIssuer = {
  issuer: 'https://idp.puning.gov.cn/realms/staff',
  jwksUrl: 'https://idp.puning.gov.cn/realms/staff/protocol/openid-connect/certs',
  audience: 'puning-staff-console',
  authorizeUrl: 'https://idp.puning.gov.cn/realms/staff/protocol/openid-connect/auth',
  tokenUrl: 'https://idp.puning.gov.cn/realms/staff/protocol/openid-connect/token',
};

/** Approved Tencent template ids, one per applicant template. */
export const tencentTemplateIds: Record<string, string> = Object.fromEntries(
  applicantTemplateIds.map((id, index) => [id, String(2_200_001 + index)]),
);

/** The context of a Tencent Cloud SMS deployment, as `-c` values give it. */
export const tencentContext = {
  tencentSmsAppId: '1400123456',
  tencentSmsSignName: '普宁市民政局',
  tencentSmsTemplateIds: JSON.stringify(tencentTemplateIds),
};

/** The stack as deployed to cn-north-1: external staff issuer, Tencent Cloud SMS. */
export function buildChinaStack(context: Record<string, unknown> = {}): PortalStack {
  return buildStack({
    env: { account: '111111111111', region: 'cn-north-1' },
    staffIssuer: chinaStaffIssuer,
    notifier: notifierSettingsFromContext({ ...tencentContext, ...context }, 'cn-north-1'),
  });
}
