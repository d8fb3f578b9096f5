// The bureau's 汇总 of the reports schools and towns send (附件3-2, 1-1, 1-2): drop them in,
// see which count and why not, each annex's county totals, a sortable table per school, the
// schools that have not reported, and the county .xlsx and PDF. Everything is read on this
// device; nothing is sent anywhere.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CountySummary, FileIn, FileRow, FileState } from '../../../calc/county';
import { summariseAll } from '../../../calc/county-annexes';
import { daysLeft } from '../../../calc/deadline';
import { download } from '../../../io/download';
import { parseInWorker } from '../../../io/parse/client';
import { defaultSettings, inYear, type Settings } from '../../../settings/schema';
import { loadExpectedSchools, parseSchools, saveExpectedSchools } from '../../../storage/bureau';
import { loadSettings } from '../../../storage/settings';
import { SchoolTable, TotalsTable } from './tables';

const READ_FAILED = '读取文件时出错，请重试。';

const STATES: FileState[] = ['已收', '有问题', '重复', '已被新文件替换'];

/** The files read in the worker: a county's 200 files take seconds the page would freeze for. */
async function readAll(files: File[], progress: (done: number) => void): Promise<FileIn[]> {
  const out = await parseInWorker({ kind: 'reports', files }, (p) => progress(p.done)).done;
  if (!out || 'error' in out) throw new Error(out?.error ?? READ_FAILED);
  return out.map(({ name, read }) => ({ name, read }));
}

function FileList({ rows }: { rows: FileRow[] }) {
  return (
    <ul>
      {rows.map((f, i) => (
        <li key={`${f.name}-${i}`}><strong>{f.unit || f.name}</strong>
          {f.unit && <span class="muted">（{f.annex}，{f.name}）</span>}{f.note && <>：{f.note}</>}</li>
      ))}
    </ul>
  );
}

function daysText(days: number): string {
  if (days > 0) return `距截止还有 ${days} 天`;
  return days === 0 ? '今天截止' : `已过截止日期 ${-days} 天`;
}

export default function BureauApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [files, setFiles] = useState<FileIn[]>([]);
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [expectedText, setExpectedText] = useState('');
  const [expected, setExpected] = useState<string[]>([]);
  const [saved, setSaved] = useState('');
  const [error, setError] = useState('');
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void loadExpectedSchools().then((list) => {
      setExpected(list);
      // A list typed while the stored one was being read is the user's: keep it.
      setExpectedText((typed) => typed || list.join('\n'));
    });
  }, []);

  const year = settings?.year ?? new Date().getFullYear();
  const county = useMemo(() => summariseAll(files, year, expected), [files, year, expected]);
  const received = county.summaries.filter((s) => s.files.length > 0);

  const add = async (chosen: File[]) => {
    if (!chosen.length || reading) return;
    setError('');
    setReading({ done: 0, total: chosen.length });
    try {
      const read = await readAll(chosen, (done) => setReading({ done, total: chosen.length }));
      setFiles((before) => [...before, ...read]);
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : READ_FAILED);
    } finally {
      setReading(null);
    }
  };

  const saveList = async () => {
    const list = parseSchools(expectedText);
    try {
      await saveExpectedSchools(list);
      setExpected(list);
      setSaved(`已保存 ${list.length} 所学校。`);
    } catch {
      setSaved('保存失败：浏览器存储不可用，请检查是否处于无痕模式或存储已满。');
    }
  };

  const bureau = settings?.bureau || '教育局';
  const title = (s: CountySummary) => `${settings?.bureau ?? ''}${year}年${s.annex.title}（${s.annex.annex}）`;

  const exportXlsx = async () => {
    const { countyWorkbook } = await import('../../../render/xlsx/county-workbook');
    const bytes = await countyWorkbook(received.filter((s) => s.schools.length), title);
    download(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      `${bureau}_学校报表汇总_${year}.xlsx`);
  };

  const exportPdf = async (summary: CountySummary) => {
    setError('');
    try {
      const [{ loadFontAndWriter }, { missingChars }] = await Promise.all([import('../../../io/font'), import('../../../io/font-coverage')]);
      const [{ bytes: font, covered }, { countyPdf, countyTable }] = await loadFontAndWriter(() => import('../../../render/pdf/county-pdf'));
      const s = settings ?? defaultSettings();
      const table = countyTable(summary, title(summary), s.bureau);
      const missing = missingChars([table.title, ...table.groups[0].rows.flat()].join(''), covered);
      if (missing.length) setError(`PDF 字体中没有这些字，将显示为空白：${missing.join('')}。需要时请用 Excel 文件。`);
      download(new Blob([countyPdf(summary, table.title, s, font) as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
        `${bureau}_${summary.annex.annex}汇总_${year}.pdf`);
    } catch (err) {
      setError(`无法导出 PDF：${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const byState = (s: FileState) => county.files.filter((f) => f.state === s);

  return (
    <div class="bureau">
      <h2>收取学校报表</h2>
      <p class="muted">可一次选择或拖入多个学校、镇发来的附件3-2、1-1、1-2 Excel 文件，各表分别汇总。文件只在本机读取，不会上传。</p>
      <div class={`drop${dragging ? ' over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => { e.preventDefault(); setDragging(false); void add([...(e.dataTransfer?.files ?? [])]); }}>
        <label class="button file" for="bureau-files">选择学校报表文件（可多选）</label>
        <input id="bureau-files" type="file" multiple accept=".xlsx" class="visually-hidden"
          onChange={(e) => { void add([...(e.currentTarget.files ?? [])]); e.currentTarget.value = ''; }} />
        <label class="button file" for="bureau-folder">选择整个文件夹</label>
        {/* A folder may hold other files too: only the workbooks in it are read. */}
        <input id="bureau-folder" type="file" class="visually-hidden" {...{ webkitdirectory: true }}
          onChange={(e) => {
            void add([...(e.currentTarget.files ?? [])].filter((f) => /\.xlsx$/i.test(f.name)));
            e.currentTarget.value = '';
          }} />
        <p class="muted">或把文件拖到这里</p>
      </div>
      {reading && <p role="status">正在读取 {reading.done + 1} / {reading.total} 个文件……</p>}
      {error && <p class="banner error" role="alert">{error}</p>}

      {files.length > 0 && (
        <>
          <h2>文件情况</h2>
          <p>共 {files.length} 个文件：{STATES.map((s) => `${s} ${byState(s).length}`).join('，')}。
            <button type="button" class="link" onClick={() => setFiles([])}>清空</button></p>
          {/* What needs the bureau's attention first; the long list of received files folds away. */}
          {STATES.slice(1).filter((s) => byState(s).length).map((s) => (
            <section class={`file-state state-${STATES.indexOf(s)}`} aria-label={s} key={s}>
              <h3>{s}（{byState(s).length}）</h3>
              <FileList rows={byState(s)} />
            </section>
          ))}
          {byState('已收').length > 0 && (
            <details class="file-state" aria-label="已收">
              <summary>已收（{byState('已收').length}）</summary>
              <FileList rows={byState('已收')} />
            </details>
          )}
        </>
      )}

      {received.some((s) => s.schools.length) && (
        <p><button type="button" class="primary" onClick={() => void exportXlsx()}>导出汇总 Excel</button>
          <span class="muted"> 每个附件一张工作表。</span></p>
      )}
      {(received.length ? received : county.summaries.slice(0, 1)).map((s) => (
        <AnnexSection key={s.annex.formId} summary={s} settings={settings} expected={expected}
          onPdf={() => void exportPdf(s)} />
      ))}

      <h2>应报学校</h2>
      <p class="muted">每行一所学校，名称与报表中的单位名称一致。保存在本机，下次打开仍在。</p>
      <label for="bureau-expected">应报学校名单</label>
      <textarea id="bureau-expected" rows={6} value={expectedText}
        onInput={(e) => { setExpectedText(e.currentTarget.value); setSaved(''); }} />
      <button type="button" onClick={() => void saveList()}>保存名单</button>
      {saved && <p role="status">{saved}</p>}
    </div>
  );
}

/** One annex: its county totals, the table per school, and (for schools' reports) who has not reported. */
function AnnexSection({ summary, settings, expected, onPdf }: {
  summary: CountySummary; settings: Settings | null; expected: string[]; onPdf: () => void;
}) {
  const { annex } = summary;
  const deadline = settings ? inYear(settings, settings[annex.deadline]) : null;
  const left = deadline ? daysLeft(deadline, new Date()) : null;
  const flagged = new Set(summary.files.filter((f) => f.state === '有问题').map((f) => f.unit).filter(Boolean));
  const who = annex.sender === '镇' ? '个镇（街道）' : '所学校';
  return (
    <section class="county-annex" aria-label={`${annex.annex}汇总`}>
      <h2>{annex.annex} 全县合计</h2>
      <p class="muted">已计入 {summary.schools.length} {who}。人数相加{annex.columns.some((c) => c.share) && '；比例按合计人数重新计算，不是各校比例的平均'}。</p>
      <TotalsTable summary={summary} />
      <button type="button" onClick={onPdf} disabled={!summary.schools.length}>导出{annex.annex}汇总 PDF</button>
      {summary.schools.length > 0 && (
        <>
          <h3>{annex.sender === '镇' ? '各镇情况' : '各校情况'}</h3>
          <p class="muted">点列标题可排序。</p>
          <SchoolTable summary={summary} />
        </>
      )}
      {annex.sender === '学校' && expected.length > 0 && (
        <section aria-label={`${annex.annex}未报`}>
          <h3>未报（{summary.missing.length} / {expected.length}）</h3>
          {left != null && summary.missing.length > 0 && (
            <p class={left < 0 ? 'msg error' : 'muted'}>{annex.annex} 截止 {deadline}，{daysText(left)}。</p>
          )}
          {summary.missing.length ? (
            <ul>{summary.missing.map((m) => (
              // A school whose only file has a problem did send something: say so, not just 未报.
              <li key={m}>{m} · {flagged.has(m) ? '已收到文件但有问题，未计入' : '未报'}</li>
            ))}</ul>
          ) : <p>应报学校均已收到。</p>}
          {summary.unexpected.length > 0 && (
            <p class="msg warn">以下学校的报表已计入，但不在应报名单中（请核对名称是否一致）：{summary.unexpected.join('、')}</p>
          )}
        </section>
      )}
    </section>
  );
}
