// A plain static server for dist/, used by the browser tests: unlike a preview server it
// can be stopped mid-test to prove that pages come from the service worker's cache.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ttf': 'font/ttf', '.ico': 'image/x-icon',
};

/**
 * The headers dist/_headers gives every path (`/*`) and exact paths, as a Netlify-style host
 * would send them; only with { headers: true }, so a test can run under the header policy too.
 */
async function readHeaders(base) {
  const rules = [];
  for (const line of (await readFile(join(base, '_headers'), 'utf8')).split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const i = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
    }
  }
  // A rule's path is exact, or a folder with `*` (`/*`, `/_astro/*`) for everything under it.
  const matches = (rule, path) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path);
  return (path) => Object.assign({}, ...rules.filter((r) => matches(r.path, path)).map((r) => r.headers));
}

/** Kinds a host compresses; fonts and images are left as they are. */
const TEXT = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg']);

/**
 * `options.headers`: dist/_headers' headers. `options.gzip`: text gzipped when the browser
 * asks for it, as a real host sends it (the bench measures what a phone downloads).
 */
export async function serve(root = 'dist', port = 0, options = {}) {
  const base = resolve(root);
  const extra = options.headers ? await readHeaders(base) : () => ({});
  const zipped = new Map();
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(base, path);
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) {
        if (!path.endsWith('/')) return void res.writeHead(301, { location: `${path}/` }).end();
        file = join(file, 'index.html');
      }
      let body = await readFile(file);
      const gzip = options.gzip && TEXT.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (gzip) {
        if (!zipped.has(file)) zipped.set(file, gzipSync(body, { level: 9 }));
        body = zipped.get(file);
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...extra(path),
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  })));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 4321));
  console.log(`serving dist/ at ${url}/`);
}
