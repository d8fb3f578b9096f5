import type { DueChild } from '../../../forms/special-education';
import { VISITS_PER_MONTH } from '../../../calc/home-teaching';

/** 本月未满2次: the 送教上门 children still owed a visit this month, with the days left. */
export function DueList({ due, link }: { due: readonly DueChild[]; link?: boolean }) {
  if (!due.length) return null;
  return (
    <section class="banner warn due-list" data-testid="home-teaching-due">
      <h2>送教上门本月未满{VISITS_PER_MONTH}次（本月还剩 {due[0]!.daysLeft} 天）</h2>
      <ul>
        {due.map((d) => (
          <li key={d.id} data-testid="due-child">{d.name}：本月已送教 {d.count} 次，还差 {VISITS_PER_MONTH - d.count} 次</li>
        ))}
      </ul>
      {link && <p><a href="/special/">去填写送教记录</a></p>}
    </section>
  );
}
