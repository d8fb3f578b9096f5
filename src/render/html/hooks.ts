import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Re-runs a Dexie query whenever its tables change, in this tab or another. */
export function useLive<T>(query: () => Promise<T>, deps: unknown[], initial?: T): T | undefined {
  // `initial`: the query's answer already read, shown until the live one comes.
  const [value, setValue] = useState<T | undefined>(initial);
  useEffect(() => {
    const sub = liveQuery(query).subscribe({ next: setValue, error: (e) => console.error(e) });
    return () => sub.unsubscribe();
  }, deps);
  return value;
}
