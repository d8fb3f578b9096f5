import { useState } from 'preact/hooks';
import type { Person } from '../../../calc/recheck';
import type { Progress } from '../../../io/parse/jobs';
import type { SheetData } from '../../../io/roster-import/sheet';
import { explain } from '../../../storage/errors';
import { ReadingProgress, useParsing } from '../ReadingProgress';
import { ColumnMapping, readSheet, type Mapping, type MappingState } from '../roster/ColumnMapping';
import { sheetPeople } from '../roster/sheet-people';

type State =
  | { kind: 'idle'; done?: string }
  | { kind: 'reading'; name: string; progress: Progress }
  | MappingState
  | { kind: 'error'; message: string };

const ACCEPT = '.xlsx,.xls,.et,.ett,.csv,.txt';
export const NO_CHILDREN = '文件中没有可导入的儿童：每行须有姓名或身份证号码。请检查列对应后重新选择文件，原有名单未改动。';
export const NO_ID_OR_NAME = '没有找到“姓名”列或“身份证号码”列，无法比对。请在列对应中选择它们。';

/**
 * One list of 入学再核查 (the police's 户籍 list or the 学籍 export), read as a roster file is:
 * the same parsing worker, header recognition and column-mapping step, and the same row
 * conversion (ID numbers normalised, birth dates from the ID or the column). The list
 * replaces the one stored before only when the file gave children: a bad file changes nothing.
 */
export function ListImport({ which, inputId, refDate, count, onSave }: {
  which: string;
  inputId: string;
  refDate: string;
  /** Children in the stored list, null when none was imported. */
  count: number | null;
  onSave(people: Person[]): Promise<unknown>;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const parsing = useParsing();

  const read = async (file: File | undefined) => {
    if (!file) return;
    const name = file.name;
    setState({ kind: 'reading', name, progress: { done: 0, total: 2, step: '正在读取文件' } });
    try {
      const read = await readSheet(parsing, file, (progress) => setState({ kind: 'reading', name, progress }));
      if (!read) return;
      if ('error' in read) return setState({ kind: 'error', message: `${name}：${read.error}原有名单未改动。` });
      const { sheet, match } = read;
      const mapping = { ...match.mapping };
      if (match.unknown.length) return setState({ kind: 'mapping', name, sheet, mapping, match });
      await commit(name, sheet, mapping);
    } catch (err) {
      setState({ kind: 'error', message: `${name}：${explain(err)}（原有名单未改动）` });
    }
  };

  const commit = async (name: string, sheet: SheetData, mapping: Mapping) => {
    try {
      const people = await sheetPeople(sheet, mapping, refDate);
      if (!people) return setState({ kind: 'error', message: `${name}：${NO_ID_OR_NAME}` });
      if (!people.length) return setState({ kind: 'error', message: `${name}：${NO_CHILDREN}` });
      await onSave(people);
      setState({ kind: 'idle', done: `已导入${which}：${name}，共 ${people.length} 行。` });
    } catch (err) {
      setState({ kind: 'error', message: `${name}：${explain(err)}（原有名单未改动）` });
    }
  };

  return (
    <section class="recheck-import card" aria-label={`导入${which}`}>
      <h3>{which}</h3>
      <p class="muted" data-testid={`${inputId}-count`}>
        {count === null ? '尚未导入' : `本机已存 ${count} 行`}
      </p>
      <label class="button file" for={inputId}>选择{which}文件（.xlsx、.xls、.csv）</label>
      <input id={inputId} type="file" accept={ACCEPT} class="visually-hidden"
        onChange={(e) => { void read(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      {state.kind === 'idle' && state.done && <p class="banner info" role="status" data-testid={`${inputId}-done`}>{state.done}</p>}
      {state.kind === 'reading' && (
        <ReadingProgress progress={state.progress} onCancel={() => { parsing.cancel(); setState({ kind: 'idle' }); }} />
      )}
      {state.kind === 'error' && <p class="banner error" role="alert" data-testid={`${inputId}-error`}>{state.message}</p>}
      {state.kind === 'mapping' && (
        <ColumnMapping state={state} next="下一步：导入名单" onChange={(mapping) => setState({ ...state, mapping })}
          onNext={() => void commit(state.name, state.sheet, state.mapping)}
          onCancel={() => setState({ kind: 'idle' })} />
      )}
    </section>
  );
}
