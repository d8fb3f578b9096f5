import { useMemo, useState } from 'preact/hooks';
import { maskIdNumber } from '../../../calc/idcard';
import type { HeaderMatch } from '../../../io/roster-import/headers';
import type { SheetData } from '../../../io/roster-import/sheet';
import type { ImportedRow } from '../../../io/roster-import/rows';
import { rowsToConvert, type FillDown } from '../../../io/roster-import/fill-down';
import { countKinds, previewRows, type PreviewFilter } from '../../../io/roster-import/problems';
import {
  convertRows, describeChild, planRosterImportInSlices, type Choice, type PlannedRow, type RosterPlan,
} from '../../../io/roster-plan';
import type { Entry } from '../../../storage/entry';
import { storedRows } from '../../../storage/entries';
import { readInSlices } from '../../../storage/entry-parse';
import { nextTask } from '../../../calc/slices';
import { putImported, stampOf } from '../../../storage/import-entries';
import { flushAll } from '../../../storage/session';
import { roster } from '../../../forms/roster';
import { explain } from '../../../storage/errors';
import { ReadingProgress, useParsing } from '../ReadingProgress';
import { ColumnMapping, readForMapping, type Mapping, type MappingState, type ReadingState } from './ColumnMapping';

type State =
  | { kind: 'idle'; done?: string }
  | ReadingState
  | MappingState
  | { kind: 'checking'; name: string; done: number; total: number }
  | {
    kind: 'preview'; name: string; sheet: SheetData; mapping: Mapping; match: HeaderMatch;
    rows: ImportedRow[]; choices: Record<number, Choice>; plan: RosterPlan;
    /** Villages copied down into a CSV's blank cells (merged cells saved as CSV). */
    filled: FillDown['runs'];
    /** The roster as stored when the rows were checked: the plan's ground, and what the commit checks against. */
    existing: Entry[];
    /** The user changed a choice and the plan for it is being made. */
    planning?: boolean;
  }
  | { kind: 'writing'; count: number }
  | { kind: 'error'; message: string };

const ACCEPT = '.xlsx,.xls,.et,.ett,.csv,.txt';
const SHOWN = 100;
const ACTION = { new: '新增', updated: '更新', corrected: '更正身份证号', unchanged: '未变', rejected: '不导入' } as const;

/**
 * Importing a school's own roster: read the file, match its columns (asking about the ones
 * not recognised), check every row, show what would happen, and only on 确认导入 write all
 * children in one transaction. A cancelled or failed import leaves the roster as it was.
 */
export function RosterImport({ refDate, onDone }: { refDate: string; onDone(): void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const parsing = useParsing();

  // The file is parsed in a worker: the page stays usable, and 取消 ends the worker.
  const read = (file: File | undefined) => readForMapping(parsing, file, {
    show: setState,
    next: (m) => check(m.name, m.sheet, m.mapping, m.match),
    fail: (message) => setState({ kind: 'error', message }),
  });

  const check = async (name: string, sheet: SheetData, mapping: Mapping, match: HeaderMatch) => {
    setState({ kind: 'checking', name, done: 0, total: sheet.rows.length });
    // By the columns as mapped: the user may have just chosen which one is the village.
    const fill = rowsToConvert(sheet, mapping);
    const rows = await convertRows(fill.rows, mapping, { firstRow: sheet.firstRow, ageRef: refDate, headers: sheet.headers },
      (done, total) => setState({ kind: 'checking', name, done, total }));
    // Edits still waiting to be saved (a child open in another editor) belong to the ground.
    await flushAll();
    const { entries: existing } = await readInSlices(await storedRows(roster.id));
    const plan = await planRosterImportInSlices(existing, rows);
    await nextTask(); // the preview's first render is a task of its own, not the plan's last slice's
    setState({ kind: 'preview', name, sheet, mapping, match, rows, choices: {}, existing, plan, filled: fill.runs });
  };

  // Re-planned in slices as well; until the plan for the newest choices is ready, 确认导入 waits.
  const choose = async (preview: Extract<State, { kind: 'preview' }>, rowNumber: number, choice: Choice) => {
    const choices = { ...preview.choices, [rowNumber]: choice };
    setState({ ...preview, choices, planning: true });
    const plan = await planRosterImportInSlices(preview.existing, preview.rows, Date.now(), choices);
    setState((now) => (now.kind === 'preview' && now.choices === choices ? { ...now, plan, planning: false } : now));
  };

  const commit = async (plan: RosterPlan, existing: Entry[]) => {
    setState({ kind: 'writing', count: plan.writes.length });
    try {
      // A child changed since the preview (another tab) is never overwritten: the user previews again.
      const byId = new Map(existing.map((e) => [e.id, e]));
      await putImported(plan.writes, new Map(plan.writes.map((w) => [w.id, stampOf(byId.get(w.id))])));
      const c = plan.counts;
      const fixed = c.corrected ? `，更正身份证号 ${c.corrected} 人` : '';
      setState({ kind: 'idle', done: `已导入：新增 ${c.new} 人，更新 ${c.updated} 人${fixed}。` });
    } catch (err) {
      setState({ kind: 'error', message: `${explain(err)}（未导入任何儿童）` });
    }
  };

  return (
    <section class="roster-import" aria-label="导入花名册">
      <label class="button file" for="roster-file">选择花名册文件（.xlsx、.xls、.et、.csv）</label>
      <input id="roster-file" type="file" accept={ACCEPT} class="visually-hidden"
        onChange={(e) => { void read(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      <p class="muted">第一行（或前10行中的一行）须是列名，如 姓名、身份证号码、村委会、就学状态。导入前会先预览，确认后才写入。</p>
      {state.kind === 'idle' && state.done && (
        <p class="banner info" role="status" data-testid="roster-import-done">
          {state.done} <button type="button" class="link" onClick={onDone}>收起</button>
        </p>
      )}
      {state.kind === 'reading' && (
        <ReadingProgress progress={state.progress} onCancel={() => { parsing.cancel(); setState({ kind: 'idle' }); }} />
      )}
      {state.kind === 'checking' && (
        <div role="status">
          <progress max={state.total || 1} value={state.done} aria-label="检查进度" />
          <span class="muted"> 正在检查第 {state.done} / {state.total} 行…</span>
        </div>
      )}
      {state.kind === 'writing' && <p class="muted" role="status">正在写入 {state.count} 名儿童…</p>}
      {state.kind === 'error' && <p class="banner error" role="alert">{state.message}</p>}
      {state.kind === 'mapping' && (
        <ColumnMapping state={state} onChange={(mapping) => setState({ ...state, mapping })}
          onNext={() => void check(state.name, state.sheet, state.mapping, state.match)}
          onCancel={() => setState({ kind: 'idle' })} />
      )}
      {state.kind === 'preview' && (
        <Preview plan={state.plan} name={state.name} skipped={state.sheet.rows.length - state.rows.length}
          statusMapped={Object.values(state.mapping).includes('status')} filled={state.filled}
          planning={!!state.planning} onChoose={(rowNumber, choice) => void choose(state, rowNumber, choice)}
          onCommit={() => void commit(state.plan, state.existing)}
          onRemap={() => setState({ kind: 'mapping', name: state.name, sheet: state.sheet, mapping: state.mapping, match: state.match })}
          onCancel={() => setState({ kind: 'idle' })} />
      )}
    </section>
  );
}

function Preview({ plan, planning, name, skipped, statusMapped, filled, onChoose, onCommit, onRemap, onCancel }: {
  plan: RosterPlan;
  planning: boolean;
  name: string;
  /** Blank rows and repeated header lines of the file, not children. */
  skipped: number;
  /** A column of the file is imported as 就学状态. */
  statusMapped: boolean;
  filled: FillDown['runs'];
  onChoose(rowNumber: number, choice: Choice): void;
  onCommit(): void;
  onRemap(): void;
  onCancel(): void;
}) {
  const [limit, setLimit] = useState(SHOWN);
  const [all, setAll] = useState(false);
  const [errorsOnly, setErrorsOnly] = useState(false);
  const c = plan.counts;
  const rejected = plan.rows.filter((p) => p.action === 'rejected');
  const filter: PreviewFilter = errorsOnly ? 'errors' : all ? 'all' : 'problems';
  // 20,000 rows: sorted and counted once per plan, not on every render.
  const listed = useMemo(() => previewRows(plan.rows, filter), [plan, filter]);
  const kinds = useMemo(() => countKinds(plan.rows.map((p) => p.row)), [plan]);
  const filledCount = filled.reduce((n, r) => n + r.to - r.from + 1, 0);
  return (
    <div class="preview" data-testid="roster-preview">
      <p data-testid="roster-import-tally">
        {name}：新增 {c.new} 人，更新 {c.updated} 人，更正身份证号 {c.corrected} 人，未变 {c.unchanged} 人，无法导入 {c.rejected} 行
      </p>
      <p class="muted" data-testid="roster-import-rows">
        文件共 {plan.rows.length + skipped} 行{skipped > 0 && `，其中 ${skipped} 行是空行或重复的列名行，已跳过`}。
      </p>
      {!statusMapped && c.noStatus > 0 && (
        <p class="banner warn" role="alert" data-testid="roster-import-no-status">
          未选择就学状态列：{c.noStatus} 名儿童将没有状态。如文件中有就学状态，请点“调整列对应”选择该列。
        </p>
      )}
      {statusMapped && c.noStatus > 0 && (
        <p class="muted" data-testid="roster-import-no-status">其中 {c.noStatus} 名儿童的就学状态为空，导入后请补填。</p>
      )}
      {filledCount > 0 && (
        <details class="banner info" data-testid="roster-import-filled">
          <summary>
            已补全 {filledCount} 行的村委会：CSV 文件保存合并单元格时只留下第一行，空着的行已按上方的村委会填写。
          </summary>
          <ul>
            {filled.map((r) => (
              <li key={`${r.from}`}>{r.from === r.to ? `第${r.from}行` : `第${r.from}-${r.to}行`}：{r.value}</li>
            ))}
          </ul>
        </details>
      )}
      {c.undecided > 0 && (
        <p class="banner warn" role="alert" data-testid="roster-import-undecided">
          有 {c.undecided} 行可能是花名册中已有的儿童（姓名相同，身份证号码不同）。请在下方逐行选择是谁；不选则按新增导入。
        </p>
      )}
      {(c.errors > 0 || c.warnings > 0) && (
        <div data-testid="roster-import-problems">
          <p class={c.errors > 0 ? 'import-errors-count' : 'muted'}>
            {c.errors > 0 && <strong>{c.errors} 行有错误</strong>}
            {c.errors > 0 && '（仍会导入，导入后请在花名册中更正；已排在下方列表最前面）'}
            {c.errors > 0 && c.warnings > 0 && '，'}
            {c.warnings > 0 && `${c.warnings} 行有提示`}。
          </p>
          <ul class="problem-kinds" data-testid="roster-import-kinds">
            {kinds.map((k) => (
              <li key={`${k.level}${k.kind}`} class={k.level === 'error' ? 'error' : 'hint'}>
                {k.level === 'error' ? '错误' : '提示'}：{k.kind} {k.rows} 行
              </li>
            ))}
          </ul>
        </div>
      )}
      {rejected.length > 0 && (
        <ul class="rejected" data-testid="roster-import-rejected">
          {rejected.map((p) => <li key={p.row.rowNumber}>第{p.row.rowNumber}行：{p.row.errors.join('；')}</li>)}
        </ul>
      )}
      {c.errors > 0 && (
        <label class="check">
          <input type="checkbox" checked={errorsOnly} onChange={(e) => { setErrorsOnly(e.currentTarget.checked); setLimit(SHOWN); }} />
          只看错误（{c.errors} 行）
        </label>
      )}
      <label class="check">
        <input type="checkbox" checked={all} disabled={errorsOnly}
          onChange={(e) => { setAll(e.currentTarget.checked); setLimit(SHOWN); }} />
        显示所有行（默认只列出有错误或提示的行）
      </label>
      {listed.length > 0 && (
        <ul class="import-rows" data-testid="roster-import-list">
          {listed.slice(0, limit).map((p) => <PreviewRow key={p.row.rowNumber} p={p} onChoose={onChoose} />)}
        </ul>
      )}
      {listed.length > limit && (
        <button type="button" onClick={() => setLimit(limit + SHOWN)}>显示更多（还有 {listed.length - limit} 行）</button>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={planning || plan.writes.length === 0} onClick={onCommit}>确认导入</button>
        <button type="button" onClick={onRemap}>调整列对应</button>
        <button type="button" onClick={onCancel}>取消</button>
      </div>
    </div>
  );
}

function PreviewRow({ p, onChoose }: { p: PlannedRow; onChoose(rowNumber: number, choice: Choice): void }) {
  const d = p.row.data;
  const id = typeof d.idNumber === 'string' ? d.idNumber : '';
  return (
    <li class={p.row.errors.length ? 'has-error' : undefined} data-testid="roster-import-row">
      <div class="import-row-head">
        <strong>第{p.row.rowNumber}行</strong>
        <span>{typeof d.name === 'string' ? d.name : ''}</span>
        <code>{id ? maskIdNumber(id) : ''}</code>
        <span class={`badge ${p.action}`}>{ACTION[p.action]}</span>
      </div>
      {p.idChange && (
        <p class="msg" data-testid="id-change">
          更正身份证号：<code>{maskIdNumber(p.idChange.from) || '（空）'}</code> → <code>{maskIdNumber(p.idChange.to)}</code>
        </p>
      )}
      {p.note && <p class="msg hint">{p.note}</p>}
      {p.candidates && (
        <label class="identity-choice">
          这一行是：
          <select aria-label={`第${p.row.rowNumber}行是`} value={p.choice}
            onChange={(e) => onChoose(p.row.rowNumber, e.currentTarget.value as Choice)}>
            <option value="new">另一名儿童（新增）</option>
            {p.candidates.flatMap((c) => c.options.map((o) => (
              <option key={`${o}:${c.entry.id}`} value={`${o}:${c.entry.id}`}>
                {describeChild(c.entry)}{o === 'fix' ? '，身份证号码改为本行的' : '，保留花名册中的身份证号码'}
              </option>
            )))}
          </select>
        </label>
      )}
      {p.row.errors.map((m) => <p key={m} class="msg error">{m}</p>)}
      {p.row.warnings.map((m) => <p key={m} class="msg hint">{m}</p>)}
    </li>
  );
}
