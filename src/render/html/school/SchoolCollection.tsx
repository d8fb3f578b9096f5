import { useLive } from '../hooks';
import { UnreadableNote } from '../UnreadableNote';
import { loadCollection, whenText } from './collect-data';
import ExpectedList from './ExpectedList';

/** 收集情况: who sent their 3-1 records (imported on /data/ or typed here), who has not. */
export default function SchoolCollection() {
  const c = useLive(loadCollection, []);
  if (!c) return null;
  const listed = c.teachers.filter((t) => t.expected).length;
  return (
    <div class="collection">
      <p data-testid="collection-summary">
        {c.teachers.length ? `${c.teachers.filter((t) => t.status !== '未交').length} 位教师已交记录，共 ${c.records} 条完整记录` : '本机还没有家访记录'}
        {listed > 0 && `；名单 ${listed} 人，未交 ${c.missing} 人`}。
        <UnreadableNote count={c.unreadable} />
      </p>
      {c.records > 0 && (
        <p data-testid="collection-staff">附件3-2 的参与家访的干部教师数由这些记录统计为 {c.staffVisited} 人（家访教师与陪同人员，每人只计一次）。</p>
      )}
      <p class="muted">教师发来的家访表册请在 <a href="/data/">备份与导入</a> 中导入；记录数只算完整的记录（与附件3-2 相同）。</p>

      <h2>按教师</h2>
      {c.teachers.length === 0 ? <p class="muted">还没有记录，也没有名单。</p> : (
        <ul class="import-rows collection-teachers">
          {c.teachers.map((t) => (
            <li key={t.name} data-testid="collection-teacher" class={t.status === '未交' ? 'has-error' : ''}>
              <div class="import-row-head">
                <strong>{t.name}</strong>
                <span class={t.status === '未交' ? 'late' : 'muted'} data-testid="collection-status">
                  {t.status === '未交' ? '未交' : `${t.records} 条${t.drafts ? `（另有未完成 ${t.drafts} 条）` : ''}`}
                </span>
              </div>
              <p class="muted">
                {[t.classes.join('、'), !t.expected && '不在名单中', t.latestDate && `最近家访 ${t.latestDate}`,
                  t.updatedAt != null && `最近更新 ${whenText(t.updatedAt)}`].filter(Boolean).join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}

      {c.classes.length > 0 && (
        <>
          <h2>按班级</h2>
          <table class="plan" data-testid="collection-classes">
            <thead><tr><th>班级</th><th>已交教师</th><th>记录</th><th>未交</th></tr></thead>
            <tbody>
              {c.classes.map((k) => (
                <tr key={k.className}>
                  <td>{k.className}</td>
                  <td>{k.expected ? `${k.sent}/${k.expected}` : k.sent}</td>
                  <td>{k.records}</td>
                  <td>{k.missing.join('、')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h2>应交名单</h2>
      <ExpectedList />
    </div>
  );
}
