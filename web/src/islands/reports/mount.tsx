import { render } from 'preact';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { Option } from '../shared/fields.tsx';
import { ComplaintForm } from './ComplaintForm.tsx';
import type { ReportsContent } from './content/types.ts';
import { FollowComplaint } from './FollowComplaint.tsx';
import { LeadForm } from './LeadForm.tsx';

const parsed = <T,>(value: string | undefined, fallback: T): T =>
  value ? (JSON.parse(value) as T) : fallback;

/**
 * Mounts whichever report form the page holds: the lead form (#lead-app), the complaint
 * form (#complaint-app) or the follow-up (#complaint-follow-app). The township and
 * village options come from the page (rendered at build time).
 */
export function mountReports(locale: Locale, text: ReportsContent): void {
  const lead = document.getElementById('lead-app');
  if (lead) {
    lead.replaceChildren();
    render(
      <LeadForm
        locale={locale}
        text={text}
        townships={parsed<Option[]>(lead.dataset.townships, [])}
        villages={parsed<Record<string, Option[]>>(lead.dataset.villages, {})}
      />,
      lead,
    );
  }
  const complaint = document.getElementById('complaint-app');
  if (complaint) {
    complaint.replaceChildren();
    render(
      <ComplaintForm
        locale={locale}
        text={text}
        townships={parsed<Option[]>(complaint.dataset.townships, [])}
        followHref={complaint.dataset.followHref ?? '/complaints/follow/'}
      />,
      complaint,
    );
  }
  const follow = document.getElementById('complaint-follow-app');
  if (follow) {
    follow.replaceChildren();
    render(<FollowComplaint locale={locale} text={text} />, follow);
  }
}
