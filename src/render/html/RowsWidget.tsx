import { useState } from 'preact/hooks';
import type { RowColumn, RowItem } from '../../forms/kit/field';
import type { WidgetProps } from './widgets';
import { inputTextOf } from '../../forms/kit/text-of';

const keyOf = (item: RowItem, key: string) => inputTextOf(item[key]).replace(/\s+/gu, '');

/**
 * A `rows` field: one card per row, one input per column, a button to add a row and one to
 * remove it. While the form has source data (`computed` is a list), derived columns show
 * the computed numbers read-only and rows that come from the source cannot be renamed or
 * removed; only typed columns are stored then, so the numbers are never kept as truth.
 */
export function RowsWidget(p: WidgetProps) {
  const [opened, setOpened] = useState<number | null>(null);
  if (p.field.kind !== 'rows') return <span />;
  const field = p.field;
  const items = (Array.isArray(p.value) ? p.value : []) as RowItem[];
  const sourced = Array.isArray(p.computed);
  const fromSource = new Set(sourced ? (p.computed as RowItem[]).map((r) => keyOf(r, field.keyColumn)) : []);
  const typedOnly = (item: RowItem): RowItem =>
    sourced ? Object.fromEntries(Object.entries(item).filter(([k]) => !field.columns.find((c) => c.key === k)?.derived)) : item;
  const commit = (next: RowItem[]) => p.onChange(next.map(typedOnly));
  const setCell = (i: number, key: string, v: string | number | null) =>
    commit(items.map((item, j) => (j === i ? { ...item, [key]: v } : item)));
  const firstInt = field.columns.find((c) => c.kind === 'int');

  const input = (item: RowItem, i: number, c: RowColumn) => {
    const id = `${p.id}-${i}-${c.key}`;
    const locked = sourced && (c.derived || (c.key === field.keyColumn && fromSource.has(keyOf(item, c.key))));
    const common = { id, name: `${field.key}.${c.key}`, readOnly: locked, class: locked ? 'computed' : undefined };
    return (
      <div class={`field${c.wide ? ' wide' : ''}`} key={c.key}>
        <label for={id}>{c.label}</label>
        {c.kind === 'int' ? (
          <input type="number" inputMode="numeric" min={0} step={1} {...common} value={inputTextOf(item[c.key])}
            onInput={(e) => {
              const raw = e.currentTarget.value;
              setCell(i, c.key, raw === '' ? null : Math.trunc(Number(raw)));
            }} />
        ) : (
          <input type={c.kind === 'phone' ? 'tel' : c.kind === 'date' ? 'date' : 'text'} autoComplete="off" {...common} value={inputTextOf(item[c.key])}
            onInput={(e) => setCell(i, c.key, e.currentTarget.value)} />
        )}
      </div>
    );
  };

  return (
    <div class="table-rows" id={p.id} aria-describedby={p.describedBy}>
      {items.length === 0 && <p class="muted">还没有行。</p>}
      {items.map((item, i) => {
        const name = inputTextOf(item[field.keyColumn]).trim();
        const removable = !(sourced && fromSource.has(keyOf(item, field.keyColumn)));
        return (
          <details key={i} class="table-row" data-testid={`${field.key}-row`} open={opened === i || !name}
            onToggle={(e) => e.currentTarget.open && setOpened(i)}>
            <summary>
              <span>{i + 1}. {name || '（未填写）'}</span>
              {firstInt && <span class="muted"> · {firstInt.label} {inputTextOf(item[firstInt.key]) || '—'}</span>}
            </summary>
            <div class="grid">{field.columns.map((c) => input(item, i, c))}</div>
            {removable && (
              <button type="button" class="link danger" onClick={() => commit(items.filter((_, j) => j !== i))}>
                删除此行
              </button>
            )}
          </details>
        );
      })}
      <button type="button" onClick={() => { setOpened(items.length); commit([...items, {}]); }}>
        {field.addLabel ?? '添加一行'}
      </button>
    </div>
  );
}
