import {
  type MessageSettings,
  renderMessage,
  type TemplateId,
  templates,
} from '../notifications/templates.ts';
import type { ReportMessage } from './report-outbox.ts';

/**
 * What a reporter is sent: the registered templates `lead-handled` and
 * `complaint-answered` (functions/domain/notifications/templates.ts), so a domestic SMS
 * provider has them registered like every other text. Only the reference is a parameter;
 * a unit test renders both with a reported person's details at hand and checks none appears.
 */
export const reporterTemplateIds = [
  'lead-handled',
  'complaint-answered',
] as const satisfies readonly TemplateId[] & readonly ReportMessage['template'][];

export const reporterTemplates = {
  'lead-handled': templates['lead-handled'],
  'complaint-answered': templates['complaint-answered'],
} as const satisfies Record<ReportMessage['template'], unknown>;

/** The whole text: signature, words, link (the same settings as applicants' messages). */
export function renderReporterMessage(
  message: Pick<ReportMessage, 'template' | 'locale' | 'params'>,
  settings: MessageSettings,
): { sms: string; smsParams: readonly string[] } {
  const { sms, smsParams } = renderMessage(
    message.template,
    message.locale,
    { reference: message.params.reference },
    settings,
  );
  return { sms, smsParams };
}
