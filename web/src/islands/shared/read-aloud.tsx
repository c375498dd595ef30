import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../../functions/domain/locale.ts';

/**
 * Read aloud (朗读): the browser's own speech synthesis reads the current question or
 * the result, for older people who cannot read small print well. No library and no
 * request: where the browser has no speech synthesis the button is not shown. The
 * button shows in elder mode only (elder.css); pressed again, it stops.
 */

/** The utterance's language: Chinese pages are read in Mandarin, English pages in English. */
export const speechLanguage: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en' };

// Four words in both languages: too few to split by language like the islands' content.
const words: Record<Locale, { read: string; stop: string }> = {
  'zh-CN': { read: '朗读', stop: '停止朗读' },
  en: { read: 'Read aloud', stop: 'Stop reading' },
};

export function speechAvailable(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.speechSynthesis?.speak === 'function' &&
    typeof window.SpeechSynthesisUtterance === 'function'
  );
}

/**
 * The installed voice for a language: the exact one (zh-CN) before another of the same
 * language (zh-TW), none when there is none (then the browser picks by `lang`).
 */
export function voiceFor(
  voices: readonly Pick<SpeechSynthesisVoice, 'lang'>[],
  language: string,
): number {
  const normal = (lang: string) => lang.replace('_', '-').toLowerCase();
  const wanted = normal(language);
  const exact = voices.findIndex((v) => normal(v.lang) === wanted);
  if (exact >= 0) return exact;
  const base = wanted.split('-')[0];
  return voices.findIndex((v) => normal(v.lang).split('-')[0] === base);
}

/** Reads `text` aloud; `onDone` runs when it ends or fails (also when stopped). */
function speak(text: string, locale: Locale, onDone: () => void): SpeechSynthesisUtterance {
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = speechLanguage[locale];
  const voices = synth.getVoices();
  const voice = voices[voiceFor(voices, utterance.lang)];
  if (voice) utterance.voice = voice;
  utterance.onend = onDone;
  utterance.onerror = onDone;
  synth.speak(utterance);
  return utterance;
}

/** The 朗读 button: reads `text` (the screen's question or the result); again, stops. */
export function ReadAloudButton({ text, locale }: { text: string; locale: Locale }) {
  const [speaking, setSpeaking] = useState(false);
  const current = useRef<SpeechSynthesisUtterance | null>(null);
  const [available] = useState(speechAvailable);

  const stop = () => {
    if (current.current) window.speechSynthesis.cancel();
    current.current = null;
    setSpeaking(false);
  };
  // A new screen (or leaving it) stops what was being read for the previous one.
  useEffect(() => stop, [text]);

  if (!available) return null;
  const onClick = () => {
    if (speaking) {
      stop();
      return;
    }
    setSpeaking(true);
    const utterance = speak(text, locale, () => {
      // An utterance stopped to make way for another must not reset the button.
      if (current.current !== utterance) return;
      current.current = null;
      setSpeaking(false);
    });
    current.current = utterance;
  };
  return (
    <p class="read-aloud">
      <button type="button" class="button secondary" onClick={onClick}>
        {speaking ? words[locale].stop : words[locale].read}
      </button>
    </p>
  );
}
