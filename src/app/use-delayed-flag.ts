import { useEffect, useState } from 'react';

/**
 * `active`, but only once it has stayed true for `delayMs`; false as soon as it is false. A
 * signal for work that is usually quick: nothing flashes for loads that finish in time.
 */
export function useDelayedFlag(active: boolean, delayMs: number): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) return undefined;
    const timer = window.setTimeout(() => setShown(true), delayMs);
    return () => {
      window.clearTimeout(timer);
      // Reset for the next activation, which must wait its own delay.
      setShown(false);
    };
  }, [active, delayMs]);
  return active && shown;
}
