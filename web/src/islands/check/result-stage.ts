/**
 * What the check needs only for its result, in a chunk of its own: the rules (the very
 * module the API runs) and the result screen. CheckApp starts downloading it once the
 * page is idle after loading (or at the first step, if that comes first), so the
 * questions do not wait for it; the answers never leave the device. It comes with the
 * result's words in one language: ./result-zh-CN.ts and ./result-en.ts re-export it.
 */
export { evaluate } from '../../../../functions/domain/policy/evaluate.ts';
export { CheckResultView } from './Result.tsx';
