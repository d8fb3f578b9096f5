import { useState } from 'preact/hooks';
import { archive, termText, volumes } from '../../../forms/archive';
import type { EntryData, FieldValue } from '../../../forms/kit/field';
import { NO_SOURCES } from '../../../forms/kit/define';
import { download, inWeChat } from '../../../io/download';
import { buildExport } from '../../../io/export';
import { exportFileName } from '../../../io/filename';
import { charsMissingFromFont, loadFontAndWriter } from '../../../io/font';
import type { Entry } from '../../../storage/entry';
import { loadSettings } from '../../../storage/settings';
import { FieldRow } from '../FieldRow';
import { EXPORT_RETRY, inChinese } from '../../../storage/errors';

type Msg = { kind: 'idle' | 'busy' | 'done' | 'error'; text: string };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Text typed by the school that a PDF prints; the fixed seed texts are in the font. */
const typedText = (v: EntryData) =>
  [String(v.unit ?? ''), termText(v), ...volumes(v).flatMap((vol) => vol.rows.map((r) => r.note))].join('');

/**
 * 打印与导出: spine width, then the labels and directories as PDF, the catalogue as PDF
 * and Excel, and their print views. Writers and the font load only when used.
 */
export function ArchiveExports({ entry, values, flush, set }: {
  entry: Entry;
  values: EntryData;
  flush: () => Promise<unknown>;
  set: (key: string, v: FieldValue) => void;
}) {
  const [msg, setMsg] = useState<Msg>({ kind: 'idle', text: '' });
  const busy = msg.kind === 'busy';
  const name = (title: string, ext: string) =>
    exportFileName({ unit: String(values.unit ?? ''), annex: archive.annex, title, subject: termText(values), date: new Date(), ext });
  const progress = (s: number) => setMsg({ kind: 'busy', text: `正在下载字体（仅首次）${Math.round(s * 100)}%` });

  const run = (make: () => Promise<{ file: File; warn?: string }>) => async () => {
    if (inWeChat()) return setMsg({ kind: 'error', text: '微信内无法下载文件：请点右上角 “…” → “在浏览器打开” 后再导出。' });
    setMsg({ kind: 'busy', text: '正在生成文件…' });
    try {
      await flush();
      const { file, warn } = await make();
      download(file, file.name);
      setMsg(warn ? { kind: 'error', text: `已导出 ${file.name}，${warn}` } : { kind: 'done', text: `已导出：${file.name}` });
    } catch (err) {
      setMsg({ kind: 'error', text: `导出失败：${inChinese(err, EXPORT_RETRY)}` });
    }
  };

  const pdf = (title: string, load: () => Promise<(v: EntryData, font: Uint8Array) => Uint8Array>) => run(async () => {
    const [{ bytes: font }, write] = await loadFontAndWriter(load, progress);
    const missing = await charsMissingFromFont(typedText(values));
    const file = new File([write(values, font) as BlobPart], name(title, 'pdf'), { type: 'application/pdf' });
    return { file, warn: missing.length ? `但 PDF 字体中没有这些字：${missing.join(' ')}，它们在 PDF 中无法显示。` : undefined };
  });

  const labels = pdf('盒脊及盒正面标签', async () => (await import('../../pdf/labels')).labelsPdf);
  const directory = pdf('盒内详细目录', async () => (await import('../../pdf/directory')).directoryPdf);
  const tablePdf = run(async () => ({
    file: await buildExport({ form: archive, entries: [entry], settings: await loadSettings(), ctx: NO_SOURCES, kind: 'pdf' }, progress),
  }));
  const workbook = run(async () => {
    const { catalogueWorkbook } = await import('../../xlsx/catalogue');
    const bytes = await catalogueWorkbook(archive, entry, await loadSettings(), NO_SOURCES);
    return { file: new File([bytes as BlobPart], name(archive.title, 'xlsx'), { type: XLSX_TYPE }) };
  });

  // Print views are pages of their own: save first, so they show what is on screen.
  const open = (view: string) => async (e: Event) => {
    e.preventDefault();
    await flush();
    location.href = `?view=${view}`;
  };

  const width = archive.fieldByKey.get('spineWidth')!;
  return (
    <section class="form-section a-print" id="a-print" aria-labelledby="a-print-h">
      <h2 id="a-print-h">打印与导出</h2>
      <FieldRow field={width} value={values.spineWidth} onChange={(v) => set('spineWidth', v)} />
      <p class="muted">每个档案盒（分装的每一盒）一张盒脊标签、一张盒正面标签和一页盒内详细目录；沿边框剪下即可粘贴。</p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={labels}>导出标签 PDF</button>
        <button type="button" disabled={busy} onClick={directory}>导出盒内目录 PDF</button>
        <button type="button" disabled={busy} onClick={tablePdf}>导出分类目录 PDF</button>
        <button type="button" disabled={busy} onClick={workbook}>导出 Excel</button>
      </div>
      <div class="actions">
        <a class="button" href="?view=labels" onClick={open('labels')}>打印标签</a>
        <a class="button" href="?view=directory" onClick={open('directory')}>打印盒内目录</a>
        <a class="button" href="?view=print" onClick={open('print')}>打印分类目录</a>
      </div>
      {msg.kind === 'busy' && <p class="muted" role="status">{msg.text}</p>}
      {msg.kind === 'done' && <p class="muted" role="status" data-testid="export-msg">{msg.text}</p>}
      {msg.kind === 'error' && <p class="banner error" role="alert">{msg.text}</p>}
    </section>
  );
}
