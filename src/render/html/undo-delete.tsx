import { useEffect, useState } from 'preact/hooks';
import { deleteEntry, undeleteEntry } from '../../storage/entry-write';
import { explain } from '../../storage/errors';

/**
 * Delete with 撤销: the entry is only marked deleted, and the banner offers to bring it
 * back for ten seconds. Lists call `remove` and render `banner`.
 */
export function useUndoDelete() {
  const [removed, setRemoved] = useState<{ id: string; subject: string } | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!removed) return;
    const t = setTimeout(() => setRemoved(null), 10_000);
    return () => clearTimeout(t);
  }, [removed]);

  /** Deletes the entry `id`; the banner names it by `subject` (form.subject of its data). */
  const remove = async (id: string, subject: string) => {
    try {
      await deleteEntry(id);
      setRemoved({ id, subject });
    } catch (err) {
      setError(explain(err));
    }
  };

  const banner = (
    <>
      {error && <p class="banner error" role="alert">{error}</p>}
      {removed && (
        <div class="banner toast" role="status">
          已删除“{removed.subject || '未命名'}”。
          <button type="button" onClick={async () => { await undeleteEntry(removed.id); setRemoved(null); }}>撤销</button>
        </div>
      )}
    </>
  );
  return { remove, banner };
}
