import type { FormDef } from '../../forms/kit/define';
import type { Entry } from '../../storage/entry';
import { idKeys, MaskedId } from './MaskedId';

const squeeze = (s: string) => s.replace(/\s+/gu, '').toUpperCase();

/** What a source entry is searched by: every list column, the whole ID number included. */
export const sourceMatches = (source: FormDef, e: Entry, needle: string): boolean =>
  squeeze(source.listKeys.map((k) => source.text(e.data, k)).join(' ')).includes(squeeze(needle));

/** A source entry's list columns other than its name and ID numbers, for the row's second line. */
const line = (source: FormDef, e: Entry) => {
  const ids = idKeys(source);
  return source.listKeys.filter((k) => k !== source.subjectKey && !ids.includes(k))
    .map((k) => source.text(e.data, k)).filter(Boolean).join(' · ');
};

/**
 * One entry of another form offered in a picker (附件4's 从花名册选择儿童, 3-1's 从花名册选择学生):
 * its name and details as a link or a button, and its ID numbers masked beside it.
 */
export function SourceRow({ source, entry, href, onPick, children }: {
  source: FormDef;
  entry: Entry;
  href?: string;
  onPick?(): void;
  children?: preact.ComponentChildren;
}) {
  const name = source.subject(entry.data);
  const body = (
    <>
      <strong>{name || '（未填写）'}</strong>
      <span class="muted">{line(source, entry)}</span>
    </>
  );
  return (
    <li class={`row${idKeys(source).length ? ' has-id' : ''}`}>
      {href ? <a class="row-main" href={href}>{body}</a>
        : <button type="button" class="row-main pick" onClick={onPick} aria-label={`选择 ${name}`}>{body}</button>}
      {idKeys(source).map((k) => <MaskedId key={k} id={source.text(entry.data, k)} name={name} />)}
      {children}
    </li>
  );
}
