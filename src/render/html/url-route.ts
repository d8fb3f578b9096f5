import { useEffect } from 'preact/hooks';

/**
 * Views chosen by the URL's query (?id=…), so a reload or the back button lands where the
 * user was. `route` reads location and sets the view; `go` changes the URL and re-routes.
 */
export function useUrlRoute(route: () => unknown): (search: string) => void {
  useEffect(() => {
    void route();
    const onPop = () => void route();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return (search: string) => {
    history.pushState(null, '', `${location.pathname}${search}`);
    void route();
  };
}

/** An entry id in a URL: a UUID, as the app makes them (anything else is not ours). */
export const isEntryId = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * Names an entry in the URL before its first keystroke, so a reload lands on it: a new
 * history step (a new entry from the list), or in place of a URL that named none (a
 * report opened, a link followed).
 */
export function routeToEntry(id: string, { replace = false } = {}): void {
  const url = `${location.pathname}?id=${id}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}
