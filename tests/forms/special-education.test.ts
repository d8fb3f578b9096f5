import { describe, expect, it } from 'vitest';
import { monthPeriod, termPeriod } from '../../src/calc/home-teaching';
import { formById, CAMPAIGNS } from '../../src/forms/registry';
import {
  belowThisMonth, disability, disabilityLedger, homeTeaching, homeTeachingLedger, specialChildren, type StoredEntry,
} from '../../src/forms/special-education';
import { scenario } from './scenario';

const kid = (id: string, name: string, disabled = '是'): StoredEntry => ({ id, data: { name, disabled, sex: '男', idNumber: `6105262010${id}` } });
const assess = (childId: string, placement: string, updatedAt = 1, extra = {}): StoredEntry => ({
  id: `a-${childId}-${updatedAt}`, updatedAt, status: 'complete',
  data: { childId, placement, assessDate: '2021-09-10', conclusion: '中度智力残疾，建议送教上门', kind: '智力残疾', ...extra },
});
const visit = (childId: string, date: string, complete = true): StoredEntry => ({
  id: `v-${childId}-${date}`, status: complete ? 'complete' : 'draft',
  data: { childId, date, teachers: '王老师、李老师', content: '生活自理训练', minutes: 90, guardian: complete ? '张父' : '', photos: true },
});

const ROSTER = [kid('01', '张三'), kid('02', '李四'), kid('03', '王五'), kid('04', '赵六', '否')];
const ASSESS = [assess('01', '送教上门'), assess('02', '随班就读'), assess('01', '送教上门', 0, { placement: '特殊教育学校就读' })];
const VISITS = [visit('01', '2021-10-03'), visit('01', '2021-09-20'), visit('01', '2021-10-09', false)];

describe('the two forms', () => {
  it('are registered in 控辍保学 and have their own page /special/', () => {
    const forms = CAMPAIGNS.find((c) => c.title === '控辍保学')!.forms.map((f) => f.id);
    expect(forms).toContain('disability');
    expect(forms).toContain('home-teaching');
    expect(formById('disability')?.href).toBe('/special/');
    expect(formById('home-teaching')?.href).toBe('/special/');
  });

  it('an assessment needs the date, the opinion and a placement; 其他 needs its words', () => {
    const s = scenario(disability).load({ childId: 'c1', name: '张三' });
    expect(s.status).toBe('draft');
    const placed = s.answer({ assessDate: '2021-09-10', conclusion: '轻度肢体残疾', placement: '随班就读' });
    expect(placed.status).toBe('complete');
    const other = placed.answer('placement', '其他');
    expect(other.status).toBe('draft');
    expect(other.answer('placementOther', '康复机构').status).toBe('complete');
  });

  it('a visit is complete only with the guardian’s typed confirmation', () => {
    const s = scenario(homeTeaching).load({ childId: 'c1', name: '张三' })
      .answer({ date: '2021-10-19', teachers: '王老师', content: '识字', minutes: 60 });
    expect(s.status).toBe('draft');
    expect(s.answer('guardian', '张父').status).toBe('complete');
  });
});

describe('specialChildren', () => {
  const { children, unlisted } = specialChildren(ROSTER, ASSESS, [...VISITS, visit('04', '2021-10-01')]);

  it('lists the roster’s disabled children only, with the latest assessment and the visits by date', () => {
    expect(children.map((c) => c.child.data.name)).toEqual(['李四', '王五', '张三']);
    const zhang = children.find((c) => c.child.id === '01')!;
    expect(zhang.placement).toBe('送教上门');
    expect(zhang.visits.map((v) => v.data.date)).toEqual(['2021-09-20', '2021-10-03', '2021-10-09']);
    expect(children.find((c) => c.child.id === '03')!.placement).toBe('');
    // 赵六's visit is kept, only not listed.
    expect(unlisted).toBe(1);
  });

  it('the 送教上门 children below two complete visits this month, with the days left', () => {
    expect(belowThisMonth(children, '2021-10-19')).toEqual([{ id: '01', name: '张三', count: 1, daysLeft: 13 }]);
    const two = specialChildren(ROSTER, ASSESS, [...VISITS, visit('01', '2021-10-19')]).children;
    expect(belowThisMonth(two, '2021-10-19')).toEqual([]);
  });
});

describe('the 台账', () => {
  const { children } = specialChildren(ROSTER, ASSESS, VISITS);

  it('残疾儿童台账 groups the children by placement, counting the period’s complete visits', () => {
    const t = disabilityLedger(children, monthPeriod('2021-10'), '城关小学', '2021-10-19');
    expect(t.title).toBe('残疾儿童台账');
    expect(t.info).toBe('单位：城关小学　2021年10月');
    expect(t.groups.map((g) => g.title)).toEqual(['随班就读', '送教上门', '尚未评估安置']);
    expect(t.groups[1]!.rows[0]).toEqual([
      '2', '张三', '男', '610526201001', '', '', '', '智力残疾', '2021年9月10日', '中度智力残疾，建议送教上门', '送教上门', '1',
    ]);
    expect(t.notes).toContain('2021年10月送教未满2次：张三（1次）');
    const term = disabilityLedger(children, termPeriod('2021-10-19'), '城关小学', '2021-10-19');
    expect(term.groups[1]!.rows[0]!.at(-1)).toBe('2');
    // August has no visit; months not yet begun are not judged.
    expect(term.notes?.filter((n) => n.includes('送教未满'))).toEqual([
      '2021年8月送教未满2次：张三（0次）', '2021年9月送教未满2次：张三（1次）', '2021年10月送教未满2次：张三（1次）',
    ]);
  });

  it('送教台账 lists each 送教上门 child’s complete visits of the period, drafts said, not counted', () => {
    const t = homeTeachingLedger(children, monthPeriod('2021-10'), '城关小学', '2021-10-19');
    expect(t.groups).toEqual([{
      title: '张三（送教上门）：2021年10月送教 1 次',
      rows: [['1', '2021年10月3日', '王老师、李老师', '生活自理训练', '90', '是', '张父']],
    }]);
    expect(t.infoRight).toBe('送教上门 1 人，送教 1 次');
    expect(t.notes).toContain('另有 1 条送教记录尚未填写完整（草稿），未列入、未计次数。');
    const term = homeTeachingLedger(children, termPeriod('2021-10-19'), '城关小学', '2021-10-19');
    expect(term.groups[0]!.rows.map((r) => r[1])).toEqual(['2021年9月20日', '2021年10月3日']);
  });
});
