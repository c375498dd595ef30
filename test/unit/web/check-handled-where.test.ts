import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { exampleCheckInput } from '../../../functions/domain/policy/check-input-example.ts';
import { evaluate } from '../../../functions/domain/policy/evaluate.ts';
import { resultText as en } from '../../../web/src/islands/check/content/result.en.ts';
import { resultText as zh } from '../../../web/src/islands/check/content/result.zh-CN.ts';
import { CheckResultView } from '../../../web/src/islands/check/Result.tsx';

/**
 * The check says which township handles a Puning-hukou 低保: received where one lives,
 * handled by the 户籍 township (民发〔2021〕57号 第四条) while the bureau setting
 * puningHukouHandledWhereTheyLive is off, as it is by default.
 */
function render(input: Parameters<typeof evaluate>[0], text: typeof zh) {
  return renderToString(
    h(CheckResultView, {
      result: evaluate(input, '2026-12-03'),
      input,
      locale: text === zh ? 'zh-CN' : 'en',
      text,
      townships: [],
      applyHref: '/apply/',
      onChangeAnswers: () => {},
      onStartAgain: () => {},
      headingRef: () => {},
    }),
  );
}

describe('the check says where a case is handled', () => {
  it('tells a Puning-hukou household the 户籍 township decides and the case is handed on', () => {
    expect(render(exampleCheckInput(), zh)).toContain(zh.handledWhere.atHukou);
    expect(render(exampleCheckInput(), en)).toContain(en.handledWhere.atHukou);
  });

  it('says nothing of the 户籍 to a residence-permit holder (handled where they live, 77号 二(九))', () => {
    const permitHolder = exampleCheckInput({
      registration: {
        hukou: 'guangdong-other',
        residencePermit: { held: true, lastEndorsedOn: '2026-06-01' },
      },
    });
    expect(render(permitHolder, zh)).not.toContain(zh.handledWhere.atHukou);
  });
});
