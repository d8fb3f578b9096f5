import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import AstroPWA from '@vite-pwa/astro';
import { createHash } from 'node:crypto';
import { ROLE_SCRIPT } from './src/layouts/role-script.mjs';
import { MOVED_SCRIPT } from './src/layouts/moved-script.mjs';
import cspHeaders from './scripts/csp-headers.mjs';
import pdfWriterChunks, { WRITER_LIST } from './scripts/pdf-writer-chunks.mjs';
import appWorkerChunk from './scripts/app-worker-chunk.mjs';

// Astro hashes the scripts it bundles, not an is:inline one: the role script's and the moved
// page's (/roster/ -> /forms/roster/) hashes are ours.
const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

// jsPDF's HTML and SVG add-ons, which the app never calls (see the stub for why).
const jspdfAddonStub = fileURLToPath(new URL('./src/render/pdf/jspdf-addon-stub.js', import.meta.url));
const jspdfAddons = ['html2canvas', 'canvg', 'dompurify'].map((name) => ({ find: new RegExp(`^${name}$`), replacement: jspdfAddonStub }));

const pdfWriter = pdfWriterChunks();

// Each page once in the precache, as its file (forms/3-1/index.html): workbox's directoryIndex
// serves /forms/3-1/ (and /forms/3-1/?id=…) from it, and /forms/3-1/index.html matches as is.
// The integration's own transform (replaced by this one) listed a folder URL beside each file:
// every page downloaded twice. The PDF writer is left out (scripts/pdf-writer-chunks.mjs).
const onePerUrl = async (entries) => {
  const seen = new Set();
  const keep = (e) => !pdfWriter.notPrecached.has(e.url) && !seen.has(e.url) && seen.add(e.url);
  return { manifest: entries.filter(keep), warnings: [] };
};

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A strict Content-Security-Policy on every page (issue 16): Astro hashes every script and
  // style it emits and writes them into a <meta http-equiv>; the directives below close the
  // rest. public/_headers repeats them (plus what a meta cannot say) for hosts that set headers.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        // QR codes and previews are drawn from data: and blob: URLs made on the page.
        "img-src 'self' data: blob:",
        // The parsing worker is a file of this site; downloads are blob: URLs (not a fetch).
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [sha256(ROLE_SCRIPT), sha256(MOVED_SCRIPT)] },
    },
  },
  // The app's worker is a chunk of this build (scripts/app-worker-chunk.mjs).
  vite: { resolve: { alias: jspdfAddons }, plugins: [pdfWriter.plugin, appWorkerChunk()] },
  integrations: [
    preact(),
    cspHeaders(),
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
        globPatterns: ['**/*.{html,js,css}', WRITER_LIST],
        // Pages are precached as directory URLs (/forms/3-1/) and opened with ?id=…:
        // match them whatever the query.
        directoryIndex: 'index.html',
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: null,
        manifestTransforms: [onePerUrl],
        cleanupOutdatedCaches: true,
        // The PDF font (3.5 MB) and writer (jsPDF) are not precached: not every visitor needs
        // them. They are fetched on the first PDF export or with 离线准备 in settings, and kept
        // in this cache, which src/io/font.ts and src/io/pdf-writer.ts also read and write.
        // Every other file of /_astro/ is precached, which answers before this route.
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/fonts/') || url.pathname.startsWith('/_astro/'),
            handler: 'CacheFirst',
            // No workbox expiration: it keeps an IndexedDB connection open in the service
            // worker, which blocks 清除本设备数据 from deleting that database (one URL here).
            options: { cacheName: 'pdf-font' },
          },
        ],
      },
    }),
  ],
});
