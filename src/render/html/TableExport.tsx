import { useState } from 'preact/hooks';
import type { GroupedTable } from '../../forms/kit/grouped-table';
import { download, inWeChat } from '../../io/download';
import { exportFileName } from '../../io/filename';
import { loadFontAndWriter } from '../../io/font';
import { missingChars } from '../../io/font-coverage';
import { loadSettings } from '../../storage/settings';
import { EXPORT_RETRY, inChinese } from '../../storage/errors';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const textOf = (t: GroupedTable) =>
  [t.title, t.info, t.infoRight ?? '', ...t.columns.map((c) => c.label), ...t.groups.flatMap((g) => [g.title, ...g.rows.flat()]), ...(t.notes ?? [])].join('');

/**
 * A list made from stored data (2-1's 特殊情况分类花名册 and 疑似失、辍学学生花名册, the
 * suggestions' 台账) as Excel or PDF: `load` gives its GroupedTable (made from the data as
 * stored at the moment of the tap) and the generic writers print it; `name` is the list's
 * short name on the buttons. Files are named after the table's title, with `annex` (2-1's
 * lists are 附件2-2 items).
 */
export function TableExport({ name, load, annex = '', warn, count, filtered, id }: {
  name: string;
  load: (unit: string) => Promise<GroupedTable>;
  annex?: string;
  /** What the file carries about children (ID numbers, health), in one line; null when nothing. */
  warn?: (table: GroupedTable) => string | null;
  count?: number;
  filtered?: boolean;
  id?: string;
}) {
  const [msg, setMsg] = useState<{ kind: 'busy' | 'done' | 'error'; text: string; warning?: string | null } | null>(null);

  const run = async (ext: 'xlsx' | 'pdf') => {
    try {
      if (inWeChat()) return setMsg({ kind: 'error', text: '微信内无法下载文件：请点右上角 “…” → “在浏览器打开” 后再导出。' });
      setMsg({ kind: 'busy', text: '正在生成文件…' });
      const settings = await loadSettings();
      const table = await load(settings.unit);
      const file = exportFileName({ unit: settings.unit, annex, title: table.title, date: new Date(), ext });
      let bytes: Uint8Array;
      let note = '';
      if (ext === 'xlsx') {
        bytes = await (await import('../xlsx/grouped-table')).groupedTableWorkbook(table, settings);
      } else {
        const [font, pdf] = await loadFontAndWriter(() => import('../pdf/grouped-table'),
          (s) => setMsg({ kind: 'busy', text: `正在下载字体（仅首次）${Math.round(s * 100)}%` }));
        const missing = missingChars(textOf(table), font.covered);
        if (missing.length) note = `（PDF 字体中没有这些字，无法显示：${missing.join(' ')}；Excel 不受影响）`;
        bytes = pdf.groupedTablePdf(table, settings, font.bytes);
      }
      download(new File([bytes as BlobPart], file, { type: ext === 'pdf' ? 'application/pdf' : XLSX_TYPE }), file);
      setMsg({ kind: 'done', text: `已导出：${file}${note}`, warning: warn?.(table) ?? null });
    } catch (err) {
      setMsg({ kind: 'error', text: `导出失败：${inChinese(err, EXPORT_RETRY)}` });
    }
  };

  const busy = msg?.kind === 'busy';
  return (
    <div class="export-bar" id={id}>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => run('xlsx')}>{`导出${name} Excel`}</button>
        <button type="button" disabled={busy} onClick={() => run('pdf')}>{`导出${name} PDF`}</button>
      </div>
      {filtered && <p class="muted">按当前筛选导出（{count} 人）。</p>}
      {msg && (
        <p class={msg.kind === 'error' ? 'banner error' : 'muted'} role={msg.kind === 'error' ? 'alert' : 'status'}
          data-testid={msg.kind === 'done' ? 'export-msg' : undefined}>{msg.text}</p>
      )}
      {msg?.warning && <p class="banner warn" data-testid="privacy-warning">{msg.warning}</p>}
    </div>
  );
}
