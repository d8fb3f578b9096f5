import { useEffect, useState } from 'preact/hooks';
import { normalizedId } from '../../../calc/roster-tally';
import { roster } from '../../../forms/roster';
import type { Entry } from '../../../storage/entry';
import { listEntries } from '../../../storage/entries';

/**
 * Other children with the same ID number as the one being edited: a possible 多重户籍 or a
 * child entered twice. Looked up when the number changes, not on every keystroke elsewhere.
 */
export function DuplicateNote({ entry }: { entry: Entry }) {
  const id = normalizedId(entry.data);
  const [others, setOthers] = useState<Entry[]>([]);
  useEffect(() => {
    if (!id) return setOthers([]);
    let live = true;
    void listEntries(roster.id).then((all) => {
      if (live) setOthers(all.filter((e) => e.id !== entry.id && normalizedId(e.data) === id));
    });
    return () => {
      live = false;
    };
  }, [id, entry.id]);
  if (!others.length) return null;
  return (
    <p class="banner warn" role="alert" data-testid="duplicate-note">
      身份证号码与
      {others.map((o, i) => (
        <span key={o.id}>{i > 0 && '、'}<a href={`?id=${o.id}`}>{roster.subject(o.data) || '未填写姓名'}
          {o.data.village ? `（${roster.text(o.data, 'village')}）` : ''}</a></span>
      ))}
      相同，可能是多重户籍或重复登记，请核实。
    </p>
  );
}
