import { tencentTemplateRegistrations } from '../lib/notifier-config.ts';

/**
 * `npx tsx infra/bin/tencent-templates.ts https://<domainName>`: the templates to register
 * with Tencent Cloud SMS, as they are in functions/domain/notifications/templates.ts now,
 * with the site's status link (the origin given) as fixed text.
 */
for (const { id, params, text } of tencentTemplateRegistrations(process.argv[2])) {
  console.info(`${id}\n  parameters: ${params.map((p, n) => `{${n + 1}} ${p}`).join(', ')}`);
  console.info(`  text: ${text}\n`);
}
