import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';

/**
 * Moving through a form one screen at a time: the browser's back button walks back
 * through the screens (history entries hold only a screen number, never answers, and
 * the URL never changes); after each move focus goes to the screen's heading, and
 * after a failed attempt to the error summary, so screen readers announce them.
 */
export function useSteps(historyKey: string, initial = 0) {
  // `initial`: the screen to open on (the application resumes where it was left).
  const [index, setIndex] = useState(initial);
  const opening = useRef(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const headingRef = useRef<HTMLElement | null>(null);
  const summaryRef = useRef<HTMLDivElement | null>(null);
  const moved = useRef(false);

  useEffect(() => {
    history.replaceState({ [historyKey]: opening.current }, '');
    const onPop = (event: PopStateEvent) => {
      const step = (event.state as Record<string, unknown> | null)?.[historyKey];
      if (typeof step === 'number') {
        moved.current = true;
        setErrors([]);
        setIndex(step);
      }
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [historyKey]);

  useEffect(() => {
    if (errors.length > 0) summaryRef.current?.focus();
    else if (moved.current) headingRef.current?.focus();
  }, [index, errors]);

  const go = (next: number) => {
    moved.current = true;
    setErrors([]);
    setIndex(next);
    history.pushState({ [historyKey]: next }, '');
  };

  return {
    index,
    errors,
    go,
    fail: (found: FieldError[]) => setErrors(found),
    headingRef: (el: HTMLElement | null) => {
      headingRef.current = el;
    },
    summaryRef: (el: HTMLDivElement | null) => {
      summaryRef.current = el;
    },
  };
}
