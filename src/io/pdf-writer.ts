// The PDF writer (jsPDF and our code around it) is not precached, like the font it needs: the
// build lists its files in /pdf-writer.json (scripts/pdf-writer-chunks.mjs), and they are kept
// in the font's cache when the font is, so that 离线准备 and a first PDF make the next PDFs
// work with no signal. The service worker's CacheFirst route serves them from that cache.
const WRITER_LIST = '/pdf-writer.json';

/** The writer's files in this version; none in a dev server, which has no list. */
async function writerFiles(): Promise<string[]> {
  const res = await fetch(WRITER_LIST);
  if (res.status === 404) return [];
  if (!res.ok) throw new Error(`PDF 组件列表读取失败（${res.status}）`);
  return res.json();
}

const isWriterFile = (url: string) => new URL(url).pathname.startsWith('/_astro/');

/** Keeps this version's writer files in `cache`, and drops those of earlier versions. */
export async function keepWriter(cache: Cache): Promise<void> {
  const files = await writerFiles();
  const current = new Set(files.map((f) => new URL(f, location.href).href));
  for (const req of await cache.keys()) if (isWriterFile(req.url) && !current.has(req.url)) await cache.delete(req);
  for (const f of files) if (!(await cache.match(f))) await cache.add(f);
}

/** Whether every writer file of this version is in `cache`. */
export async function writerKept(cache: Cache): Promise<boolean> {
  const files = await writerFiles();
  return (await Promise.all(files.map((f) => cache.match(f)))).every(Boolean);
}
