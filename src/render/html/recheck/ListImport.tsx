import { useState } from 'preact/hooks';
import type { Person } from '../../../calc/recheck';
import type { SheetData } from '../../../io/roster-import/sheet';
import { explain } from '../../../storage/errors';
import { ReadingProgress, useParsing } from '../ReadingProgress';
import { ColumnMapping, readForMapping, type Mapping, type MappingState, type ReadingState } from '../roster/ColumnMapping';
import { listPeople } from '../roster/sheet-people';

type State =
  | { kind: 'idle'; done?: string }
  | ReadingState
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

  const read = (file: File | undefined) => readForMapping(parsing, file, {
    kept: '原有名单未改动。',
    show: setState,
    next: (m) => commit(m.name, m.sheet, m.mapping),
    fail: (message) => setState({ kind: 'error', message }),
  });

  const commit = async (name: string, sheet: SheetData, mapping: Mapping) => {
    try {
      const got = await listPeople(sheet, mapping, refDate, { noColumn: NO_ID_OR_NAME, none: NO_CHILDREN });
      if ('error' in got) return setState({ kind: 'error', message: `${name}：${got.error}` });
      const { people } = got;
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
