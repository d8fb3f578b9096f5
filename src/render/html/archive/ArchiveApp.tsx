import { useEffect, useState } from 'preact/hooks';
import { archive, termOf } from '../../../forms/archive';
import type { EntryData } from '../../../forms/kit/field';
import { deriveContext } from '../../../storage/context';
import type { Entry } from '../../../storage/entry';
import { getEntry, listEntries } from '../../../storage/entries';
import { newEntry } from '../../../storage/entry-parse';
import { explain, READ_FAILED } from '../../../storage/errors';
import { loadSettings } from '../../../storage/settings';
import { PrintView } from '../../print/PrintView';
import { CatalogueEditor } from './CatalogueEditor';
import { DirectoryPrint, LabelsPrint } from './LabelsPrint';

type View =
  | { kind: 'loading' }
  | { kind: 'edit'; entry: Entry }
  | { kind: 'print' | 'labels' | 'directory'; values: EntryData }
  | { kind: 'error'; message: string };

/** The school's one catalogue, started in the current term with the school from settings. */
async function catalogue(): Promise<Entry> {
  const [first] = await listEntries(archive.id);
  // getEntry takes in a newer copy a closing tab left behind.
  if (first) return (await getEntry(first.id)) ?? first;
  const settings = await loadSettings();
  return newEntry(archive.id, { unit: settings.unit, ...termOf(new Date()) });
}

/**
 * 附件2-2 page: the catalogue editor, or (?view=) the catalogue table, the labels or the
 * in-box directories ready to print.
 */
export default function ArchiveApp() {
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    (async () => {
      const entry = await catalogue();
      const kind = new URLSearchParams(location.search).get('view');
      if (kind === 'print' || kind === 'labels' || kind === 'directory')
        return setView({ kind, values: archive.resolve(entry.data, await deriveContext(archive)) });
      setView({ kind: 'edit', entry });
    })().catch((err) => setView({ kind: 'error', message: explain(err, READ_FAILED) }));
  }, []);

  switch (view.kind) {
    case 'loading': return <p class="muted">正在读取…</p>;
    case 'error': return <p class="banner error" role="alert">{view.message}</p>;
    case 'edit': return <CatalogueEditor initial={view.entry} />;
    case 'print': return <PrintView form={archive} values={view.values} back="./" />;
    case 'labels': return <LabelsPrint values={view.values} />;
    case 'directory': return <DirectoryPrint values={view.values} />;
  }
}
