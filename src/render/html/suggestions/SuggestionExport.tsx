import { useState } from 'preact/hooks';
import { suggestionTable } from '../../../forms/suggestions/table';
import { download, inWeChat } from '../../../io/download';
import { exportFileName } from '../../../io/filename';
import { loadFont } from '../../../io/font';
import { missingChars } from '../../../io/font-coverage';
import { loadSuggestions } from '../../../storage/suggestions';
import { loadSettings } from '../../../storage/settings';
import { EXPORT_RETRY, inChinese } from '../../../storage/errors';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 家长意见和建议处理台账 as Excel or PDF, from the list as stored at the moment of the tap. */
export function SuggestionExport() {
  const [msg, setMsg] = useState<{ kind: 'busy' | 'done' | 'error'; text: string } | null>(null);
  const run = async (ext: 'xlsx' | 'pdf') => {
    try {
      if (inWeChat()) return setMsg({ kind: 'error', text: '微信内无法下载文件：请点右上角 “…” → “在浏览器打开” 后再导出。' });
      setMsg({ kind: 'busy', text: '正在生成文件…' });
      const settings = await loadSettings();
      const table = suggestionTable((await loadSuggestions()).items, settings.unit);
      const file = exportFileName({ unit: settings.unit, annex: '', title: table.title, date: new Date(), ext });
      let bytes: Uint8Array;
      let note = '';
      if (ext === 'xlsx') {
        bytes = await (await import('../../xlsx/grouped-table')).groupedTableWorkbook(table, settings);
      } else {
        const [font, pdf] = await Promise.all([
          loadFont((s) => setMsg({ kind: 'busy', text: `正在下载字体（仅首次）${Math.round(s * 100)}%` })),
          import('../../pdf/grouped-table'),
        ]);
        const text = [table.title, table.info, ...table.groups.flatMap((g) => [g.title, ...g.rows.flat()]), ...(table.notes ?? [])].join('');
        const missing = missingChars(text, font.covered);
        if (missing.length) note = `（PDF 字体中没有这些字，无法显示：${missing.join(' ')}；Excel 不受影响）`;
        bytes = pdf.groupedTablePdf(table, settings, font.bytes);
      }
      download(new File([bytes as BlobPart], file, { type: ext === 'pdf' ? 'application/pdf' : XLSX_TYPE }), file);
      setMsg({ kind: 'done', text: `已导出：${file}${note}` });
    } catch (err) {
      setMsg({ kind: 'error', text: `导出失败：${inChinese(err, EXPORT_RETRY)}` });
    }
  };
  const busy = msg?.kind === 'busy';
  return (
    <div class="export-bar">
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => run('xlsx')}>导出台账 Excel</button>
        <button type="button" disabled={busy} onClick={() => run('pdf')}>导出台账 PDF</button>
      </div>
      {msg && (
        <p class={msg.kind === 'error' ? 'banner error' : 'muted'} role={msg.kind === 'error' ? 'alert' : 'status'}
          data-testid={msg.kind === 'done' ? 'export-msg' : undefined}>{msg.text}</p>
      )}
    </div>
  );
}
