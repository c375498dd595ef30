import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../../functions/domain/policy/check-input.ts';
import {
  exampleCheckInput,
  exampleMember,
} from '../../../functions/domain/policy/check-input-example.ts';
import { evaluate } from '../../../functions/domain/policy/evaluate.ts';
import { resultText as en } from '../../../web/src/islands/check/content/result.en.ts';
import { resultText as zh } from '../../../web/src/islands/check/content/result.zh-CN.ts';
import { CheckResultView } from '../../../web/src/islands/check/Result.tsx';

function render(input: CheckInput, text: typeof zh) {
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

const disabledChild = exampleCheckInput({
  income: { wages: 6000 },
  members: [
    exampleMember(),
    exampleMember({
      age: 9,
      ableToWork: false,
      fullTimeStudent: true,
      disability: { grade: 2, type: 'intellectual' },
    }),
  ],
});

describe('the check result suggests related help from other departments', () => {
  it('names each help, why, its rule, the department and how to ask, in Chinese', () => {
    const html = render(disabledChild, zh);
    expect(html).toContain('可能还需要的其他帮助');
    expect(html).toContain('残疾人两项补贴');
    expect(html).toContain('残疾人联合会（残联）');
    expect(html).toContain('国发〔2015〕52号');
    expect(html).toContain('教育救助');
    expect(html).toContain('第 2 位家庭成员（9 岁）在上学');
    expect(html).toContain('社会救助服务窗口');
  });

  it('says it in English on the English page, as a pointer, not a promise', () => {
    const html = render(disabledChild, en);
    expect(html).toContain('Other help you may need');
    expect(html).toContain('the department decides');
    expect(html).toContain("Disabled Persons' Federation");
    expect(html).toContain('普民〔2021〕77号 二(五)');
    expect(html).toContain('household member 2 (aged 9) is in full-time education');
  });

  it('shows no section when nothing in the answers points to other help', () => {
    expect(render(exampleCheckInput({ income: { wages: 6000 } }), zh)).not.toContain(
      'related-help',
    );
  });
});
