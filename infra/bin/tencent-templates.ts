import { tencentTemplateRegistrations } from '../lib/notifier-config.ts';

/**
 * `npx tsx infra/bin/tencent-templates.ts`: the templates to register with Tencent
 * Cloud SMS, as they are in functions/domain/notifications/templates.ts now.
 */
for (const { id, params, text } of tencentTemplateRegistrations()) {
  console.info(`${id}\n  parameters: ${params.map((p, n) => `{${n + 1}} ${p}`).join(', ')}`);
  console.info(`  text: ${text}\n`);
}
