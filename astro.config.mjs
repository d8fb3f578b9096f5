import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import AstroPWA from '@vite-pwa/astro';

// jsPDF's HTML and SVG add-ons, which the app never calls (see the stub for why).
const jspdfAddonStub = fileURLToPath(new URL('./src/render/pdf/jspdf-addon-stub.js', import.meta.url));
const jspdfAddons = ['html2canvas', 'canvg', 'dompurify'].map((name) => ({ find: new RegExp(`^${name}$`), replacement: jspdfAddonStub }));

// Each page once in the precache, as its file (forms/3-1/index.html): workbox's directoryIndex
// serves /forms/3-1/ (and /forms/3-1/?id=…) from it, and /forms/3-1/index.html matches as is.
// The integration's own transform (replaced by this one) listed a folder URL beside each file:
// every page downloaded twice.
const onePerUrl = async (entries) => {
  const seen = new Set();
  return { manifest: entries.filter((e) => !seen.has(e.url) && seen.add(e.url)), warnings: [] };
};

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The parsing worker (src/io/parse/) loads SheetJS on demand: a module worker can split.
  vite: { worker: { format: 'es' }, resolve: { alias: jspdfAddons } },
  integrations: [
    preact(),
    AstroPWA({
      // The user decides when to update: never a reload while a teacher is typing.
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['icons/*.png', 'icons/*.svg'],
      manifest: {
        name: '家访·控辍保学表格',
        short_name: '家访表格',
        description: '控辍保学暨“教师大家访”活动表格：离线填写、自动保存、导出 Excel 与 PDF',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#b3261e',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Icons and the web manifest join the precache through includeAssets and manifest
        // above: globbing them here too listed each twice.
        globPatterns: ['**/*.{html,js,css}'],
        // Pages are precached as directory URLs (/forms/3-1/) and opened with ?id=…:
        // match them whatever the query.
        directoryIndex: 'index.html',
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: null,
        manifestTransforms: [onePerUrl],
        cleanupOutdatedCaches: true,
        // The PDF font (3.5 MB) is not precached: not every visitor needs it. It is fetched on
        // the first PDF export or with 离线准备 in settings, and kept in this cache, which
        // src/io/font.ts (FONT_CACHE) also reads and writes itself.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/fonts/'),
            handler: 'CacheFirst',
            options: { cacheName: 'pdf-font', expiration: { maxEntries: 4 } },
          },
        ],
      },
    }),
  ],
});
