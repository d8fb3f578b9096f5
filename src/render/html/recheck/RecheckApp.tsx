import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  GROUPS, personKey, recheck, rosterDataFor, type GroupKey, type HujiRow, type Person,
  type RecheckResult, type RosterPerson,
} from '../../../calc/recheck';
import { childAge } from '../../../calc/roster-tally';
import { formatChineseDate } from '../../../forms/kit/validators';
import { roster } from '../../../forms/roster';
import { inYear } from '../../../settings/schema';
import { storedRows } from '../../../storage/entries';
import { newEntry, readInSlices } from '../../../storage/entry-parse';
import { saveEntry } from '../../../storage/entry-write';
import { explain } from '../../../storage/errors';
import { hujiList, recheckMarks, xuejiList, type RecheckMark } from '../../../storage/recheck';
import { loadSettings } from '../../../storage/settings';
import { useLive } from '../hooks';
import { MaskedId } from '../MaskedId';
import { ListImport } from './ListImport';
import { exportRecheck, type GroupRows } from './export';
import './recheck.css';
import { trimmedOf } from '../../../forms/kit/text-of';

const SHOWN = 50;

/** One row of a group as shown (and exported): the person, the roster child it is, its mark. */
export interface ShownRow {
  person: Person;
  rosterChild: RosterPerson | null;
  huji?: HujiRow;
  key: string;
  age: number | null;
}

/**
 * 入学再核查 (notice 三（六）): the 户籍 and 学籍 lists imported, matched against the roster
 * (calc/recheck.ts), four groups with one-tap actions. Adding a child writes a roster entry,
 * so 附件1-1, 1-2 and 2-1 follow at once.
 */
export default function RecheckApp() {
  const stored = useLive(async () => {
    const [settings, rows, huji, xueji, marks] = await Promise.all([
      loadSettings(), storedRows(roster.id), hujiList.load(), xuejiList.load(), recheckMarks.load(),
    ]);
    // A list never imported reads as [] too: the row's presence tells them apart.
    return { settings, rows, huji, xueji, marks };
  }, []);
  const [children, setChildren] = useState<RosterPerson[] | null>(null);
  useEffect(() => {
    if (!stored) return;
    let live = true;
    void readInSlices(stored.rows).then(({ entries }) => {
      if (!live) return;
      setChildren(entries.map((e) => ({
        id: e.id, name: trimmedOf(e.data.name), idNumber: trimmedOf(e.data.idNumber), birth: trimmedOf(e.data.birth),
        village: trimmedOf(e.data.village), school: trimmedOf(e.data.school), grade: trimmedOf(e.data.grade),
        status: trimmedOf(e.data.status) || trimmedOf(e.data.sub),
      })));
    });
    return () => { live = false; };
  }, [stored]);

  const refDate = stored ? inYear(stored.settings, stored.settings.ageRef) : '';
  const result = useMemo(
    () => (stored && children && stored.huji.length ? recheck(stored.huji, stored.xueji, children, refDate) : null),
    [stored, children, refDate],
  );
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);

  if (!stored || !children) return <p class="muted">正在读取…</p>;
  const marks = new Map(stored.marks.map((m) => [`${m.group}:${m.key}`, m]));

  const addToRoster = async (rows: HujiRow[]) => {
    try {
      let first = '';
      for (const r of rows) {
        const saved = await saveEntry(newEntry(roster.id, rosterDataFor(r)));
        first ||= saved.id;
      }
      setMessage({ kind: 'info', text: `已加入花名册 ${rows.length} 人（就学状态待核查后填写）。` });
      return first;
    } catch (err) {
      setMessage({ kind: 'error', text: `${explain(err)}（未加入）` });
      return '';
    }
  };
  const mark = async (group: GroupKey, key: string, note: string | null) => {
    const rest = stored.marks.filter((m) => !(m.group === group && m.key === key));
    const next: RecheckMark[] = note === null ? rest : [...rest, { group, key, note, at: Date.now() }];
    try {
      await recheckMarks.save(next);
    } catch (err) {
      setMessage({ kind: 'error', text: explain(err) });
    }
  };

  const shown = result ? shownGroups(result, refDate) : null;
  // Without a 学籍 list every school-age child would look 待核查: those two groups wait for it.
  const groups = shown && (stored.xueji.length ? shown : { ...shown, pending: [], fromElsewhere: [] });
  const exportRows: GroupRows | null = groups && Object.fromEntries(GROUPS.map((g) => [g.key, groups[g.key].map((r) => ({ row: r, mark: marks.get(`${g.key}:${r.key}`) }))])) as GroupRows;

  return (
    <div class="recheck-app">
      <div class="recheck-lists">
        <ListImport which="户籍名单" inputId="huji-file" refDate={refDate}
          count={stored.huji.length ? stored.huji.length : null} onSave={(p) => hujiList.save(p)} />
        <ListImport which="学籍名单" inputId="xueji-file" refDate={refDate}
          count={stored.xueji.length ? stored.xueji.length : null} onSave={(p) => xuejiList.save(p)} />
      </div>
      <p class="muted">
        户籍名单由镇所在地牵头学校向辖区派出所获取（6-15周岁儿童少年）；学籍名单从学籍系统导出。
        按身份证号码比对，号码缺失或有误时按姓名和出生日期比对；年龄按基准日 {formatChineseDate(refDate)} 计算（可在设置中修改）。花名册共 {children.length} 人。
      </p>
      {message && <p class={`banner ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="recheck-msg">{message.text}</p>}
      {!result && <p class="banner warn">请先导入户籍名单，再导入学籍名单。</p>}
      {result && groups && exportRows && (
        <>
          <p data-testid="recheck-summary">
            户籍 {result.counts.huji} 人，学籍 {result.counts.xueji} 人，花名册 {result.counts.roster} 人，户籍与花名册对上 {result.counts.matched} 人。
            {result.repeats.huji.length > 0 && ` 户籍名单中有 ${result.repeats.huji.length} 行重复，按一人计。`}
            {result.repeats.xueji.length > 0 && ` 学籍名单中有 ${result.repeats.xueji.length} 行重复，按一人计。`}
          </p>
          <div class="actions">
            <button type="button" onClick={() => void exportRecheck(exportRows, stored.settings, refDate).catch((e) => setMessage({ kind: 'error', text: explain(e) }))}>
              导出核查结果 Excel
            </button>
          </div>
          {GROUPS.map((g) => !stored.xueji.length && (g.key === 'pending' || g.key === 'fromElsewhere') ? (
            <section key={g.key} class="recheck-group" data-testid={`group-${g.key}`} aria-label={g.title}>
              <h2>{g.title}</h2>
              <p class="banner warn">导入学籍名单后才能比对这一组。</p>
            </section>
          ) : (
            <Group key={g.key} group={g.key} rows={groups[g.key]} marks={marks}
              onAdd={addToRoster} onMark={mark} />
          ))}
        </>
      )}
    </div>
  );
}

const zh = new Intl.Collator('zh-CN', { numeric: true });
const byVillageName = (a: Person, b: Person) => zh.compare(a.village ?? '', b.village ?? '') || zh.compare(a.name, b.name);

function shownGroups(r: RecheckResult, refDate: string): Record<GroupKey, ShownRow[]> {
  const fromHuji = (h: HujiRow): ShownRow => ({ person: h.person, rosterChild: h.roster, huji: h, key: personKey(h.person), age: h.age });
  const ageOf = (p: Person) => childAge(p, refDate);
  return {
    toAdd: r.toAdd.map(fromHuji),
    // The roster is read newest first: listed by village and name, as a printed roster is.
    notInHuji: [...r.notInHuji].sort(byVillageName).map((c) => ({ person: c, rosterChild: c, key: personKey(c), age: ageOf(c) })),
    pending: r.pending.map(fromHuji),
    fromElsewhere: r.fromElsewhere.map((p) => ({ person: p, rosterChild: null, key: personKey(p), age: ageOf(p) })),
  };
}

function Group({ group, rows, marks, onAdd, onMark }: {
  group: GroupKey;
  rows: ShownRow[];
  marks: Map<string, RecheckMark>;
  onAdd(rows: HujiRow[]): Promise<string>;
  onMark(group: GroupKey, key: string, note: string | null): Promise<void>;
}) {
  const g = GROUPS.find((x) => x.key === group)!;
  const [limit, setLimit] = useState(SHOWN);
  const addable = rows.filter((r) => r.huji && !r.rosterChild).map((r) => r.huji!);
  return (
    <section class="recheck-group" data-testid={`group-${group}`} aria-label={g.title}>
      <h2>{g.title} <span class="count" data-testid={`count-${group}`}>{rows.length}</span> 人</h2>
      <p class="muted">{g.hint}</p>
      {group === 'pending' && addable.length > 1 && (
        <button type="button" onClick={() => void onAdd(addable)}>全部加入花名册（{addable.length} 人，待核查）</button>
      )}
      <ul class="recheck-rows">
        {rows.slice(0, limit).map((r) => (
          <Row key={r.key} group={group} r={r} mark={marks.get(`${group}:${r.key}`)} onAdd={onAdd} onMark={onMark} />
        ))}
      </ul>
      {rows.length > limit && <button type="button" onClick={() => setLimit(limit + SHOWN)}>显示更多（还有 {rows.length - limit} 人）</button>}
    </section>
  );
}

function Row({ group, r, mark, onAdd, onMark }: {
  group: GroupKey;
  r: ShownRow;
  mark: RecheckMark | undefined;
  onAdd(rows: HujiRow[]): Promise<string>;
  onMark(group: GroupKey, key: string, note: string | null): Promise<void>;
}) {
  const [noting, setNoting] = useState(false);
  const [note, setNote] = useState(mark?.note ?? '');
  const p = r.person;
  const name = p.name || '（未填写姓名）';
  const where = [p.village, r.huji?.xueji ? `学籍：${r.huji.xueji.school || '在籍'}${r.huji.xueji.grade ? ` ${r.huji.xueji.grade}` : ''}` : '', group === 'fromElsewhere' ? p.school : '', group === 'fromElsewhere' ? p.grade : ''].filter(Boolean).join('，');
  const openForm4 = async () => {
    const id = r.rosterChild?.id || (r.huji ? await onAdd([r.huji]) : '');
    if (id) location.href = `/forms/4/?from=${id}`;
  };
  return (
    <li class={mark ? 'recheck-row checked' : 'recheck-row'} data-testid="recheck-row">
      <div class="recheck-row-head">
        <strong>{name}</strong>
        <MaskedId id={p.idNumber} name={name} />
        {r.age !== null && <span class="muted">{r.age}周岁</span>}
      </div>
      {where && <p class="muted">{where}</p>}
      {r.rosterChild && group !== 'notInHuji' && (
        <p class="muted">已在花名册{r.rosterChild.status ? `：${r.rosterChild.status}` : '，就学状态未填'}</p>
      )}
      {group === 'notInHuji' && <p class="muted">花名册：{r.rosterChild?.status || '就学状态未填'}</p>}
      {mark && <p class="recheck-mark" data-testid="recheck-mark">已核查{mark.note ? `：${mark.note}` : ''}</p>}
      <div class="recheck-actions">
        {r.huji && !r.rosterChild && (
          <button type="button" class="primary" onClick={() => void onAdd([r.huji!])}>加入花名册（待核查）</button>
        )}
        {r.rosterChild && <a class="button" href={`/forms/roster/?id=${r.rosterChild.id}`}>打开花名册</a>}
        {(r.rosterChild || r.huji) && <button type="button" onClick={() => void openForm4()}>附件4</button>}
        {!mark && !noting && <button type="button" onClick={() => setNoting(true)}>标记已核查</button>}
        {mark && <button type="button" onClick={() => void onMark(group, r.key, null)}>撤销核查</button>}
      </div>
      {noting && !mark && (
        <div class="recheck-note">
          <label>
            核查情况
            <input type="text" value={note} maxLength={2000} placeholder="如：已随父母迁往西安，转学证明已收"
              onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <button type="button" class="primary" onClick={() => void onMark(group, r.key, note.trim()).then(() => setNoting(false))}>保存</button>
          <button type="button" onClick={() => setNoting(false)}>取消</button>
        </div>
      )}
    </li>
  );
}
