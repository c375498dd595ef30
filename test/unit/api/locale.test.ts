import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../../../functions/domain/locale.ts';

describe('choosing the response language', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['', 'zh-CN'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['en;q=0.5,zh;q=0.9', 'zh-CN'],
    ['fr-FR', 'zh-CN'],
    ['fr,en;q=0.7', 'en'],
    ['en;q=0', 'zh-CN'],
  ])('Accept-Language %j gives %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
