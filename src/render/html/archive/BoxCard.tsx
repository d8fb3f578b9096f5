import {
  itemName, itemState, itemVolume, itemWarnings, ITEM_STATES, keys, MAX_VOLUMES, producedFor, volumeCount, volumeMark, type ArchiveBox,
  producedLine, type ProducedItem,
} from '../../../forms/archive';
import type { EntryData, FieldValue } from '../../../forms/kit/field';
import { formById } from '../../../forms/registry';
import { formSummary } from '../../../storage/summary';
import { useLive } from '../hooks';

type Set = (key: string, v: FieldValue) => void;

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

function Item({ box, i, values, set }: { box: ArchiveBox; i: number; values: EntryData; set: Set }) {
  const item = box.items[i];
  const name = itemName(box, i);
  const state = itemState(values, box, i);
  const of = volumeCount(values, box);
  const produced = producedFor(box.n, i);
  const num = (k: string) => (typeof values[k] === 'number' ? String(values[k]) : '');
  return (
    <li class={`a-item state-${state ?? 'unset'}`}>
      <p class="a-text"><span class="a-mark">{item.mark}</span>{item.text}</p>
      {produced && <Produced item={produced} mark={`${box.roman}${item.mark}`} />}
      <fieldset class="a-states">
        <legend class="visually-hidden">{name} 情况</legend>
        {ITEM_STATES.map((s) => (
          <label key={s} class={`seg${state === s ? ' on' : ''}`}>
            <input type="radio" name={keys.state(box, i)} value={s} checked={state === s} onChange={() => set(keys.state(box, i), s)} />
            {s}
          </label>
        ))}
      </fieldset>
      <div class="a-nums">
        <label>份数
          <input type="number" inputMode="numeric" min={0} aria-label={`${name} 份数`} value={num(keys.count(box, i))}
            onInput={(e) => set(keys.count(box, i), intOf(e.currentTarget.value))} />
        </label>
        <label>页数
          <input type="number" inputMode="numeric" min={0} aria-label={`${name} 页数`} value={num(keys.pages(box, i))}
            onInput={(e) => set(keys.pages(box, i), intOf(e.currentTarget.value))} />
        </label>
        {of > 1 && (
          <label>所在盒
            <select aria-label={`${name} 所在盒`} value={String(itemVolume(values, box, i))}
              onChange={(e) => set(keys.volume(box, i), Number(e.currentTarget.value))}>
              {Array.from({ length: of }, (_, k) => <option key={k} value={String(k + 1)}>{volumeMark(k + 1)}</option>)}
            </select>
          </label>
        )}
      </div>
      {itemWarnings(values, box, i).map((w) => <p key={w} class="msg error" role="alert">{w}</p>)}
      <label class="a-note">备注
        <input type="text" aria-label={`${name} 备注`} value={String(values[keys.note(box, i)] ?? '')}
          onInput={(e) => set(keys.note(box, i), e.currentTarget.value)} />
      </label>
    </li>
  );
}

/** One archive box: its spine and front text, how many volumes, and its items. */
export function BoxCard({ box, values, set }: { box: ArchiveBox; values: EntryData; set: Set }) {
  const of = volumeCount(values, box);
  const states = box.items.map((_, i) => itemState(values, box, i));
  const full = states.filter((s) => s === '齐全').length;
  return (
    <section class="form-section a-box" aria-labelledby={`box-${box.n}`}>
      <h2 id={`box-${box.n}`}>{box.spine}<span class="a-title">{box.title}</span></h2>
      <div class="a-box-bar">
        <label>分装
          <select aria-label={`${box.roman}类 盒数`} value={String(of)}
            onChange={(e) => set(keys.volumes(box), Number(e.currentTarget.value))}>
            {Array.from({ length: MAX_VOLUMES }, (_, k) => (
              <option key={k} value={String(k + 1)}>{k === 0 ? '1 盒（不分）' : `${k + 1} 盒`}</option>
            ))}
          </select>
        </label>
        <span class="muted">齐全 {full} / {box.items.length}</span>
      </div>
      <ol class="a-items">
        {box.items.map((_, i) => <Item key={i} box={box} i={i} values={values} set={set} />)}
      </ol>
    </section>
  );
}
