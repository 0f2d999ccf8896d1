import { useEffect, useRef } from 'react';

/**
 * Calls `callback` once the calls stop for `delayMs`. Used from event handlers (typing), so the
 * URL and the API see one change per pause, not one per key; a pending call dies with the component.
 */
export function useDebouncedCallback<Args extends unknown[]>(
  callback: (...args: Args) => void,
  delayMs: number,
): { call: (...args: Args) => void; cancel: () => void } {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(callback);
  useEffect(() => {
    latest.current = callback;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    call: (...args: Args) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(...args), delayMs);
    },
    cancel: () => clearTimeout(timer.current),
  };
}
