import { archive, BOXES, termWarnings } from '../../../forms/archive';
import { NO_SOURCES } from '../../../forms/kit/define';
import { evaluate } from '../../../forms/kit/evaluate';
import { shownIssues, useLeftFields } from '../field-issues';
import type { EntryData, FieldValue } from '../../../forms/kit/field';
import type { Entry } from '../../../storage/entry';
import { useAutosave } from '../autosave';
import { FieldRow } from '../FieldRow';
import { ArchiveExports } from './ArchiveExports';
import { BoxCard } from './BoxCard';
import { MissingOverview } from './MissingOverview';
import './archive.css';
import { SaveBar } from '../SaveBar';


/** The catalogue: term, 缺项一览, the eight boxes item by item, then printing and export. */
export function CatalogueEditor({ initial }: { initial: Entry }) {
  const { entry, state, update, flush, resolve } = useAutosave(initial);
  // The catalogue computes from its own values only (no other form's entries).
  const ev = evaluate(archive, entry.data, NO_SOURCES);
  const values = ev.values;
  const { left, leave } = useLeftFields();
  // Item problems show beside their item (BoxCard); here only those of the whole catalogue.
  const warnings = termWarnings(values);
  const set = (key: string, v: FieldValue) => update({ ...entry.data, [key]: v });
  const change = (step: (data: EntryData) => EntryData) => update(step(entry.data));

  return (
    <div class="editor archive">
      <SaveBar status={ev.status} state={state} form={archive} mine={entry.data} resolve={resolve} />
      {warnings.map((w) => <p key={w} class="banner warn" role="alert">{w}</p>)}
      <section class="form-section">
        <div class="grid">
          {['unit', 'year', 'semester'].map((k) => (
            <FieldRow key={k} field={archive.fieldByKey.get(k)!} value={values[k]} {...shownIssues(ev.fields[k], left.has(k))}
              onLeave={() => leave(k)} onChange={(v) => set(k, v)} />
          ))}
        </div>
      </section>
      <MissingOverview values={values} />
      {BOXES.map((b) => <BoxCard key={b.n} box={b} values={values} issues={ev.fields.items?.issues ?? []} change={change} />)}
      <ArchiveExports entry={entry} values={values} flush={flush} set={set} />
    </div>
  );
}
