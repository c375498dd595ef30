// The rules and the result screen with the result's Chinese words: the chunk
// entry-zh-CN.ts fetches once the page is idle (decisions §8).
export { resultText } from './content/result.zh-CN.ts';
export * from './result-stage.ts';
