import { useState } from 'preact/hooks';
import { localIsoDate } from '../../calc/calendar';
import { formById } from '../../forms/registry';
import { presetData } from '../../forms/kit/defaults';
import type { EntryData } from '../../forms/kit/field';
import type { Entry } from '../../storage/entry';
import { entryExists, getEntry, listEntries } from '../../storage/entries';
import { newEntry } from '../../storage/entry-parse';
import { saveEntry } from '../../storage/entry-write';
import { explain, READ_FAILED } from '../../storage/errors';
import { loadSettings, offerShareLink } from '../../storage/settings';
import { readShareLink } from '../../io/share-link';
import { EntryEditor } from './EntryEditor';
import { EntryList } from './EntryList';
import { CreateFrom } from './CreateFrom';
import { ExportBar } from './ExportBar';
import { PrintView } from '../print/PrintView';
import { deriveContext, type SourceContext } from '../../storage/context';
import { EditorShell, readShell, type ShellTaken } from './EditorShell';
import { isEntryId, routeToEntry, useUrlRoute } from './url-route';
import { SourcesNote } from './UnreadableNote';

type View =
  | { kind: 'list' }
  | { kind: 'loading' }
  | { kind: 'edit'; entry: Entry; ctx: SourceContext; shell: ShellTaken }
  | { kind: 'print'; entry: Entry; values: EntryData }
  | { kind: 'gone'; message: string };

/** What a view (render/html/views) puts in the kit's page in place of the generic parts. */
export interface FormAppParts {
  /** The list of entries; `create` starts a new one and routes to it. */
  list?: (create: () => void) => preact.ComponentChildren;
  /** Below the editor, in place of the entry's Excel/PDF/print buttons. */
  actions?: (entry: Entry, flush: () => Promise<unknown>) => preact.ComponentChildren;
  /** The list's name in 返回…: 列表 by default. */
  listName?: string;
  /** An entry, in 找不到这…: 条记录 by default (the roster: 名儿童). */
  noun?: string;
}

/**
 * One page per form: the list, or one entry when the URL carries ?id=. The id is put in
 * the URL before the first keystroke, so a reload at any moment lands on the same entry.
 * A view with custom widgets (the roster) passes its own list and actions; the routing,
 * the creation of entries and the editor stay these.
 */
export default function FormApp({ formId, list, actions, listName = '列表', noun = '条记录' }: { formId: string } & FormAppParts) {
  const form = formById(formId)!;
  const [view, setView] = useState<View>({ kind: 'loading' });

  const route = async () => {
    const params = new URLSearchParams(location.search);
    const id = params.get('id');
    if (!id && form.single) {
      // A report has one entry: open it, or start it.
      const e = (await listEntries(form.id))[0] ?? (await blank());
      routeToEntry(e.id, { replace: true });
      return edit(e);
    }
    const shared = !id && readShareLink(location.search);
    if (shared) {
      // Opened from the school's link: the record starts with its values; this device's
      // settings change only if the user answers 采用 to the banner that shows them.
      await offerShareLink(shared);
      const e = await blank(shared);
      routeToEntry(e.id, { replace: true });
      return edit(e);
    }
    const from = !id && form.createFrom ? params.get('from') : null;
    if (from) {
      try {
        const e = await fromSource(from);
        if (!e) return setView({ kind: 'gone', message: '找不到这名儿童（可能已从花名册删除）。' });
        routeToEntry(e.id, { replace: true });
        return edit(e);
      } catch (err) {
        return setView({ kind: 'gone', message: explain(err) });
      }
    }
    if (!id) return setView({ kind: 'list' });
    try {
      // Made but not yet typed into (a report that is all computed may never be): start it
      // again under the same id, for editing or printing.
      const found = (await getEntry(id))
        ?? (!(await entryExists(id)) && isEntryId(id) ? { ...(await blank()), id } : undefined);
      if (!found) return setView({ kind: 'gone', message: `找不到这${noun}（可能已被删除）。` });
      if (params.get('view') === 'print')
        return setView({ kind: 'print', entry: found, values: form.resolve(found.data, await deriveContext(form)) });
      await edit(found);
    } catch (err) {
      setView({ kind: 'gone', message: explain(err, READ_FAILED) });
    }
  };

  /**
   * The entry made from a source entry (a roster child): the one already made, or a new one
   * with the form's prefill, saved at once so that a reload finds the prefilled values.
   */
  const fromSource = async (sourceId: string): Promise<Entry | null> => {
    const spec = form.createFrom!;
    const made = (await listEntries(form.id)).find((e) => e.data[spec.linkKey] === sourceId);
    if (made) return made;
    const src = await getEntry(sourceId);
    if (!src || src.formId !== spec.formId) return null;
    const e = await blank();
    return saveEntry({ ...e, data: { ...e.data, ...spec.prefill(src.data), [spec.linkKey]: sourceId } });
  };

  const blank = async (over: Record<string, string> = {}): Promise<Entry> => {
    const settings = { ...(await loadSettings()), ...over };
    return newEntry(form.id, presetData(form, settings, localIsoDate(new Date())));
  };

  /**
   * Opens the editor on `entry`, with its sources read first so that it shows its fields at
   * once, in the same render that takes the shell's place: what was typed into the shell
   * (a new record's, see EditorShell) goes into the entry and the caret stays in its field.
   */
  const edit = async (entry: Entry) => {
    const ctx = await deriveContext(form);
    setView({ kind: 'edit', entry, ctx, shell: readShell(form) });
  };

  const go = useUrlRoute(route);
  const create = async () => {
    const e = await blank();
    routeToEntry(e.id);
    await edit(e);
  };

  return (
    <div class="form-app">
      {view.kind === 'list' && list?.(() => void create())}
      {view.kind === 'list' && !list && (
        <>
          <button type="button" class="primary" onClick={create}>新建记录</button>
          {form.createFrom && <CreateFrom form={form} />}
          <EntryList form={form} href={(id) => `?id=${id}`} tools={(shown) => (
            <ExportBar form={form} entries={() => shown}
              kinds={form.listExports?.map((x) => x.kind) ?? ['register-xlsx', 'register-pdf']}
              labels={Object.fromEntries(form.listExports?.map((x) => [x.kind, x.label]) ?? [])} />
          )} />
        </>
      )}
      {view.kind === 'edit' && (
        <>
          {!form.single && <a href="./" class="back" onClick={(e) => { e.preventDefault(); go(''); }}>← 返回{listName}</a>}
          {form.sources && <SourcesNote form={form} />}
          <EntryEditor key={view.entry.id} form={form} initial={view.entry} context={view.ctx} shell={view.shell}
            actions={actions ?? ((entry, flush) => (
              <ExportBar form={form} entries={() => [entry]} kinds={['xlsx', 'pdf']} beforeExport={flush}
                printHref={`?id=${entry.id}&view=print`} />
            ))} />
        </>
      )}
      {view.kind === 'print' && <PrintView form={form} values={view.values} back={`?id=${view.entry.id}`} />}
      {view.kind === 'gone' && (
        <p class="banner error" role="alert">{view.message} <a href="./">返回{listName}</a></p>
      )}
      {view.kind === 'loading' && (
        <>
          <p class="muted shell-wait">正在读取…</p>
          <EditorShell form={form} listName={listName} />
        </>
      )}
    </div>
  );
}
