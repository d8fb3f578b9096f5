// The site's one hand-written inline script: it puts the role mirrored in localStorage (key
// ROLE_MIRROR of src/storage/settings.ts) on <html data-role> before the page is drawn, so the
// nav and home page never flash another role's view. It is a fixed string because the
// Content-Security-Policy allows it by its hash, which astro.config.mjs computes from it.
export const ROLE_SCRIPT =
  'try{var r=localStorage.getItem("jiafang:role");if(r)document.documentElement.dataset.role=r}catch(e){}';
