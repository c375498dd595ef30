import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../../functions/domain/locale.ts';

/**
 * Read aloud (朗读): the browser's own speech synthesis reads the current question or
 * the result, for older people who cannot read small print well. No library and no
 * request: where the browser has no speech synthesis the button is not shown. The
 * button shows in elder mode only (elder.css); pressed again, it stops.
 */

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

/** Reads `text` aloud; `onDone` runs when it ends or fails (also when stopped). */
function speak(text: string, locale: Locale, onDone: () => void): SpeechSynthesisUtterance {
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  // The page's language is a BCP 47 tag (zh-CN, en): Mandarin on Chinese pages. No voice
  // is chosen: the browser takes its own for the language.
  utterance.lang = locale;
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
