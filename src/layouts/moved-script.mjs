// The inline script of a page that moved (src/layouts/Moved.astro): it goes on to the new
// address with the old link's ?query and #hash (a link shared in a WeChat group to a child,
// /roster/?id=…, opens that child). A fixed string, allowed by the Content-Security-Policy by
// its hash (astro.config.mjs); the new address is read from the script's data-to.
export const MOVED_SCRIPT =
  'location.replace(document.currentScript.dataset.to+location.search+location.hash)';
