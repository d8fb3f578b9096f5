import { useEffect, useState } from 'preact/hooks';
import type { FormDef } from '../../forms/kit/define';
import type { Entry } from '../../storage/entry';
import { deleteEntry, undeleteEntry } from '../../storage/entry-write';
import { explain } from '../../storage/errors';

/**
 * Delete with 撤销: the entry is only marked deleted, and the banner offers to bring it
 * back for ten seconds. Lists call `remove` and render `banner`.
 */
export function useUndoDelete(form: FormDef) {
  const [removed, setRemoved] = useState<Entry | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!removed) return;
    const t = setTimeout(() => setRemoved(null), 10_000);
    return () => clearTimeout(t);
  }, [removed]);

  const remove = async (e: Entry) => {
    try {
      await deleteEntry(e.id);
      setRemoved(e);
    } catch (err) {
      setError(explain(err));
    }
  };

  const banner = (
    <>
      {error && <p class="banner error" role="alert">{error}</p>}
      {removed && (
        <div class="banner toast" role="status">
          已删除“{form.subject(removed.data) || '未命名'}”。
          <button type="button" onClick={async () => { await undeleteEntry(removed.id); setRemoved(null); }}>撤销</button>
        </div>
      )}
    </>
  );
  return { remove, banner };
}
