import type { Page } from 'playwright-core';
import { checkContent } from '../../../web/src/islands/check/content/by-locale.ts';

type Locale = 'zh-CN' | 'en';

/**
 * Answers the pre-check the way a person does: by the visible labels, taken from the
 * same content module the island renders, so the test reads like the screen.
 */
export interface MemberAnswers {
  age: number;
  ableToWork: boolean;
  student?: boolean;
  disability?: { grade: number; type: string };
  seriousIllness?: boolean;
  selfCareNotManaged?: number;
  /** This member's own supporters, asked for members after the first who cannot work. */
  supporter?: 'none' | 'able' | 'in-household' | 'cannot-support' | 'not-sure';
}

export interface CheckAnswers {
  need: 'regular-support' | 'sudden-emergency' | 'large-expenses';
  emergencyTownship?: string;
  township: string;
  area: 'urban' | 'rural';
  hukou: 'puning' | 'guangdong-other' | 'outside-guangdong';
  permitEndorsedOn?: string | null;
  members: MemberAnswers[];
  income: Partial<Record<'wages' | 'transfer' | 'residentBasicPension' | 'businessNet', number>>;
  financialAssets: number;
  homes: number;
  supporter: 'none' | 'able' | 'in-household' | 'cannot-support' | 'not-sure';
  receivingDibao?: boolean;
  rigidSpending?: number;
}

export class CheckJourney {
  readonly text;
  readonly page: Page;
  /** Called on every screen, e.g. to run axe. */
  readonly onScreen: (name: string) => Promise<void>;

  constructor(
    page: Page,
    locale: Locale,
    onScreen: (name: string) => Promise<void> = async () => {},
  ) {
    this.page = page;
    this.text = checkContent[locale];
    this.onScreen = onScreen;
  }

  private group(legend: string) {
    return this.page.getByRole('group', { name: legend, exact: true });
  }

  private async choose(legend: string, option: string, nth = 0) {
    await this.group(legend).nth(nth).getByRole('radio', { name: option, exact: true }).check();
  }

  private async yesNo(legend: string, value: boolean, nth = 0) {
    await this.choose(legend, value ? this.text.yes : this.text.no, nth);
  }

  private label<T extends string>(options: readonly { value: T; label: string }[], value: T) {
    const found = options.find((o) => o.value === value);
    if (!found) throw new Error(`No option ${value}`);
    return found.label;
  }

  async next(screen: string) {
    await this.onScreen(screen);
    await this.page.getByRole('button', { name: this.text.next, exact: true }).click();
  }

  async answer(a: CheckAnswers, townshipLabel: (code: string) => string) {
    const s = this.text.steps;
    await this.choose(s.situation.need.legend, this.label(s.situation.need.options, a.need));
    if (a.need === 'sudden-emergency' && a.emergencyTownship) {
      await this.page
        .getByLabel(s.situation.emergencyTownship.label)
        .selectOption({ label: townshipLabel(a.emergencyTownship) });
    }
    await this.next('situation');

    await this.page
      .getByLabel(s.residence.township.label)
      .selectOption({ label: townshipLabel(a.township) });
    await this.choose(s.residence.area.legend, this.label(s.residence.area.options, a.area));
    await this.next('residence');

    await this.choose(
      s.registration.hukou.legend,
      this.label(s.registration.hukou.options, a.hukou),
    );
    if (a.hukou !== 'puning') {
      await this.yesNo(s.registration.permitHeld.legend, Boolean(a.permitEndorsedOn));
      if (a.permitEndorsedOn) {
        await this.page.getByLabel(s.registration.permitEndorsedOn.label).fill(a.permitEndorsedOn);
      }
    }
    await this.next('registration');

    const m = s.members;
    for (const [i, member] of a.members.entries()) {
      if (i > 0) await this.page.getByRole('button', { name: m.add }).click();
      const section = this.page.getByRole('region', { name: new RegExp(m.person(i + 1)) });
      await section.getByLabel(m.age).fill(String(member.age));
      await section
        .getByRole('group', { name: m.ableToWork.legend })
        .getByRole('radio', { name: member.ableToWork ? this.text.yes : this.text.no, exact: true })
        .check();
      if (member.ableToWork) {
        await section
          .getByRole('group', { name: m.refusesSuitableWork.legend })
          .getByRole('radio', { name: this.text.no, exact: true })
          .check();
      }
      await section
        .getByRole('group', { name: m.fullTimeStudent })
        .getByRole('radio', { name: member.student ? this.text.yes : this.text.no, exact: true })
        .check();
      if (member.disability) {
        await section
          .getByRole('group', { name: m.disability.legend })
          .getByRole('radio', { name: m.disability.grade(member.disability.grade), exact: true })
          .check();
        await section.getByLabel(m.disabilityType.label).selectOption(member.disability.type);
      }
      if (member.seriousIllness) {
        await section
          .getByRole('group', { name: m.seriousIllness.legend })
          .getByRole('radio', { name: this.text.yes, exact: true })
          .check();
      }
      await section.getByLabel(m.selfCare.label).fill(String(member.selfCareNotManaged ?? 0));
    }
    await this.next('members');

    for (const [field, value] of Object.entries(a.income)) {
      const label = s.income.fields[field as keyof typeof s.income.fields].label;
      await this.page.getByLabel(label, { exact: true }).fill(String(value));
    }
    await this.next('income');

    await this.page.getByLabel(s.assets.financialAssets.label).fill(String(a.financialAssets));
    await this.page.getByLabel(s.assets.homes.label).fill(String(a.homes));
    await this.next('assets');

    await this.choose(
      s.support.supporter.legend,
      this.label(s.support.supporter.options, a.supporter),
    );
    for (const [index, member] of a.members.entries()) {
      if (index === 0 || !member.supporter) continue;
      await this.choose(
        s.support.memberSupporter(index + 1, String(member.age)),
        this.label(s.support.supporter.options, member.supporter),
      );
    }
    await this.yesNo(s.support.receivingDibao.legend, a.receivingDibao ?? false);
    await this.next('support');

    await this.page.getByLabel(s.expenses.rigidSpending.label).fill(String(a.rigidSpending ?? 0));
    await this.onScreen('expenses');
    await this.page.getByRole('button', { name: this.text.seeResult }).click();
    await this.page.getByRole('heading', { name: this.text.result.title }).waitFor();
  }
}
