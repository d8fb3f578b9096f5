import { useState } from 'preact/hooks';
import { progressText } from '../../../calc/graduates';
import { graduateLedger } from '../../../forms/graduates';
import { refDateOf } from '../../../settings/schema';
import { loadGraduates } from '../../../storage/graduates';
import { loadSettings } from '../../../storage/settings';
import { ExportBar } from '../ExportBar';
import { useLive } from '../hooks';
import { useUndoDelete } from '../undo-delete';
import { UnreadableNote } from '../UnreadableNote';
import { GraduateCard } from './GraduateCard';
import { GraduateImport } from './GraduateImport';
import './graduates.css';

const SHOWN = 50;

/** 小学毕业库数据台账: each year's graduates imported, followed into 初中, 销号 one by one. */
export default function GraduatesApp() {
  const list = useLive(loadGraduates, []);
  const settings = useLive(loadSettings, []);
  const [year, setYear] = useState<number | null>(null);
  const [more, setMore] = useState(0);
  // A list imported under the wrong year is taken out graduate by graduate, each with 撤销.
  const { remove, banner } = useUndoDelete();
  if (!list || !settings) return <p class="muted">正在读取…</p>;
  const { years, entries, progress } = list;
  // The latest year with graduates until the user picks one.
  const shownYear = year ?? [...progress].reverse().find((p) => p.total)?.year ?? years[years.length - 1]!;
  const inYearShown = entries.filter((e) => e.data.year === shownYear);
  const outside = entries.length - progress.reduce((n, p) => n + p.total, 0);
  const limit = SHOWN + more;
  return (
    <div class="graduates">
      <section class="card" aria-labelledby="graduate-progress-title">
        <h2 id="graduate-progress-title">销号进度</h2>
        <ul class="graduate-progress" data-testid="graduate-progress">
          {progress.map((p) => (
            <li key={p.year} data-testid={`graduate-progress-${p.year}`}>
              {progressText(p)}<span class="muted">（佐证已收集 {p.collected} 人）</span>
            </li>
          ))}
        </ul>
        {outside > 0 && <p class="muted">另有 {outside} 名毕业生的毕业年份不在近三年内（可在“设置”中核对活动年份）。</p>}
        <UnreadableNote count={list.unreadable} />
      </section>
      <GraduateImport years={years} refDate={refDateOf(settings)} />
      <ExportBar form={graduateLedger} entries={() => entries} kinds={['register-xlsx', 'register-pdf']}
        labels={{ 'register-xlsx': '导出台账 Excel', 'register-pdf': '导出台账 PDF' }} />
      <div class="field graduate-year">
        <label for="graduate-year">查看毕业年份</label>
        <select id="graduate-year" value={shownYear} onChange={(e) => { setYear(Number(e.currentTarget.value)); setMore(0); }}>
          {progress.map((p) => <option key={p.year} value={p.year}>{p.year}年（{p.total} 人）</option>)}
        </select>
      </div>
      {banner}
      {inYearShown.length === 0
        ? <p class="muted" data-testid="graduate-empty">{shownYear}年的毕业生名单尚未导入。</p>
        : (
          <ul class="cards graduate-list">
            {inYearShown.slice(0, limit).map((e, i) => <GraduateCard key={e.id} entry={e} n={i + 1} onRemove={(g) => void remove(g.id, graduateLedger.subject(g.data))} />)}
          </ul>
        )}
      {inYearShown.length > limit && (
        <button type="button" onClick={() => setMore(more + SHOWN)}>显示更多（还有 {inYearShown.length - limit} 人）</button>
      )}
    </div>
  );
}
