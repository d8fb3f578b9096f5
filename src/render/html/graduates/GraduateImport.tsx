import { useState } from 'preact/hooks';
import { planLines, type GraduatePlan } from '../../../calc/graduates';
import type { Person } from '../../../calc/recheck';
import type { SheetData } from '../../../io/roster-import/sheet';
import { explain } from '../../../storage/errors';
import { importGraduates, planGraduates } from '../../../storage/graduates';
import { ReadingProgress, useParsing } from '../ReadingProgress';
import { ColumnMapping, readForMapping, type Mapping, type MappingState, type ReadingState } from '../roster/ColumnMapping';
import { listPeople } from '../roster/sheet-people';

type Preview = { kind: 'preview'; name: string; year: number; people: Person[]; plan: GraduatePlan };
type State =
  | { kind: 'idle'; done?: string }
  | ReadingState
  | MappingState
  | Preview
  | { kind: 'error'; message: string };

const ACCEPT = '.xlsx,.xls,.et,.ett,.csv,.txt';
const KEPT = '台账未改动。';
export const NO_GRADUATES = '文件中没有可导入的毕业生：每行须有姓名或身份证号码。请检查列对应后重新选择文件。';
export const NO_ID_OR_NAME = '没有找到“姓名”列或“身份证号码”列，无法导入。请在列对应中选择它们。';

/**
 * A year's list of primary-school graduates, read as a roster file is (the same parsing
 * worker, column recognition, mapping step and row conversion as 入学再核查's lists), then
 * previewed: who is new, who is in the ledger already. Only 确认导入 writes.
 */
export function GraduateImport({ years, refDate }: { years: number[]; refDate: string }) {
  const [year, setYear] = useState(years[years.length - 1]!);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const parsing = useParsing();
  const fail = (name: string, err: unknown) => setState({ kind: 'error', message: `${name}：${explain(err)}（${KEPT}）` });

  const read = (file: File | undefined) => readForMapping(parsing, file, {
    kept: KEPT,
    show: setState,
    next: (m) => preview(m.name, m.sheet, m.mapping),
    fail: (message) => setState({ kind: 'error', message }),
  });

  const preview = async (name: string, sheet: SheetData, mapping: Mapping) => {
    try {
      const got = await listPeople(sheet, mapping, refDate, { noColumn: NO_ID_OR_NAME, none: NO_GRADUATES });
      if ('error' in got) return setState({ kind: 'error', message: `${name}：${got.error}` });
      setState({ kind: 'preview', name, year, people: got.people, plan: await planGraduates(year, got.people) });
    } catch (err) {
      fail(name, err);
    }
  };

  const commit = async (s: Preview) => {
    try {
      const plan = await importGraduates(s.year, s.people, s.plan);
      setState({ kind: 'idle', done: `已导入 ${s.name}：${planLines(plan).join('；')}。` });
    } catch (err) {
      fail(s.name, err);
    }
  };

  return (
    <section class="card graduate-import" aria-label="导入毕业生名单">
      <h2>导入小学毕业生名单</h2>
      <p class="muted">每年一份名单（.xlsx、.xls、.csv），须有姓名或身份证号码。同一名单再次导入不会重复添加，已填写的初中就读情况、佐证材料和销号不会被改动。</p>
      <div class="field">
        <label for="graduate-import-year">名单的毕业年份</label>
        <select id="graduate-import-year" value={year} onChange={(e) => setYear(Number(e.currentTarget.value))}>
          {years.map((y) => <option key={y} value={y}>{y}年</option>)}
        </select>
      </div>
      <label class="button file" for="graduate-file">选择毕业生名单文件</label>
      <input id="graduate-file" type="file" accept={ACCEPT} class="visually-hidden"
        onChange={(e) => { void read(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      {state.kind === 'idle' && state.done && <p class="banner info" role="status" data-testid="graduate-import-done">{state.done}</p>}
      {state.kind === 'reading' && (
        <ReadingProgress progress={state.progress} onCancel={() => { parsing.cancel(); setState({ kind: 'idle' }); }} />
      )}
      {state.kind === 'error' && <p class="banner error" role="alert" data-testid="graduate-import-error">{state.message}</p>}
      {state.kind === 'mapping' && (
        <ColumnMapping state={state} onChange={(mapping) => setState({ ...state, mapping })}
          onNext={() => void preview(state.name, state.sheet, state.mapping)}
          onCancel={() => setState({ kind: 'idle' })} />
      )}
      {state.kind === 'preview' && (
        <div class="graduate-preview" data-testid="graduate-preview">
          <p><strong>{state.name}</strong>（{state.people.length} 行）</p>
          <ul>{planLines(state.plan).map((l) => <li key={l}>{l}</li>)}</ul>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void commit(state)}>确认导入</button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>取消</button>
          </div>
        </div>
      )}
    </section>
  );
}
