import { useEffect, useReducer, useState } from 'preact/hooks';
import type { EntryData } from '../../forms/kit/field';
import type { Entry } from '../../storage/entry';
import { openEntry } from '../../storage/session';
import { askPersistence } from './persist';

/**
 * The storage session of one entry, as a Preact hook: re-renders on each change of it.
 * `typed`: values typed before the editor was there, a change of the entry saved like any.
 */
export function useAutosave(initial: Entry, typed?: EntryData) {
  const [session] = useState(() => {
    const s = openEntry(initial);
    if (typed && Object.keys(typed).length) s.update({ ...initial.data, ...typed });
    return s;
  });
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
