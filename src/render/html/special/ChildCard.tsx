import { monthOf, monthPeriod, inPeriod, VISITS_PER_MONTH } from '../../../calc/home-teaching';
import { formatChineseDate } from '../../../forms/kit/validators';
import { childName, HOME_TEACHING, placementText, type SpecialChild, type StoredEntry } from '../../../forms/special-education';
import { STATUS_TEXT } from '../StatusBadge';
import { trimmedOf } from '../../../forms/kit/text-of';


function VisitRow({ v, open, onRemove }: { v: StoredEntry; open: (id: string) => void; onRemove: (v: StoredEntry) => void }) {
  const status = v.status ?? 'draft';
  return (
    <li class="visit-row" data-testid="visit-row">
      <a href={`?id=${v.id}`} class="visit-link" onClick={(e) => { e.preventDefault(); open(v.id); }}>
        {formatChineseDate(trimmedOf(v.data.date)) || '未填日期'} {trimmedOf(v.data.teachers)}
        {' '}<span class={`badge ${status}`}>{STATUS_TEXT[status]}{status === 'draft' ? '（未计入）' : ''}</span>
      </a>
      {status === 'draft' && <button type="button" class="link" onClick={() => onRemove(v)}>删除</button>}
    </li>
  );
}

/**
 * One disabled child: the assessment and placement, and for a 送教上门 child this month's
 * visits against the notice's two, with 添加送教记录.
 */
export function ChildCard({ c, today, daysLeft, open, onAssess, onVisit, onRemove }: {
  c: SpecialChild;
  today: string;
  daysLeft: number;
  open: (id: string) => void;
  onAssess: (c: SpecialChild) => void;
  onVisit: (c: SpecialChild) => void;
  onRemove: (v: StoredEntry) => void;
}) {
  const a = c.assessment?.data ?? {};
  const k = c.child.data;
  const month = monthPeriod(monthOf(today));
  const thisMonth = c.visits.filter((v) => inPeriod(trimmedOf(v.data.date), month));
  const done = thisMonth.filter((v) => v.status === 'complete').length;
  const taught = c.placement === HOME_TEACHING;
  const earlier = c.visits.length - thisMonth.length;
  return (
    <li class="card special-child" data-testid="special-child">
      <p><strong>{childName(c)}</strong>
        <span class="muted"> {[trimmedOf(k.sex), trimmedOf(k.village), trimmedOf(k.school), trimmedOf(k.grade)].filter(Boolean).join(' · ')}</span></p>
      <p data-testid="placement">安置方式：<strong class={c.placement ? '' : 'late'}>{placementText(c)}</strong>
        {c.assessment && <>{' '}<span class={`badge ${c.assessment.status ?? 'draft'}`}>{STATUS_TEXT[c.assessment.status ?? 'draft']}</span></>}</p>
      {c.placement && (
        <p class="muted" data-testid="assessment">
          评估：{[formatChineseDate(trimmedOf(a.assessDate)), trimmedOf(a.kind), trimmedOf(a.conclusion)].filter(Boolean).join('，') || '未填写'}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={() => onAssess(c)}>{c.assessment ? '修改评估与安置' : '填写评估与安置'}</button>
      </div>
      {taught && (
        <div class="home-visits">
          <p data-testid="month-count">
            本月送教 <strong class={done < VISITS_PER_MONTH ? 'late' : ''}>{done}/{VISITS_PER_MONTH}</strong> 次
            {done < VISITS_PER_MONTH && `，还差 ${VISITS_PER_MONTH - done} 次（本月还剩 ${daysLeft} 天）`}
          </p>
          {thisMonth.length > 0 && (
            <ul class="rows">{thisMonth.map((v) => <VisitRow key={v.id} v={v} open={open} onRemove={onRemove} />)}</ul>
          )}
          {earlier > 0 && (
            <details>
              <summary>其他月份的送教记录 {earlier} 条</summary>
              <ul class="rows">
                {c.visits.filter((v) => !thisMonth.includes(v)).reverse()
                  .map((v) => <VisitRow key={v.id} v={v} open={open} onRemove={onRemove} />)}
              </ul>
            </details>
          )}
          <div class="actions">
            <button type="button" class="primary" onClick={() => onVisit(c)}>添加送教记录</button>
          </div>
        </div>
      )}
    </li>
  );
}
