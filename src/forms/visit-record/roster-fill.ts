import type { EntryData } from '../kit/field';
import { prefillFromChild } from '../verification';
import { STUDENT_GROUPS } from './groups';
import { trimmedOf } from '../kit/text-of';


// The roster's 特殊群体 (short forms schools write) as the notice's student groups of 3-1.
// 脱贫家庭 is left out: it does not say whether the household is 脱贫不稳定户.
const GROUP_OF: Record<string, (typeof STUDENT_GROUPS)[number]> = {
  留守: '留守儿童（含单亲子女）',
  单亲: '留守儿童（含单亲子女）',
  随迁: '进城务工随迁子女',
  学困: '学习困难学生',
  边缘易致贫户: '边缘易致贫户学生',
  低保: '城乡低保家庭学生',
  特困供养: '特困救助供养家庭学生',
  孤儿: '孤儿',
  突发严重困难户: '突发严重困难户学生',
  有辍学倾向: '有辍学倾向的学生',
};

/**
 * What a roster child tells a 附件3-1 record: the student, parent, phones (a roster cell
 * may hold two, split as 附件4 splits them), the address (or, without one, the village) and
 * the student groups the roster knows. The class is not filled: the roster holds only the
 * grade (七年级), and a record with a half class name would count as another student in 3-2.
 */
export function visitFillFromChild(child: EntryData): EntryData {
  const p = prefillFromChild(child);
  const groups: string[] = Array.isArray(child.groups) ? child.groups.map(String) : [];
  const picked = new Set(groups.map((g) => GROUP_OF[g]).filter(Boolean));
  if (trimmedOf(child.disabled) === '是') picked.add('残疾学生');
  return {
    student: p.name ?? '',
    parent: p.parent ?? '',
    phone1: p.phone1 ?? '',
    phone2: p.phone2 ?? '',
    address: trimmedOf(child.address) || trimmedOf(child.village),
    groups: STUDENT_GROUPS.filter((g) => picked.has(g)),
  };
}
