import { useEffect, useState } from 'react';

/** Now (ms), refreshed every minute: what counts as upcoming moves on while the view is open. */
export function useToday(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
