// The first steps every import of a roster-like file shares (the roster, 入学再核查's lists):
// the file read in the parsing worker with its columns recognised, then the user's check of
// the columns that were not.
import { ROSTER_FIELDS, type RosterKey } from '../../../forms/roster';
import type { Progress } from '../../../io/parse/jobs';
import type { HeaderMatch } from '../../../io/roster-import/headers';
import type { SheetData } from '../../../io/roster-import/sheet';
import { explain } from '../../../storage/errors';
import type { useParsing } from '../ReadingProgress';

export type Mapping = Record<number, RosterKey>;
export type MappingState = { kind: 'mapping'; name: string; sheet: SheetData; mapping: Mapping; match: HeaderMatch };
export type ReadingState = { kind: 'reading'; name: string; progress: Progress };

/** The file's rows and its columns as recognised; null when the reading was cancelled. */
export async function readSheet(parsing: ReturnType<typeof useParsing>, file: File, onProgress: (p: Progress) => void):
  Promise<{ sheet: SheetData; match: HeaderMatch } | { error: string } | null> {
  const [sheet, { matchHeaders }] = await Promise.all([
    parsing.read({ kind: 'roster', file }, onProgress),
    import('../../../io/roster-import/headers'),
  ]);
  if (!sheet || 'error' in sheet) return sheet;
  return { sheet, match: matchHeaders(sheet.headers) };
}

/**
 * The steps every list import shares: the file read with its progress shown, then the
 * mapping step when a column was not recognised, else straight on with the recognised one.
 * A file that cannot be read, or a failure, is one Chinese message naming the file, ending
 * with `kept` (what was left unchanged, e.g. 原有名单未改动。).
 */
export async function readForMapping(parsing: ReturnType<typeof useParsing>, file: File | undefined, { kept = '', show, next, fail }: {
  kept?: string;
  show(s: ReadingState | MappingState): void;
  /** The columns are all recognised: the import's own next step, with the mapping as read. */
  next(s: MappingState): unknown;
  fail(message: string): void;
}): Promise<void> {
  if (!file) return;
  const name = file.name;
  show({ kind: 'reading', name, progress: { done: 0, total: 2, step: '正在读取文件' } });
  try {
    const read = await readSheet(parsing, file, (progress) => show({ kind: 'reading', name, progress }));
    if (!read) return;
    if ('error' in read) return fail(`${name}：${read.error}${kept}`);
    const state: MappingState = { kind: 'mapping', name, sheet: read.sheet, mapping: { ...read.match.mapping }, match: read.match };
    if (read.match.unknown.length) return show(state);
    await next(state);
  } catch (err) {
    fail(`${name}：${explain(err)}${kept && `（${kept.replace(/。$/, '')}）`}`);
  }
}

export function ColumnMapping({ state, next = '下一步：预览', onChange, onNext, onCancel }: {
  state: MappingState;
  /** What the next step does: a preview (the roster), or saving the list (入学再核查). */
  next?: string;
  onChange(m: Mapping): void;
  onNext(): void;
  onCancel(): void;
}) {
  const unknown = new Set(state.match.unknown.map((u) => u.index));
  const set = (col: number, key: string) => {
    const next: Mapping = {};
    // A field comes from one column: choosing it here takes it from any other column.
    for (const [c, k] of Object.entries(state.mapping)) if (k !== key && Number(c) !== col) next[Number(c)] = k;
    if (key) next[col] = key as RosterKey;
    onChange(next);
  };
  return (
    <div class="mapping" data-testid="roster-mapping">
      <p>
        {state.match.unknown.length > 0
          ? `有 ${state.match.unknown.length} 列的列名无法识别，请选择它们对应的项目（不需要的选“忽略”）：`
          : '请核对每一列对应的项目：'}
      </p>
      <table class="plan">
        <thead><tr><th>文件中的列</th><th>导入为</th></tr></thead>
        <tbody>
          {state.sheet.headers.map((h, col) => (h.trim() || state.mapping[col]) && (
            <tr key={col} class={unknown.has(col) ? 'unknown' : undefined}>
              <td>{h}{unknown.has(col) && <span class="badge draft">未识别</span>}</td>
              <td>
                <select aria-label={`“${h}”列导入为`} value={state.mapping[col] ?? ''}
                  onChange={(e) => set(col, e.currentTarget.value)}>
                  <option value="">忽略</option>
                  {ROSTER_FIELDS.map((f) => <option key={f.key} value={f.key}>{f.label}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        <button type="button" class="primary" onClick={onNext}>{next}</button>
        <button type="button" onClick={onCancel}>取消</button>
      </div>
    </div>
  );
}
