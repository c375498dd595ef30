import type { LocalizedText } from './locale.ts';

/**
 * The public hotlines the portal names wherever a person may need to call: 12345, the
 * government service line, and 12349, the civil affairs line (the same two the site's
 * footer and the emergency-help page give), and 12333, the human resources and social
 * security service line (jobs, work injury), the same number nationwide (decisions
 * "Referrals"). No other department's number is given: none is confirmed for Puning.
 */
export const hotlines = {
  government: '12345',
  civilAffairs: '12349',
  humanResources: '12333',
} as const;

/** "Call 12345 or 12349" as one short phrase, for messages and error answers. */
export const callHotlines: LocalizedText = {
  'zh-CN': `咨询${hotlines.government}或${hotlines.civilAffairs}`,
  en: `Call ${hotlines.government} or ${hotlines.civilAffairs}`,
};
