// The site's one hand-written inline script, run before the page is drawn. It puts the role
// mirrored in localStorage (key ROLE_MIRROR of src/storage/settings.ts) on <html data-role>, so
// the nav and home page never flash another role's view; and it marks a school's shared link
// (a new 3-1 record: a value of LINK_KEYS, a known role, no ?id=; see readShareLink) with <html data-entry>, so the editor in the page's HTML (EditorShell) is shown, and
// can be typed into, while the app's JS is still on its way. It is a fixed string because the
// Content-Security-Policy allows it by its hash, which astro.config.mjs computes from it.
export const ROLE_SCRIPT =
  'try{var r=localStorage.getItem("jiafang:role");if(r)document.documentElement.dataset.role=r}catch(e){}' +
  'var q=location.search;if(/[?&]((unit|teacher|position|schoolEmail)=(?!(%20|\\+)*(&|$))|role=(teacher|school|town|bureau)(&|$))/.test(q)&&!/[?&]id=/.test(q))document.documentElement.dataset.entry=""';
