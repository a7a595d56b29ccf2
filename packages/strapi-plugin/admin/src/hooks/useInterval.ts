import { useEffect, useRef } from 'react';

/** Calls `callback` every `ms` milliseconds while `active`; the latest callback is used, without restarting. */
export function useInterval(callback: () => void, ms: number, active: boolean): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => latest.current(), ms);
    return () => clearInterval(timer);
  }, [ms, active]);
}
