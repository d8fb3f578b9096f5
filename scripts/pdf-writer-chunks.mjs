// Keeps the PDF writer (jsPDF and our code that drives it, about 140 KB gzip) out of the service
// worker's precache. A PDF cannot be made offline without the 3.5 MB font, which is fetched on
// the first PDF export or with 离线准备 (src/io/font.ts) and kept in the 'pdf-font' cache: the
// writer is fetched and kept at the same moments, in the same cache, so a first visit downloads
// it only when a PDF is asked for. The build writes dist/pdf-writer.json (precached, so it
// can be read offline) with the writer's files, which the page then keeps (src/io/pdf-writer.ts).
const JSPDF = /\/node_modules\/(jspdf|jspdf-autotable)\//;
const PDF_ENTRY = /\/src\/render\/pdf\//;
export const WRITER_LIST = 'pdf-writer.json';

/** The chunks `roots` load before they run: themselves and their static imports, deep. */
function staticClosure(roots, byName) {
  const out = new Set();
  const visit = (c) => {
    if (out.has(c.fileName)) return;
    out.add(c.fileName);
    for (const f of c.imports) visit(byName.get(f));
  };
  roots.forEach(visit);
  return out;
}

/**
 * The chunks of the PDF writer: what the dynamic imports of src/render/pdf/ load and nothing
 * else loads. jsPDF must be among them: a chunk of the rest that needs it would not load
 * offline before 离线准备, which is an error.
 */
export function writerChunks(bundle) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const pdfEntry = (c) => c.isDynamicEntry && !c.isEntry && PDF_ENTRY.test(c.facadeModuleId ?? '');
  const pdf = staticClosure(chunks.filter(pdfEntry), byName);
  const rest = staticClosure(chunks.filter((c) => (c.isEntry || c.isDynamicEntry) && !pdfEntry(c)), byName);
  const jspdf = chunks.filter((c) => c.moduleIds.some((id) => JSPDF.test(id)));
  if (!jspdf.length) throw new Error('no chunk holds jsPDF: the PDF writer was not built');
  for (const c of jspdf)
    if (rest.has(c.fileName) || !pdf.has(c.fileName)) throw new Error(`${c.fileName} (jsPDF) is loaded by code other than src/render/pdf: it would not load offline`);
  return [...pdf].filter((f) => !rest.has(f));
}

/** The Vite plugin, and the set of files the precache must leave out (read by astro.config.mjs). */
export default function pdfWriterChunks() {
  const notPrecached = new Set();
  return {
    notPrecached,
    plugin: {
      name: 'pdf-writer-chunks',
      applyToEnvironment: (env) => env.name === 'client',
      generateBundle(_options, bundle) {
        const files = writerChunks(bundle);
        for (const f of files) notPrecached.add(f);
        this.emitFile({ type: 'asset', fileName: WRITER_LIST, source: JSON.stringify(files.map((f) => `/${f}`)) });
      },
    },
  };
}
