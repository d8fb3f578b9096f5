import type { DeriveContext, FormDef } from '../forms/kit/define';
import { expandPaper, placeCells } from '../forms/kit/paper';
import type { Settings } from '../settings/schema';
import type { Entry } from '../storage/entry';
import { exportFileName } from './filename';
import { fontPrepared, loadFont, loadFontAndWriter, loadWriter } from './font';
import { missingChars } from './font-coverage';

export type ExportKind = 'xlsx' | 'pdf' | 'register-xlsx' | 'register-pdf';

export interface ExportJob {
  form: FormDef;
  entries: Entry[];
  settings: Settings;
  ctx: DeriveContext;
  kind: ExportKind;
  /** A 表册 .xlsx's hidden data sheet, where the form makes it optional (the roster). */
  dataSheet?: boolean;
  /** A 表册's notes (fields marked sensitive: 'note'); left out unless the user asks. */
  notes?: boolean;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isRegister = (k: ExportKind) => k.startsWith('register');
const ext = (k: ExportKind) => (k.endsWith('pdf') ? 'pdf' : 'xlsx');

export function fileNameFor(job: ExportJob, today = new Date()): string {
  const { form, entries, settings, kind } = job;
  // Named by what the file prints: the resolved values (1-1's 辖区 comes from settings).
  const one = entries.length === 1 && !isRegister(kind) ? form.resolve(entries[0].data, job.ctx) : null;
  const by = form.register?.subjectKey;
  const owners = new Set(by ? entries.map((e) => form.text(e.data, by).replace(/\s/g, '')) : []);
  const owner = isRegister(kind) && owners.size === 1 ? [...owners][0] : '';
  return exportFileName({
    unit: settings.unit || (one ? form.text(one, 'unit') : ''),
    annex: form.annex,
    title: isRegister(kind) ? form.registerTitle : form.title,
    subject: one ? form.subject(one) : isRegister(kind) ? owner : `${entries.length}份`,
    date: one && form.dateKey ? String(one[form.dateKey] ?? '') || today : today,
    ext: ext(kind),
  });
}

/** Every text a PDF of the job would print, to find characters the font lacks. */
export function printedText(job: ExportJob): string {
  const { form, entries, ctx } = job;
  const lines = [...form.paper.head, ...form.paper.foot].flatMap((l) => [l.t, l.right ?? '']);
  return entries
    .map((e) => {
      const v = form.resolve(e.data, ctx);
      if (isRegister(job.kind)) return form.fields.filter((f) => job.notes || f.sensitive !== 'note').map((f) => `${f.label}${form.text(v, f.key)}`).join('');
      const cells = placeCells(expandPaper(form.paper, v)).map((p) => p.cell.t);
      return [...cells, ...lines].map((t) => form.fill(t, v)).join('');
    })
    .join('');
}

type PdfWriter = typeof import('../render/pdf');
let pdfReady: Promise<{ pdf: PdfWriter; font: Uint8Array; covered: { has(cp: number): boolean } }> | null = null;

/**
 * The PDF writer and the font, loaded side by side and the font parsed by jsPDF: once a page
 * session. A first PDF spent most of its time here, one step after the other.
 */
function preparePdf(onProgress?: (s: number) => void) {
  // A download already under way (started by warmPdf) reports to this caller too.
  if (pdfReady && onProgress) void loadFont(onProgress).catch(() => undefined);
  if (!pdfReady) {
    pdfReady = loadFontAndWriter(() => import('../render/pdf'), onProgress)
      .then(([{ bytes }, pdf]) => ({ pdf, font: bytes, covered: pdf.parseFont(bytes) }))
      .catch((err) => {
        pdfReady = null; // the next try loads again (a font fetched online later)
        throw err;
      });
  }
  return pdfReady;
}

/**
 * The user shows they are about to make a PDF (a pointer on the button, focus): load the writer,
 * and read and parse the font if it is already on this device (never download 3.5 MB for a
 * pointer passing over the button). Nothing is loaded before the user does something.
 */
export async function warmPdf(): Promise<void> {
  if (pdfReady) return; // warmed already in this page session: nothing to look up again
  try {
    if (await fontPrepared()) await preparePdf();
    else await loadWriter(() => import('../render/pdf'));
  } catch {
    // The click itself reports what went wrong.
  }
}

export async function missingForPdf(job: ExportJob, onProgress?: (s: number) => void): Promise<string[]> {
  const { covered } = await preparePdf(onProgress);
  return missingChars(printedText(job), covered);
}

/** Builds the file; the writers (ExcelJS, jsPDF) load only now. */
export async function buildExport(job: ExportJob, onProgress?: (s: number) => void): Promise<File> {
  const { form, entries, settings, ctx, kind } = job;
  const name = fileNameFor(job);
  if (kind === 'xlsx' || kind === 'register-xlsx') {
    const x = await import('../render/xlsx');
    const bytes = kind === 'xlsx'
      ? await x.formWorkbook(form, entries, settings, ctx)
      : await x.registerWorkbook(form, entries, settings, { ...(job.dataSheet !== undefined && { dataSheet: job.dataSheet }), notes: !!job.notes });
    return new File([bytes as BlobPart], name, { type: XLSX_TYPE });
  }
  const { font, pdf } = await preparePdf(onProgress);
  const bytes = kind === 'pdf'
    ? pdf.formPdf(form, entries, settings, font, ctx)
    : pdf.registerPdf(form, entries, settings, font, { notes: !!job.notes });
  return new File([bytes as BlobPart], name, { type: 'application/pdf' });
}
