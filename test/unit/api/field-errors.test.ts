import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { toFieldErrors } from '../../../functions/domain/validation/field-errors.ts';

const schema = z.strictObject({
  name: z.string().check(z.minLength(1, { error: 'name.required' })),
  age: z.number().check(z.maximum(150)),
});
const catalogue = { 'name.required': { 'zh-CN': '请填写姓名', en: 'Enter your name' } };

function issuesOf(input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be invalid');
  return result.error.issues;
}

describe('field errors in the user’s language', () => {
  it('names each field and uses the schema’s message key', () => {
    const issues = issuesOf({ name: '', age: 200 });
    expect(toFieldErrors(issues, 'zh-CN', catalogue)).toEqual([
      { path: 'name', message: '请填写姓名' },
      { path: 'age', message: '数值太大或内容太长' },
    ]);
    expect(toFieldErrors(issues, 'en', catalogue)).toEqual([
      { path: 'name', message: 'Enter your name' },
      { path: 'age', message: 'This is too big or too long' },
    ]);
  });

  it('says a missing field is required and lists each unknown field by name', () => {
    const issues = issuesOf({ age: 3, status: 'approved', __proto__x: 1 });
    expect(toFieldErrors(issues, 'en')).toEqual([
      { path: 'name', message: 'Enter this information' },
      { path: 'status', message: 'This field is not accepted' },
      { path: '__proto__x', message: 'This field is not accepted' },
    ]);
  });

  it('never takes a message from Object.prototype', () => {
    const issues = [{ code: 'custom', message: 'constructor', path: ['x'], input: 1 }] as const;
    expect(toFieldErrors(issues as never, 'en')).toEqual([
      { path: 'x', message: 'This is not in the right format' },
    ]);
  });
});
