import { useEffect, useReducer, useState } from 'preact/hooks';
import type { Entry } from '../../storage/entry';
import { openEntry } from '../../storage/session';
import { askPersistence } from './persist';

/** The storage session of one entry, as a Preact hook: re-renders on each change of it. */
export function useAutosave(initial: Entry) {
  const [session] = useState(() => openEntry(initial));
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const off = session.subscribe(() => {
      tick(0);
      if (session.state.kind === 'saved') void askPersistence();
    });
    return () => {
      off();
      void session.close();
    };
  }, []);
  return { entry: session.entry, state: session.state, update: session.update, flush: session.flush, resolve: session.resolve };
}
