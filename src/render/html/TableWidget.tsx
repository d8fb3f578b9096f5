import type { RowItem, TableColumn } from '../../forms/kit/field';
import type { WidgetProps } from './widgets';
import { inputTextOf } from '../../forms/kit/text-of';


/**
 * A `table` field (fixed rows, e.g. 附件2-2's items) in the generic editor: one group per
 * declared row, one control per column. Forms with their own page (2-2) show it better;
 * this keeps any such field editable wherever the generic editor meets it.
 */
export function TableWidget(p: WidgetProps) {
  if (p.field.kind !== 'table') return <span />;
  const field = p.field;
  const items = (Array.isArray(p.value) ? p.value : []) as RowItem[];
  const setCell = (r: number, key: string, v: string | number | null) =>
    p.onChange(field.rows.map((_, j) => (j === r ? { ...items[j], [key]: v } : items[j] ?? {})));

  const control = (r: number, c: TableColumn) => {
    const id = `${p.id}-${r}-${c.key}`;
    const v = inputTextOf(items[r]?.[c.key]);
    return (
      <div class="field" key={c.key}>
        <label for={id}>{c.label}</label>
        {c.kind === 'choice' ? (
          <select id={id} value={v} disabled={p.disabled} onChange={(e) => setCell(r, c.key, e.currentTarget.value)}>
            <option value="">请选择</option>
            {c.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        ) : c.kind === 'int' ? (
          <input id={id} type="number" inputMode="numeric" min={c.min ?? 0} step={1} value={v} disabled={p.disabled}
            onInput={(e) => {
              const raw = e.currentTarget.value;
              setCell(r, c.key, raw === '' ? null : Math.trunc(Number(raw)));
            }} />
        ) : (
          <input id={id} type="text" autoComplete="off" value={v} disabled={p.disabled}
            onInput={(e) => setCell(r, c.key, e.currentTarget.value)} />
        )}
      </div>
    );
  };

  return (
    <div class="table-rows" id={p.id} aria-describedby={p.describedBy}>
      {field.rows.map((name, r) => (
        <fieldset key={r} class="table-row" data-testid={`${field.key}-row`}>
          <legend>{name}</legend>
          <div class="grid">{field.columns.map((c) => control(r, c))}</div>
        </fieldset>
      ))}
    </div>
  );
}
