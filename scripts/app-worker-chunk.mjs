// Builds the app's Web Worker (src/worker/app.worker.ts) as an entry of the pages' own build
// instead of Vite's separate worker build, so that the worker and the pages share their chunks:
// the separate build carried its own copies of Dexie, zod and every form (about 80 KB gzip),
// precached a second time. spawn.ts starts the worker from `virtual:app-worker-url`.
// Vite's dynamic-import preloading touches `document`, which a worker has not, so it is off in
// the client build (set here: Astro sets its own build options). That costs nothing offline
// (every chunk is precached), only parallel fetches of an export's chunks on a first visit.
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../src/worker/app.worker.ts', import.meta.url));
const ID = 'virtual:app-worker-url';

export default function appWorkerChunk() {
  let build = false;
  let ref;
  return {
    name: 'app-worker-chunk',
    configEnvironment(name, config) {
      if (name === 'client') config.build = { ...config.build, modulePreload: false };
    },
    configResolved(config) {
      build = config.command === 'build';
    },
    buildStart() {
      if (build && this.environment?.name === 'client') ref = this.emitFile({ type: 'chunk', id: ENTRY, name: 'app.worker' });
    },
    resolveId(id) {
      return id === ID ? `\0${ID}` : undefined;
    },
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      // The dev server (and vitest) serve the source itself; server rendering never starts it.
      const client = build && this.environment?.name === 'client';
      return client ? `export default import.meta.ROLLUP_FILE_URL_${ref};` : `export default '/src/worker/app.worker.ts';`;
    },
  };
}
