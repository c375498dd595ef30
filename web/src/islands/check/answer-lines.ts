import type { Locale } from '../../../../functions/domain/locale.ts';
import { type ProgrammeId, programmes } from '../../../../functions/domain/policy/programmes.ts';
import type { Outcome } from '../../../../functions/domain/policy/reasons.ts';
import type {
  CheckResult,
  EligibleProgrammeResult,
  ProgrammeResult,
} from '../../../../functions/domain/policy/result.ts';
import type { ResultContent } from './content/types.ts';

/** One programme's outcome in plain words, as the result opens with it. */
export interface AnswerLine {
  readonly programme: ProgrammeId;
  readonly name: string;
  readonly outcome: Outcome;
  /** The outcome as the rules give it (likely / possible / unlikely), never harder. */
  readonly outcomeText: string;
}

const order: Record<Outcome, number> = { likely: 0, possible: 1, unlikely: 2 };

/**
 * The result's programmes, worth applying for first (likely before possible, each in
 * the rules' order), so the first line and the apply button come on the first screen.
 */
export function worthApplying(result: CheckResult): EligibleProgrammeResult[] {
  return result.programmes
    .filter((p): p is EligibleProgrammeResult => p.outcome !== 'unlikely')
    .sort((a, b) => order[a.outcome] - order[b.outcome]);
}

export function answerLine(item: ProgrammeResult, locale: Locale, text: ResultContent): AnswerLine {
  return {
    programme: item.programme,
    name: programmes[item.programme].name[locale],
    outcome: item.outcome,
    outcomeText: text[item.outcome],
  };
}

/** The lines worth applying for, then the unlikely ones. */
export function answerLines(
  result: CheckResult,
  locale: Locale,
  text: ResultContent,
): { hopeful: AnswerLine[]; unlikely: AnswerLine[] } {
  return {
    hopeful: worthApplying(result).map((p) => answerLine(p, locale, text)),
    unlikely: result.programmes
      .filter((p) => p.outcome === 'unlikely')
      .map((p) => answerLine(p, locale, text)),
  };
}

/** What 朗读 reads on the result: its title, then every line as it is on the screen. */
export function spokenResult(result: CheckResult, locale: Locale, text: ResultContent): string {
  const { hopeful, unlikely } = answerLines(result, locale, text);
  const sentences = [
    text.title,
    ...hopeful.map((l) => `${l.name}${text.separator}${l.outcomeText}`),
    ...(hopeful.length === 0 ? [text.nothingLikely] : []),
    ...unlikely.map((l) => `${l.name}${text.separator}${l.outcomeText}`),
  ];
  return sentences
    .map((s) => (/[。.!?！？]$/.test(s) ? s : `${s}${text.fullStop.trim()}`))
    .join(text.fullStop.endsWith(' ') ? ' ' : '');
}
