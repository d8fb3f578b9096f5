import {
  suspectedChildren, suspectedRoster, SUSPECTED_ROSTER_TITLE, type ChildChecklist,
} from '../../../forms/evidence';
import { verificationText } from '../../../forms/evidence/suspected-roster';
import { TableExport } from '../TableExport';
import { rosterListWarning } from './list-warning';

/**
 * 附件2-2 Ⅶ类① 疑似失、辍学学生花名册: who is on it (疑似辍学 first), where each child's
 * 核查认定表 stands, and its export. 2-2's item Ⅶ① links here (#suspected).
 */
export function SuspectedList({ list, load }: { list: readonly ChildChecklist[]; load: () => Promise<ChildChecklist[]> }) {
  const children = suspectedChildren(list);
  return (
    <section id="suspected" class="evidence-summary" aria-labelledby="suspected-title" data-testid="suspected">
      <h2 id="suspected-title">{SUSPECTED_ROSTER_TITLE}</h2>
      <p class="muted">附件2-2 Ⅶ类①：疑似辍学（待核查认定）及失（辍）学的儿童，逐人填写核查认定表（附件4）。</p>
      {children.length ? (
        <ul class="suspected-children">
          {children.map((c) => (
            <li key={c.childId} data-testid="suspected-child">
              <a href={c.form4 ? `/forms/4/?id=${c.form4.id}` : `/forms/4/?from=${c.childId}`}>{c.name || '（未填写姓名）'}</a>
              {' · '}{c.statusKey}{' · '}<span class="muted">{verificationText(c)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>花名册中没有疑似辍学或失（辍）学的儿童。</p>
      )}
      <TableExport name="疑似失、辍学学生花名册" annex="附件2-2" warn={rosterListWarning} count={children.length}
        load={async (unit) => suspectedRoster(await load(), unit)} />
    </section>
  );
}
