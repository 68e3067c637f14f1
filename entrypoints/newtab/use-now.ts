import { useEffect, useState } from 'preact/hooks';

/** The clock, ticking each minute: the session timer moves and the plan rolls over at midnight. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
