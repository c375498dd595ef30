import type {
  queueRow,
  StaffApplicationView as ServerApplicationView,
} from '../../../../functions/api/services/staff-view.ts';
import type { ApplicationState } from '../../../../functions/domain/application/states.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type {
  ComplaintFigures,
  LeadFigures,
} from '../../../../functions/domain/reports/report-tallies.ts';
import type { ReviewQueueRow } from '../../../../functions/domain/staff/after-approval.ts';
import type { Dashboard as ServerDashboard } from '../../../../functions/domain/staff/dashboard.ts';
import type { ExportJobView } from '../../../../functions/domain/staff/export-job.ts';
import type { StaffRole } from '../../../../functions/domain/staff/principal.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import { forgetToken, idToken } from './auth.ts';

/**
 * The shapes the staff API answers with: the server's own types (type-only imports,
 * erased from the bundle), so the console and the API cannot drift apart.
 */
export type { ReviewQueueRow } from '../../../../functions/domain/staff/after-approval.ts';
export type { StaffRole } from '../../../../functions/domain/staff/principal.ts';
export type QueueRow = ReturnType<typeof queueRow>;
export type StaffApplicationView = ServerApplicationView;

export interface TownshipRef {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

export interface Me {
  readonly id: string;
  readonly name: string;
  readonly role: StaffRole;
  readonly township: TownshipRef | null;
  /** A village assistant scoped to one village. */
  readonly village?: { readonly code: string; readonly name: string };
}

export interface QueuePage {
  readonly township: string;
  readonly items: readonly QueueRow[];
  readonly cursor?: string;
}

/** The 待复核 view: one row per line with work after approval. */
export interface ReviewQueuePage {
  readonly township: string;
  readonly items: readonly ReviewQueueRow[];
  readonly cursor?: string;
}

export type Dashboard = ServerDashboard & {
  readonly township: string;
  readonly leads: LeadFigures;
  /** Only for the city bureau and admins. */
  readonly complaints?: ComplaintFigures;
};

/** What a call came back with, already sorted into what the screens handle. */
export type ApiResult<T> =
  | { readonly kind: 'ok'; readonly data: T; readonly response: Response }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'forbidden'; readonly message: string }
  | { readonly kind: 'not-found'; readonly message: string }
  | { readonly kind: 'invalid'; readonly errors: readonly FieldError[]; readonly message: string }
  | {
      readonly kind: 'conflict';
      readonly message: string;
      readonly current?: { status: ApplicationState; version: number };
    }
  | { readonly kind: 'failed'; readonly message: string };

const networkMessage: Record<Locale, string> = {
  'zh-CN': '网络不通或服务暂时不可用，请稍后再试。',
  en: 'The network or the service is not available. Try again later.',
};

/** Calls the staff API with the bearer token; a 401 forgets the token. */
export async function staffApi<T>(
  path: string,
  locale: Locale,
  init: { method?: 'GET' | 'POST'; body?: unknown; raw?: boolean } = {},
): Promise<ApiResult<T>> {
  const token = idToken();
  if (!token) return { kind: 'signed-out' };
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${token}`,
        'Accept-Language': locale,
        ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    return { kind: 'failed', message: networkMessage[locale] };
  }
  if (res.ok) {
    if (init.raw) return { kind: 'ok', data: undefined as T, response: res };
    return { kind: 'ok', data: (await res.json()) as T, response: res };
  }
  const problem = (await res.json().catch(() => ({}))) as {
    title?: string;
    detail?: string;
    errors?: FieldError[];
    current?: { status: ApplicationState; version: number };
  };
  const message = problem.title ?? problem.detail ?? networkMessage[locale];
  switch (res.status) {
    case 401:
      forgetToken();
      return { kind: 'signed-out' };
    case 403:
      return { kind: 'forbidden', message };
    case 404:
      return { kind: 'not-found', message };
    case 400:
      return { kind: 'invalid', errors: problem.errors ?? [], message };
    case 409:
      return {
        kind: 'conflict',
        message,
        ...(problem.current ? { current: problem.current } : {}),
      };
    default:
      return { kind: 'failed', message: networkMessage[locale] };
  }
}

/** An export job as the staff API shows it (functions/domain/staff/export-job.ts). */
export type ExportJob = ExportJobView & {
  readonly download?: { readonly url: string; readonly expiresAt: string };
};

const pollEveryMs = 1000;
/** Longer than the worker may run (15 minutes): after that the job says it failed. */
const pollForMs = 20 * 60 * 1000;

/**
 * Starts an export of the township (or the whole city) and polls it once a second until
 * the file is ready, reporting the rows written so far; the job then carries a
 * 5-minute link to the file.
 */
export async function runExport(
  township: string | undefined,
  locale: Locale,
  progress: (rows: number) => void,
): Promise<ApiResult<ExportJob>> {
  const started = await staffApi<ExportJob>('/api/staff/exports', locale, {
    method: 'POST',
    body: township ? { township } : {},
  });
  if (started.kind !== 'ok') return started;
  const deadline = Date.now() + pollForMs;
  for (let job = started.data; Date.now() < deadline; ) {
    if (job.state === 'done' && job.download) return { ...started, data: job };
    if (job.state === 'failed') break;
    progress(job.rows);
    await new Promise((resolve) => setTimeout(resolve, pollEveryMs));
    const next = await staffApi<ExportJob>(`/api/staff/exports/${job.id}`, locale);
    if (next.kind !== 'ok') return next;
    job = next.data;
  }
  // The console says so in its own words (dashboard.exportFailed).
  return { kind: 'failed', message: '' };
}
