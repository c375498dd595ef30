import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { exampleCheckInput } from '../../../functions/domain/policy/check-input-example.ts';
import { evaluate } from '../../../functions/domain/policy/evaluate.ts';
import { answerLines, spokenResult } from '../../../web/src/islands/check/answer-lines.ts';
import { resultText as en } from '../../../web/src/islands/check/content/result.en.ts';
import { resultText as zh } from '../../../web/src/islands/check/content/result.zh-CN.ts';
import { CheckResultView } from '../../../web/src/islands/check/Result.tsx';

const result = evaluate(exampleCheckInput(), '2026-12-03');

describe('the check result, answer first', () => {
  it('lists the programmes worth applying for first, likely before possible, then the unlikely', () => {
    const { hopeful, unlikely } = answerLines(result, 'zh-CN', zh);
    expect(hopeful.length).toBeGreaterThan(0);
    expect(unlikely.length).toBeGreaterThan(0);
    expect(hopeful.length + unlikely.length).toBe(result.programmes.length);
    const outcomes = hopeful.map((l) => l.outcome);
    expect(
      outcomes.indexOf('possible') === -1 ||
        outcomes.lastIndexOf('likely') < outcomes.indexOf('possible'),
    ).toBe(true);
    expect(unlikely.every((l) => l.outcome === 'unlikely')).toBe(true);
    // The words are the rules' outcome, unchanged.
    for (const line of [...hopeful, ...unlikely]) expect(line.outcomeText).toBe(zh[line.outcome]);
  });

  it('reads aloud the title and every line, in order', () => {
    const { hopeful, unlikely } = answerLines(result, 'en', en);
    const spoken = spokenResult(result, 'en', en);
    expect(spoken.startsWith(`${en.title}.`)).toBe(true);
    let from = 0;
    for (const line of [...hopeful, ...unlikely]) {
      const at = spoken.indexOf(`${line.name}: ${line.outcomeText}.`, from);
      expect(at, line.name).toBeGreaterThan(from);
      from = at;
    }
    expect(spokenResult(result, 'zh-CN', zh)).toMatch(/^自测结果。.+：.+。$/);
  });

  it('has one apply link, after the first outcome line and before the reasons', () => {
    const html = renderToString(
      h(CheckResultView, {
        result,
        input: exampleCheckInput(),
        locale: 'zh-CN',
        text: zh,
        townships: [],
        applyHref: '/apply/',
        onChangeAnswers: () => {},
        onStartAgain: () => {},
        headingRef: () => {},
      }),
    );
    expect(html.match(/href="\/apply\/"/g)).toHaveLength(1);
    const firstLine = html.indexOf('class="answer-line');
    const apply = html.indexOf('href="/apply/"');
    const firstReasons = html.indexOf('class="reasons"');
    expect(firstLine).toBeGreaterThan(-1);
    expect(firstLine).toBeLessThan(apply);
    expect(apply).toBeLessThan(firstReasons);
    expect(html.indexOf('<details')).toBeLessThan(firstReasons);
  });
});
