import type { Entry } from './entry';
import { explain } from './errors';

// The registry of open saving sessions, and the settings' saver, live apart from session.ts
// (the entries' saving) so that a page without an entry editor (the home page, settings)
// can flush before an update, or save its settings, without loading the form definitions.

export const DELAY_MS = 300;

export type SaveState =
  | { kind: 'idle' | 'saving' | 'saved' }
  | { kind: 'error'; message: string }
  /** Another tab changed the same fields: nothing is written until the user chooses. */
  | { kind: 'conflict'; theirs: Entry; keys: string[] };

export interface Pending {
  flush(): Promise<unknown>;
  hide(): void;
}

export const open = new Set<Pending>();

/** Writes every pending edit on this page; await it before any import, export, backup or update. */
export const flushAll = (): Promise<unknown> => Promise.all([...open].map((s) => s.flush()));

let listening = false;
export function listenForHide(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const hide = () => open.forEach((s) => s.hide());
  window.addEventListener('pagehide', hide);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && hide());
}

/**
 * A saving session for a value without conflicts (the settings): the same debounce, order,
 * journal and flush on hide, and flushAll registration as an entry's.
 */
export function openSaver<T>(write: (value: T) => Promise<unknown>, journal: (value: T) => void, onState: (s: SaveState) => void) {
  let pending: { value: T } | null = null;
  let last: T | undefined;
  let writing = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  const flush = () => {
    clearTimeout(timer);
    const next = pending;
    pending = null;
    if (next) {
      writing++;
      chain = chain.then(() => write(next.value)).then(
        () => !pending && onState({ kind: 'saved' }),
        (err) => onState({ kind: 'error', message: explain(err) }),
      ).finally(() => writing--);
    }
    return chain;
  };
  const self: Pending = {
    flush,
    hide() {
      if ((pending || writing > 0) && last !== undefined) journal(last);
      void flush();
    },
  };
  open.add(self);
  listenForHide();
  return {
    update(value: T) {
      pending = { value };
      last = value;
      onState({ kind: 'saving' });
      clearTimeout(timer);
      timer = setTimeout(flush, DELAY_MS);
    },
    flush,
    close: () => flush().finally(() => open.delete(self)),
  };
}
