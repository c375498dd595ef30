import type { Locator, Page } from 'playwright-core';
import type { ApplicationInput } from '../../../functions/domain/application/application-input.ts';
import type { ProgrammeLine } from '../../../functions/domain/application/lines.ts';
import { staffActionNames } from '../../../functions/domain/application/staff-actions.ts';
import { staffStateNames } from '../../../functions/domain/application/state-names.ts';
import type {
  ApplicationState,
  StaffAction,
} from '../../../functions/domain/application/states.ts';
import { addDays, todayInShanghai } from '../../../functions/domain/dates.ts';
import type { ProgrammeId } from '../../../functions/domain/policy/programmes.ts';
import {
  ConflictError,
  createApplicationRepository,
} from '../../../functions/store/application-repository.ts';
import { createDocumentClient } from '../../../functions/store/dynamo-client.ts';
import { staffContent } from '../../../web/src/islands/staff/content/by-locale.ts';

type Locale = 'zh-CN' | 'en';

let serial = 0;

/**
 * Console errors and page errors, less the ones the journey provokes on purpose: the
 * refused requests (400 for a wrong form, 409 for a stale page).
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/status of (400|409)/.test(message.text())) return;
    problems.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/** Submits an application through the public API, as the apply page does. */
export async function submitApplication(
  baseUrl: string,
  application: ApplicationInput,
): Promise<{ reference: string; accessCode: string }> {
  const response = await fetch(`${baseUrl}/api/applications`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Idempotency-Key': `staff-browser-${process.pid}-${++serial}-${Date.now()}`,
    },
    body: JSON.stringify(application),
  });
  if (response.status !== 201)
    throw new Error(`submission failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { reference: string; accessCode: string };
}

/** The applicant answers a request for information on the status page (through its API). */
export async function answerAsApplicant(
  baseUrl: string,
  credentials: { reference: string; accessCode: string },
  answer: string,
  changes?: Record<string, unknown>,
): Promise<void> {
  const response = await fetch(`${baseUrl}/api/status/answer`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      reference: credentials.reference,
      accessCode: credentials.accessCode,
      answer,
      ...(changes ? { changes } : {}),
    }),
  });
  if (response.status !== 200)
    throw new Error(`answer failed: ${response.status} ${await response.text()}`);
}

/**
 * The console as a reviewer uses it: by the visible labels, taken from the same content
 * module the islands render.
 */
export class StaffConsole {
  readonly page: Page;
  readonly locale: Locale;
  readonly baseUrl: string;
  readonly text;

  constructor(page: Page, baseUrl: string, locale: Locale = 'zh-CN') {
    this.page = page;
    this.baseUrl = baseUrl;
    this.locale = locale;
    this.text = staffContent[locale];
  }

  get prefix(): string {
    return this.locale === 'en' ? '/en' : '';
  }

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}${this.prefix}/staff/`);
  }

  /** Signs in on the local dev issuer's page by choosing a demo staff member. */
  async signInAs(staffName: string): Promise<void> {
    await this.page.getByRole('button', { name: this.text.signIn.button, exact: true }).click();
    await this.page.waitForURL(/\/dev\/oidc\/authorize\?/);
    await this.page.getByRole('button', { name: staffName, exact: true }).click();
    await this.signedIn();
  }

  async signedIn(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.signOut }).waitFor();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.signOut }).click();
    await this.page.getByRole('button', { name: this.text.signIn.button, exact: true }).waitFor();
  }

  /** City reviewers and admins narrow their queue to one township ('' for all of them). */
  async chooseTownship(code: string): Promise<void> {
    await this.page.getByLabel(this.text.queue.township.label, { exact: true }).selectOption(code);
    await this.page
      .getByRole('button', { name: this.text.queue.filters.apply, exact: true })
      .click();
  }

  /** Open or closed applications, or the benefits due for review (待复核). */
  async chooseView(view: 'open' | 'closed' | 'review'): Promise<void> {
    await this.page
      .getByRole('group', { name: this.text.queue.filters.view })
      .getByLabel(this.text.queue.filters[view], { exact: true })
      .check();
    const answered = this.page.waitForResponse((r) =>
      view === 'review'
        ? r.url().includes('/api/staff/reviews')
        : r.url().includes('/api/staff/queue') &&
          (view === 'open' || r.url().includes(`view=${view}`)),
    );
    await this.page
      .getByRole('button', { name: this.text.queue.filters.apply, exact: true })
      .click();
    await answered;
    // The list is drawn on the next frame.
    await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }

  queueLink(reference: string): Locator {
    return this.page.getByRole('link', { name: reference, exact: true });
  }

  queueRow(reference: string): Locator {
    return this.page.getByRole('row').filter({ has: this.queueLink(reference) });
  }

  async openFromQueue(reference: string): Promise<void> {
    await this.queueLink(reference).click();
    await this.page
      .getByRole('heading', { name: this.text.application.heading(reference) })
      .waitFor();
  }

  async openApplication(reference: string): Promise<void> {
    await this.page.goto(
      `${this.baseUrl}${this.prefix}/staff/application/?ref=${encodeURIComponent(reference)}`,
    );
    await this.page
      .getByRole('heading', { name: this.text.application.heading(reference) })
      .waitFor();
  }

  actionName(action: StaffAction): string {
    return staffActionNames[action][this.locale];
  }

  /** One programme's panel on the application page. */
  line(programme: ProgrammeId): Locator {
    return this.page.locator(`article.line-panel[data-programme="${programme}"]`);
  }

  async lineState(programme: ProgrammeId): Promise<string> {
    return (await this.line(programme).locator('.line-state').textContent()) ?? '';
  }

  /** The form of one action (opened), to fill by its labels; a line's when `programme` is given. */
  async actionForm(action: StaffAction, programme?: ProgrammeId): Promise<Locator> {
    const details = (programme ? this.line(programme) : this.page)
      .locator('details.action')
      .filter({ has: this.page.locator('summary', { hasText: this.actionName(action) }) });
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await details.locator('summary').click();
    return details;
  }

  field(form: Locator, name: string): Locator {
    const label = this.text.actions.fields[name]?.label ?? name;
    return form.getByLabel(label, { exact: true });
  }

  async submit(form: Locator, action: StaffAction): Promise<void> {
    await form
      .getByRole('button', { name: this.text.actions.submit(this.actionName(action)) })
      .click();
  }

  /** Waits for the success message of an action and the new status it names. */
  async done(action: StaffAction, status: ApplicationState): Promise<void> {
    const message = this.text.actions.done(
      this.actionName(action),
      staffStateNames[status][this.locale],
    );
    await this.page.getByRole('status').filter({ hasText: message }).waitFor();
  }

  async status(): Promise<string> {
    return (await this.page.locator('.status-name').textContent()) ?? '';
  }

  statusName(state: ApplicationState): string {
    return staffStateNames[state][this.locale];
  }

  /**
   * Takes an action through its form: fill, submit, wait for the new status (the line's,
   * for an action on the line of `programme`).
   */
  async act(
    action: StaffAction,
    to: ApplicationState,
    fill: (form: Locator) => Promise<void> = async () => {},
    programme?: ProgrammeId,
  ): Promise<void> {
    if (action === 'claim') {
      await this.page.getByRole('button', { name: this.actionName(action), exact: true }).click();
    } else {
      const form = await this.actionForm(action, programme);
      await fill(form);
      await this.submit(form, action);
    }
    await this.done(action, to);
  }
}

/** The applicant uploads a small PNG as a supporting document (through the status API). */
export async function uploadAsApplicant(
  baseUrl: string,
  credentials: { reference: string; accessCode: string },
): Promise<void> {
  const bytes = new Uint8Array(512);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const granted = await fetch(`${baseUrl}/api/status/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      reference: credentials.reference,
      accessCode: credentials.accessCode,
      type: 'income-proof',
      contentType: 'image/png',
      size: 512,
    }),
  });
  if (granted.status !== 201)
    throw new Error(`upload refused: ${granted.status} ${await granted.text()}`);
  const { upload } = (await granted.json()) as {
    upload: { url: string; headers: Record<string, string> };
  };
  const put = await fetch(new URL(upload.url, baseUrl), {
    method: 'PUT',
    headers: upload.headers,
    body: bytes,
  });
  if (put.status !== 200) throw new Error(`upload failed: ${put.status}`);
}

/**
 * The public notice of `programme`'s line ran its seven days: its dates are moved a week
 * back in the store, since the browser tests run on the real clock. Only the notice's
 * dates change (and the version, as any write does).
 */
export async function letNoticeRunItsCourse(
  store: { endpoint: string; region: string; tableName: string },
  reference: string,
  programme: ProgrammeId,
): Promise<void> {
  const db = createDocumentClient({ region: store.region, endpoint: store.endpoint });
  const repo = createApplicationRepository(db, store.tableName);
  const today = todayInShanghai(new Date());
  // The notifier may write the record meanwhile (its outbox): read again and retry.
  for (let attempt = 0; ; attempt++) {
    const record = await repo.get(reference);
    if (!record?.lines) throw new Error(`no lines on ${reference}`);
    const lines = record.lines.map(
      (line): ProgrammeLine =>
        line.programme === programme && line.facts.publicNotice
          ? {
              ...line,
              facts: {
                ...line.facts,
                publicNotice: { startsOn: addDays(today, -7), endsOn: today },
              },
            }
          : line,
    );
    try {
      await repo.update({ ...record, lines, version: record.version + 1 }, record.version);
      break;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 4) throw error;
    }
  }
  db.destroy();
}
