import { useState } from 'preact/hooks';
import { mergeTownReports, schoolOfFile, type SchoolReport, type TownMerge as Merged } from '../../../calc/town-merge';
import { AGES, NUMBER_KEYS } from '../../../forms/town-table/derive';
import { formById } from '../../../forms/registry';
import { parseEntry } from '../../../storage/entry-parse';
import { explain, StorageError } from '../../../storage/errors';
import { parseInWorker } from '../../../io/parse/client';
import { summarise, type CountySummary, type FileIn } from '../../../calc/county';
import { COUNTY_1_1 } from '../../../calc/county-annexes';
import { loadSettings } from '../../../storage/settings';
import { loadTownSchools } from '../../../storage/town-schools';
import { fillTownTable, storedVillageCount } from './fill-town-table';
import TownReport from './TownReport';
import TownSchools from './TownSchools';

const COLS = [{ key: 'total', label: '儿童人数' }, ...AGES, { key: 'relocated', label: '易地搬迁户' }, { key: 'disabled', label: '残疾儿童' }];

interface Read {
  /** The schools' 附件1-1 reports, summed as the bureau sums them; null when none was chosen. */
  report11: CountySummary | null;
  merged: Merged;
  schools: { school: string; source: string; villages: number }[];
  problems: string[];
}

/**
 * The town (镇): its schools' 附件1-2 files merged into one table, read on this page only
 * (nothing is stored: the schools' files are the record).
 */
export default function TownMerge() {
  const [read, setRead] = useState<Read | null>(null);
  const [busy, setBusy] = useState(false);
  // Filling the town's own 1-2: 'ask' while rows already typed there would be replaced.
  const [fill, setFill] = useState<{ state: 'idle' | 'ask' | 'done' | 'error'; text: string }>({ state: 'idle', text: '' });

  const write = async (confirmed: boolean) => {
    try {
      const had = confirmed ? 0 : await storedVillageCount();
      if (had) return setFill({ state: 'ask', text: `本机的附件1-2 已有 ${had} 个村委会，将被这 ${read!.merged.villages.length} 个替换。` });
      await fillTownTable(read!.merged.villages);
      setFill({ state: 'done', text: `已填入本机的附件1-2：${read!.merged.villages.length} 个村委会，合计 ${read!.merged.sums.total} 人。` });
    } catch (e) {
      setFill({ state: 'error', text: `未填入：${explain(e)}` });
    }
  };

  const pick = async (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (!files.length) return;
    setBusy(true);
    setFill({ state: 'idle', text: '' });
    try {
      // Read in the worker, each file once: its rows (1-2's villages) and its report (1-1's numbers).
      const received = await parseInWorker({ kind: 'reports', files }, () => {}).done;
      if (!received || 'error' in received) throw new StorageError(received?.error ?? '读取文件时出错，请重试。');
      // The schools' 附件1-1 files: read as reports (the numbers their apps computed), not merged
      // as rows; one that cannot be summed is listed with its reason, never left out unsaid.
      const reads11: FileIn[] = received.filter((f) => f.formId === COUNTY_1_1.formId);
      const problems = received.filter((f) => !f.rows.length && 'error' in f.read)
        .map((f) => `${f.name}：${(f.read as { error: string }).error}`);
      const [settings, schools] = await Promise.all([loadSettings(), loadTownSchools()]);
      const report11 = reads11.length ? summarise(COUNTY_1_1, reads11, settings.year, schools) : null;
      // One report per school: the same file twice, or a later export, is one 1-2 entry id.
      const latest = new Map<string, { report: SchoolReport; updatedAt: number }>();
      for (const inc of received.flatMap((f) => f.rows.map((raw) => ({ source: f.name, raw })))) {
        let entry;
        try {
          entry = parseEntry(inc.raw);
        } catch (e) {
          problems.push(`${inc.source}：${explain(e)}`);
          continue;
        }
        if (entry.formId === COUNTY_1_1.formId) continue;
        if (entry.formId !== '1-2') {
          problems.push(`${inc.source}：这是${formById(entry.formId)?.annex ?? entry.formId}，本页只合并附件1-2和附件1-1。`);
          continue;
        }
        const prior = latest.get(entry.id);
        if (prior && prior.updatedAt >= entry.updatedAt) continue;
        const villages = Array.isArray(entry.data.villages) ? (entry.data.villages as Record<string, unknown>[]) : [];
        latest.set(entry.id, { report: { school: schoolOfFile(inc.source), source: inc.source, villages }, updatedAt: entry.updatedAt });
      }
      const reports = [...latest.values()].map((x) => x.report);
      setRead({
        report11,
        merged: mergeTownReports(reports, NUMBER_KEYS),
        schools: reports.map((x) => ({ school: x.school, source: x.source, villages: x.villages.length })),
        problems: [...new Set(problems)],
      });
    } catch (e) {
      setRead({ report11: null, merged: mergeTownReports([], NUMBER_KEYS), schools: [], problems: [explain(e)] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="town-merge">
      {/* The hidden input goes first: after the label it sits past the right edge of a phone. */}
      <input id="town-files" type="file" multiple accept=".xlsx" class="visually-hidden"
        onChange={(e) => { void pick(e.currentTarget.files); e.currentTarget.value = ''; }} />
      <label class="button file" for="town-files">选择各校的附件1-2、1-1 文件（.xlsx，可多选）</label>
      <p class="muted">各校用本应用导出的附件1-2、附件1-1 Excel。文件只在本页读取合并；合并结果可填入本机的附件1-2、附件1-1，在那里导出、打印。</p>
      {busy && <p role="status">正在读取…</p>}
      {read && read.problems.length > 0 && (
        <div class="banner error" role="alert">{read.problems.map((p) => <p key={p}>{p}</p>)}</div>
      )}
      {read && read.schools.length > 0 && (
        <>
          <h2>已读取的学校</h2>
          <ul data-testid="town-schools">
            {read.schools.map((s) => <li key={s.source}>{s.school}：{s.villages} 个村委会</li>)}
          </ul>
          {read.merged.duplicates.length > 0 && (
            <div class="banner error" data-testid="town-duplicates">
              {read.merged.duplicates.map((d) => (
                <p key={d.village}>村委会“{d.village}”由 {d.reports.map((r) => `${r.school}（${r.total ?? '—'} 人）`).join('、')} 重复上报，只计入{d.reports[0]!.school}的数字，请核实。</p>
              ))}
            </div>
          )}
          <h2>全镇各村委会</h2>
          <p data-testid="town-total">{read.merged.villages.length} 个村委会，合计 {read.merged.sums.total} 人</p>
          {/* Fifteen columns: the table scrolls sideways on a phone, the page does not. */}
          <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
            <table class="plan" data-testid="town-table" style={{ whiteSpace: 'nowrap' }}>
              <thead><tr><th>村委会名称</th>{COLS.map((c) => <th key={c.key}>{c.label}</th>)}<th>报送学校</th></tr></thead>
              <tbody>
                {read.merged.villages.map((v) => (
                  <tr key={v.village}>
                    <td>{v.village}{read.merged.duplicates.some((d) => d.village === v.village) && ' ⚠重复'}</td>
                    {COLS.map((c) => <td key={c.key}>{String(v.row[c.key] ?? '')}</td>)}
                    <td>{v.school}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot><tr><th>合计</th>{COLS.map((c) => <th key={c.key}>{read.merged.sums[c.key]}</th>)}<th /></tr></tfoot>
            </table>
          </div>
          {read.merged.villages.length > 0 && (
            <div class="actions">
              {fill.state === 'ask' ? (
                <>
                  <button type="button" class="primary" onClick={() => void write(true)}>确认替换</button>
                  <button type="button" onClick={() => setFill({ state: 'idle', text: '' })}>取消</button>
                </>
              ) : <button type="button" class="primary" onClick={() => void write(false)}>填入本机的附件1-2</button>}
            </div>
          )}
          {fill.text && (
            <p class={fill.state === 'error' ? 'msg error' : 'muted'} role={fill.state === 'error' ? 'alert' : 'status'} data-testid="town-fill">
              {fill.text}{fill.state === 'done' && <> <a href="/forms/1-2/">打开附件1-2</a></>}
            </p>
          )}
        </>
      )}
      {read?.report11 && <TownReport summary={read.report11} />}
      <h2>本镇学校</h2>
      <TownSchools received={read?.schools.length ? read.schools.map((x) => x.school) : null} />
    </div>
  );
}
