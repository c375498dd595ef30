// The rules and the result screen with the result's English words: the chunk
// entry-en.ts fetches once the page is idle (decisions §8).
export { resultText } from './content/result.en.ts';
export * from './result-stage.ts';
