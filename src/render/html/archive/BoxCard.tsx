import {
  itemAt, itemName, itemRow, itemState, itemVolume, ITEM_STATES, MAX_VOLUMES, paths, producedFor, volumeCount, volumeMark,
  withItem, withVolumes, producedLine, type ArchiveBox, type ProducedItem,
} from '../../../forms/archive';
import type { Issue } from '../../../forms/kit/evaluate';
import type { EntryData, RowItem } from '../../../forms/kit/field';
import { formById } from '../../../forms/registry';
import { formSummary } from '../../../storage/summary';
import { useLive } from '../hooks';

/** Changes the stored data (the catalogue's `items` and `volumes` tables) by a pure step. */
export type Change = (step: (data: EntryData) => EntryData) => void;

const intOf = (raw: string): number | null => (raw.trim() === '' ? null : Math.max(0, Math.trunc(Number(raw))) || 0);

/** An item the app makes itself: a link to its form (or the page that makes the file) and what it says. */
function Produced({ item, mark }: { item: ProducedItem; mark: string }) {
  const form = formById(item.formId);
  const summary = useLive(() => (form ? formSummary(form) : Promise.resolve(undefined)), [item.formId]);
  if (!form || summary === undefined) return null;
  const name = item.file ? item.file.title : `${form.annex !== form.title ? `${form.annex} ` : ''}${form.title}`;
  const text = item.file ? `在${form.annex}页导出` : producedLine(form, summary);
  const has = item.file ? true : summary.count > 0 || summary.status === 'complete';
  return (
    <a class={`produced ${has ? 'has' : 'none'}`} href={item.file?.href ?? form.href ?? `/forms/${form.id}/`}
      data-testid={`produced-${item.file ? mark : item.formId}`}>
      {name}：{text} →
    </a>
  );
}

function Item({ box, i, values, issues, change }: { box: ArchiveBox; i: number; values: EntryData; issues: Issue[]; change: Change }) {
  const item = box.items[i];
  const cells = itemAt(values, box, i);
  const set = (c: RowItem) => change((d) => withItem(d, box, i, c));
  const name = itemName(box, i);
  const state = itemState(values, box, i);
  const of = volumeCount(values, box);
  const produced = producedFor(box.n, i);
  const num = (k: string) => (typeof cells[k] === 'number' ? String(cells[k]) : '');
  return (
    <li class={`a-item state-${state ?? 'unset'}`}>
      <p class="a-text"><span class="a-mark">{item.mark}</span>{item.text}</p>
      {produced && <Produced item={produced} mark={`${box.roman}${item.mark}`} />}
      <fieldset class="a-states">
        <legend class="visually-hidden">{name} 情况</legend>
        {ITEM_STATES.map((s) => (
          <label key={s} class={`seg${state === s ? ' on' : ''}`}>
            <input type="radio" name={paths.state(box, i)} value={s} checked={state === s} onChange={() => set({ state: s })} />
            {s}
          </label>
        ))}
      </fieldset>
      <div class="a-nums">
        <label>份数
          <input type="number" inputMode="numeric" min={0} aria-label={`${name} 份数`} value={num('count')}
            onInput={(e) => set({ count: intOf(e.currentTarget.value) })} />
        </label>
        <label>页数
          <input type="number" inputMode="numeric" min={0} aria-label={`${name} 页数`} value={num('pages')}
            onInput={(e) => set({ pages: intOf(e.currentTarget.value) })} />
        </label>
        {of > 1 && (
          <label>所在盒
            <select aria-label={`${name} 所在盒`} value={String(itemVolume(values, box, i))}
              onChange={(e) => set({ volume: Number(e.currentTarget.value) })}>
              {Array.from({ length: of }, (_, k) => <option key={k} value={String(k + 1)}>{volumeMark(k + 1)}</option>)}
            </select>
          </label>
        )}
      </div>
      {issues.filter((x) => x.source !== 'required' && x.at?.startsWith(`items.${itemRow(box, i)}.`))
        .map((x) => <p key={x.message} class="msg error" role="alert">{x.message}</p>)}
      <label class="a-note">备注
        <input type="text" aria-label={`${name} 备注`} value={String(cells.note ?? '')}
          onInput={(e) => set({ note: e.currentTarget.value })} />
      </label>
    </li>
  );
}

/**
 * One archive box: its spine and front text, how many volumes, and its items. `issues` are
 * evaluate()'s issues of the `items` table, each said beside the item its path names (an
 * empty state is not: the overview counts the items not yet checked).
 */
export function BoxCard({ box, values, issues, change }: { box: ArchiveBox; values: EntryData; issues: Issue[]; change: Change }) {
  const of = volumeCount(values, box);
  const states = box.items.map((_, i) => itemState(values, box, i));
  const full = states.filter((s) => s === '齐全').length;
  return (
    <section class="form-section a-box" aria-labelledby={`box-${box.n}`}>
      <h2 id={`box-${box.n}`}>{box.spine}<span class="a-title">{box.title}</span></h2>
      <div class="a-box-bar">
        <label>分装
          <select aria-label={`${box.roman}类 盒数`} value={String(of)}
            onChange={(e) => change((d) => withVolumes(d, box, Number(e.currentTarget.value)))}>
            {Array.from({ length: MAX_VOLUMES }, (_, k) => (
              <option key={k} value={String(k + 1)}>{k === 0 ? '1 盒（不分）' : `${k + 1} 盒`}</option>
            ))}
          </select>
        </label>
        <span class="muted">齐全 {full} / {box.items.length}</span>
      </div>
      <ol class="a-items">
        {box.items.map((_, i) => <Item key={i} box={box} i={i} values={values} issues={issues} change={change} />)}
      </ol>
    </section>
  );
}
