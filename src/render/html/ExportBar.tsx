import { useEffect, useState } from 'preact/hooks';
import type { FormDef } from '../../forms/kit/define';
import { download, inWeChat } from '../../io/download';
import type { ExportJob, ExportKind } from '../../io/export';
import { effectiveRole, SEND_LABELS, sendTarget } from '../../settings/roles';
import { listEntries } from '../../storage/entries';
import { useLive } from './hooks';
import { deriveContext } from '../../storage/context';
import type { Entry } from '../../storage/entry';
import { loadSettings, mirroredRole } from '../../storage/settings';
import { EXPORT_RETRY, inChinese } from '../../storage/errors';
import { flushAll } from '../../storage/session';

type State =
  /** `warning`: what the file just made carries about children (ID numbers, health), in one line. */
  | { kind: 'idle'; msg?: string; warning?: string | null }
  | { kind: 'busy'; msg: string }
  | { kind: 'confirm'; job: ExportJob; missing: string[]; send: boolean }
  | { kind: 'error'; msg: string };

/**
 * The export code, out of the page's first load (it is not needed to type) but fetched right
 * after it: a page opened before the service worker controls it must still export once the
 * signal is gone.
 */
const exporters = () => Promise.all([import('../../io/export'), import('../../io/export-privacy'), import('../../io/send')]);

const LABELS: Record<ExportKind, string> = {
  xlsx: '导出 Excel', pdf: '导出 PDF', 'register-xlsx': '导出表册 Excel', 'register-pdf': '导出表册 PDF',
};

/**
 * Export buttons for one entry (`form` kinds) or a list (`register` kinds). Before a PDF,
 * characters the font lacks are named and the user decides: jsPDF would drop them silently.
 */
export function ExportBar({ form, entries, kinds, beforeExport, printHref, labels }: {
  form: FormDef;
  /** The entries to export, read when the user exports (after pending saves are written). */
  entries: () => Entry[] | Promise<Entry[]>;
  kinds: ExportKind[];
  /** Button texts other than the default ones (a list's 批量导出 PDF). */
  labels?: Partial<Record<ExportKind, string>>;
  beforeExport?: () => Promise<unknown>;
  printHref?: string;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  // What a 表册 carries beyond its printed columns: off unless the user ticks it.
  const [dataSheet, setDataSheet] = useState(false);
  const [notes, setNotes] = useState(false);
  const optionalSheet = form.register?.dataSheet === 'optional' && kinds.includes('register-xlsx');
  const hasNotes = kinds.some((k) => k.startsWith('register')) && form.fields.some((f) => f.sensitive === 'note');
  const settings = useLive(loadSettings, []);
  useEffect(() => void exporters().catch(() => undefined), []);
  const target = sendTarget(effectiveRole(settings ?? { role: mirroredRole() }), form);

  const guard = (f: () => Promise<unknown>) => f().catch((err) =>
    setState({ kind: 'error', msg: `导出失败：${inChinese(err, EXPORT_RETRY)}` }));

  const finish = async (job: ExportJob, send: boolean) => {
    setState({ kind: 'busy', msg: '正在生成文件…' });
    const [{ buildExport }, { exportWarning }, { bureauOf, schoolOf, sendFile }] = await exporters();
    const file = await buildExport(job, (s) => setState({ kind: 'busy', msg: `正在下载字体（仅首次）${Math.round(s * 100)}%` }));
    const register = job.kind.startsWith('register');
    const warning = exportWarning(job.form, job.kind, job.entries.map((e) => e.data),
      { dataSheet: job.dataSheet ?? job.form.register?.dataSheet !== 'optional', notes: register ? !!job.notes : true });
    if (!send) {
      if (inWeChat()) return setState({ kind: 'error', msg: '微信内无法下载文件：请点右上角 “…” → “在浏览器打开” 后再导出。' });
      download(file, file.name);
      return setState({ kind: 'idle', msg: `已导出：${file.name}`, warning });
    }
    const to = target === 'school' ? schoolOf(job.settings) : bureauOf(job.settings);
    const how = await sendFile(file, job.settings, to);
    setState({
      kind: 'idle',
      warning: how === 'wechat' ? null : warning,
      msg: how === 'mailto' ? `已下载 ${file.name}，并打开了发往 ${to.address} 的邮件：请把文件添加为附件后发送。`
        : how === 'downloaded' ? `已下载 ${file.name}：请把这个文件发给${to.name}（设置中可填写学校邮箱）。`
        : how === 'wechat' ? '微信内无法发送文件：请点右上角 “…” → “在浏览器打开”。'
        : how === 'shared' ? '已发送。' : '',
    });
  };

  // jsPDF and the font start loading when the user reaches for a PDF button (and at the click,
  // beside the saving and reading below), not when the page loads.
  const warm = () => void exporters().then(([{ warmPdf }]) => warmPdf()).catch(() => undefined);
  const intent = (kind: ExportKind | undefined) =>
    kind?.endsWith('pdf') ? { onPointerEnter: warm, onPointerDown: warm, onFocus: warm } : {};

  const run = (kind: ExportKind, send = false) => guard(async () => {
      setState({ kind: 'busy', msg: '正在准备…' });
      if (kind.endsWith('pdf')) warm();
      await flushAll();
      await beforeExport?.();
      // A teacher sends the school all her records as the 表册 Excel its import reads.
      const toSchool = send && target === 'school';
      const list = toSchool ? await listEntries(form.id) : await entries();
      if (!list.length) return setState({ kind: 'error', msg: '没有可导出的记录。' });
      const job: ExportJob = {
        form, entries: list, settings: await loadSettings(), ctx: await deriveContext(form), kind: toSchool ? 'register-xlsx' : kind,
        // Sent to the bureau: never the data sheet or notes (the ticks are for a download).
        ...(optionalSheet && { dataSheet: dataSheet && !send }), notes: notes && !send,
      };
      if (kind.endsWith('pdf')) {
        const [{ missingForPdf }] = await exporters();
        const missing = await missingForPdf(job, (s) => setState({ kind: 'busy', msg: `正在下载字体（仅首次）${Math.round(s * 100)}%` }));
        if (missing.length) return setState({ kind: 'confirm', job, missing, send });
      }
      await finish(job, send);
  });

  const busy = state.kind === 'busy';
  const pdfKind = kinds.find((k) => k.endsWith('pdf'));
  // The bureau's 汇总 reads the Excel file of the reports it adds up; the rest go to its archive as PDF.
  const bureauKind = form.summedByBureau && kinds.includes('xlsx') ? 'xlsx' : pdfKind;
  return (
    <div class="export-bar">
      <div class="actions">
        {kinds.map((k) => <button type="button" key={k} disabled={busy} onClick={() => run(k)} {...intent(k)}>{labels?.[k] ?? LABELS[k]}</button>)}
        {target === 'school' && <button type="button" class="primary" disabled={busy} onClick={() => run('register-xlsx', true)}>{SEND_LABELS.school}</button>}
        {target === 'bureau' && bureauKind && <button type="button" class="primary" disabled={busy} onClick={() => run(bureauKind, true)} {...intent(bureauKind)}>{SEND_LABELS.bureau}</button>}
        {printHref && <a class="button" href={printHref}>打印</a>}
      </div>
      {(optionalSheet || hasNotes) && (
        <div class="checks">
          {optionalSheet && <label class="check"><input type="checkbox" checked={dataSheet} onChange={(e) => setDataSheet(e.currentTarget.checked)} />含数据页（用于本校设备之间转移花名册）</label>}
          {hasNotes && <label class="check"><input type="checkbox" checked={notes} onChange={(e) => setNotes(e.currentTarget.checked)} />含备注（可能有健康等情况）</label>}
        </div>
      )}
      {target === 'school' && <p class="muted" data-testid="wechat-hint">在微信中：先下载，再在聊天中发送文件。</p>}
      {state.kind === 'busy' && <p class="muted" role="status">{state.msg}</p>}
      {state.kind === 'idle' && state.msg && <p class="muted" role="status" data-testid="export-msg">{state.msg}</p>}
      {state.kind === 'idle' && state.warning && <p class="banner warn" data-testid="privacy-warning">{state.warning}</p>}
      {state.kind === 'error' && <p class="banner error" role="alert">{state.msg}</p>}
      {state.kind === 'confirm' && (
        <div class="banner warn" role="alert" data-testid="missing-chars">
          <span>PDF 字体中没有这些字：<strong>{state.missing.join(' ')}</strong>。在 PDF 中它们将无法显示（Excel 不受影响）。</span>
          <button type="button" onClick={() => guard(() => finish(state.job, state.send))}>仍然导出 PDF</button>
          <button type="button" class="link" onClick={() => setState({ kind: 'idle' })}>取消</button>
        </div>
      )}
    </div>
  );
}
