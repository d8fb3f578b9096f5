import { useState } from 'preact/hooks';
import { monthOf, monthPeriod, monthsOf, termPeriod, type Period } from '../../../calc/home-teaching';
import { disability, disabilityLedger, homeTeaching, homeTeachingLedger } from '../../../forms/special-education';
import { tableWarning } from '../../../io/export-privacy';
import { loadSpecial } from '../../../storage/special';
import { TableExport } from '../TableExport';

/**
 * 残疾儿童台账 and 送教台账 for a month of this term (this month first) or the whole term,
 * made from what is stored at the moment of the tap.
 */
export function LedgerExports({ today }: { today: string }) {
  const term = termPeriod(today);
  const months = monthsOf(term).filter((m) => m <= monthOf(today)).reverse();
  const [pick, setPick] = useState(monthOf(today));
  const period: Period = pick === 'term' ? term : monthPeriod(pick);
  return (
    <section class="ledger-exports" id="ledgers">
      <h2>残疾儿童及送教台账</h2>
      <div class="field">
        <label for="ledger-period">台账范围</label>
        <select id="ledger-period" value={pick} onChange={(e) => setPick(e.currentTarget.value)}>
          {months.map((m) => <option key={m} value={m}>{monthPeriod(m).label}{m === monthOf(today) ? '（本月）' : ''}</option>)}
          <option value="term">本学期（{term.label}）</option>
        </select>
      </div>
      <TableExport name="残疾儿童台账" annex="附件2-2" warn={(t) => tableWarning(t, disability)}
        load={async (unit) => disabilityLedger((await loadSpecial()).children, period, unit, today)} />
      <TableExport name="送教台账" annex="附件2-2" warn={(t) => tableWarning(t, homeTeaching)}
        load={async (unit) => homeTeachingLedger((await loadSpecial()).children, period, unit, today)} />
    </section>
  );
}
