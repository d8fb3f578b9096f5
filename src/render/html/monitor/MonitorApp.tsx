import { useState } from 'preact/hooks';
import { localIsoDate } from '../../../calc/calendar';
import { monthText } from '../../../calc/monthly-report';
import { statusChange } from '../../../forms/status-changes';
import { listEntries } from '../../../storage/entries';
import { loadChanges } from '../../../storage/status-changes';
import { ExportBar } from '../ExportBar';
import { useLive } from '../hooks';
import { UnreadableNote } from '../UnreadableNote';
import { ChangeList } from './ChangeList';
import { MonthlyReportView } from './MonthlyReportView';
import { RecordChange } from './RecordChange';

/** 动态监测: record changes of 就学状态, complete those typed in the roster, see a month's changes and 月报. */
export default function MonitorApp() {
  const [month, setMonth] = useState(() => localIsoDate(new Date()).slice(0, 7));
  const list = useLive(() => loadChanges(month), [month]);
  // The 学籍异动花名册 (附件2-2 Ⅴ④) lists every change, not only this month's.
  const all = useLive(() => listEntries(statusChange.id), []);
  return (
    <div class="monitor">
      <RecordChange />
      {list && list.pending.length > 0 && (
        <section>
          <h2>待补充变动原因（{list.pending.length}）</h2>
          <p class="muted">在花名册中直接修改了就学状态的儿童：请补充变动原因。</p>
          <ChangeList entries={list.pending} testid="pending-changes" />
        </section>
      )}
      <section>
        <h2>本月变动</h2>
        <div class="field">
          <label for="mon-month">月份</label>
          <input id="mon-month" type="month" value={month}
            onInput={(e) => /^\d{4}-\d{2}$/.test(e.currentTarget.value) && setMonth(e.currentTarget.value)} />
        </div>
        {!list ? <p class="muted">正在读取…</p> : (
          <>
            <p data-testid="change-count">{monthText(month)}共登记变动 {list.changes.length} 条。<UnreadableNote count={list.unreadable} /></p>
            <ChangeList entries={list.changes} testid="month-changes" />
          </>
        )}
        <ExportBar form={statusChange} entries={() => all ?? []} kinds={['register-xlsx', 'register-pdf']}
          labels={{ 'register-xlsx': '导出学籍异动花名册 Excel', 'register-pdf': '导出学籍异动花名册 PDF' }} />
      </section>
      <section>
        <h2>控辍保学月报</h2>
        <MonthlyReportView month={month} />
      </section>
    </div>
  );
}
