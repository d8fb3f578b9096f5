import { useEffect, useState } from 'preact/hooks';
import { AGREEMENT_TEXT, agreement, identityOf } from '../../../calc/roster-identity';
import { normalizedId } from '../../../calc/roster-tally';
import { roster } from '../../../forms/roster';
import type { Entry } from '../../../storage/entry';
import { listEntries } from '../../../storage/entries';

interface Others {
  /** The same ID number: a possible 多重户籍 or a child entered twice. */
  sameId: Entry[];
  /** Another number but the same name and birth date (or village): likely one child entered twice. */
  likely: { entry: Entry; why: 'birth' | 'village' }[];
}

const NONE: Others = { sameId: [], likely: [] };

/**
 * Other children who may be the one being edited. Looked up when the name, number, birth
 * date or village changes, not on every keystroke elsewhere.
 */
export function DuplicateNote({ entry }: { entry: Entry }) {
  const me = identityOf(entry.data);
  const [others, setOthers] = useState<Others>(NONE);
  useEffect(() => {
    if (!me.id && !me.name) return setOthers(NONE);
    let live = true;
    void listEntries(roster.id).then((all) => {
      if (!live) return;
      const found: Others = { sameId: [], likely: [] };
      for (const o of all) {
        if (o.id === entry.id) continue;
        if (me.id && normalizedId(o.data) === me.id) found.sameId.push(o);
        else {
          const other = identityOf(o.data);
          const why = other.text !== me.text ? agreement(me, other) : null;
          if (why) found.likely.push({ entry: o, why });
        }
      }
      setOthers(found);
    });
    return () => {
      live = false;
    };
  }, [me.id, me.text, me.name, me.birth, me.village, entry.id]);
  return (
    <>
      {others.sameId.length > 0 && (
        <p class="banner warn" role="alert" data-testid="duplicate-note">
          身份证号码与{links(others.sameId)}相同，可能是多重户籍或重复登记，请核实。
        </p>
      )}
      {others.likely.length > 0 && (
        <p class="banner warn" role="alert" data-testid="likely-duplicate-note">
          {AGREEMENT_TEXT[others.likely[0]!.why]}的还有{links(others.likely.map((l) => l.entry))}，身份证号码不同，
          可能是同一人重复登记。可在花名册列表中“逐组核对合并”。
        </p>
      )}
    </>
  );
}

function links(entries: Entry[]) {
  return entries.map((o, i) => (
    <span key={o.id}>{i > 0 && '、'}<a href={`?id=${o.id}`}>{roster.subject(o.data) || '未填写姓名'}
      {o.data.village ? `（${roster.text(o.data, 'village')}）` : ''}</a></span>
  ));
}
