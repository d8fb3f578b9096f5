import { describe, expect, it } from 'vitest';
import { applyFill } from '../../src/forms/kit/fill';
import { fillReport } from '../../src/forms/kit/report';
import { visitRecord } from '../../src/forms/visit-record';
import { needsOnSiteAck, onSiteWarnings } from '../../src/forms/visit-record/guidance';
import { visitFillFromChild } from '../../src/forms/visit-record/roster-fill';

const depart = visitRecord.reports!.steps[0];
const report = (data: Record<string, string>) =>
  fillReport(depart.template, (k) => (k === 'now' ? '10月25日15:00' : visitRecord.text(data, k)));

describe('附件3-1 出行报备 text', () => {
  it('leaves the companion part out when the teacher visits alone', () => {
    const text = report({ teacher: '王老师', className: '七年级（2）班', student: '张三', parent: '张建国', address: '东街12号', duration: '1小时' });
    expect(text).toContain('【家访出发报备】王老师于10月25日15:00出发家访。');
    expect(text).not.toContain('随访');
    expect(text).not.toContain('（随访：—）');
  });

  it('names the companions when there are some', () => {
    expect(report({ teacher: '王老师', companions: '李老师、赵老师' })).toContain('王老师（随访：李老师、赵老师）于10月25日15:00');
  });

  it('still shows a dash for another empty value, so the school sees it was not given', () => {
    expect(report({ teacher: '王老师' })).toContain('预计用时：—');
  });

  it('fillReport drops an optional part only when a placeholder in it is empty', () => {
    const t = (v: Record<string, string>) => fillReport('A[（{x}，{y}）]B{z}', (k) => v[k] ?? '');
    expect(t({ x: '1', y: '2', z: '3' })).toBe('A（1，2）B3');
    expect(t({ x: '1', z: '3' })).toBe('AB3');
    expect(t({ x: '  ', y: '2' })).toBe('AB—');
  });
});

describe('附件3-1 editor sections', () => {
  it('has one 出行报备 heading, the section that holds the report buttons', () => {
    const titled = visitRecord.sections.filter((s) => s.title === '出行报备');
    expect(titled).toHaveLength(1);
    expect(titled[0].reports).toBe(true);
  });

  it('家访记录人 defaults to this device\'s teacher, as 家访教师姓名 does', () => {
    expect(visitRecord.fieldByKey.get('recorder')?.defaultFrom).toBe('teacher');
  });
});

describe('附件3-1 已知悉 (on-site visit acknowledged)', () => {
  const ack = visitRecord.fieldByKey.get('onSiteAck')!;
  it('takes no part while no on-site group is ticked', () => {
    const data = { groups: ['孤儿'], mode: 'phone', onSiteAck: true };
    expect(ack.enabledWhen?.(data)).toBe(false);
    expect(visitRecord.text(data, 'onSiteAck')).toBe('');
  });
  it('takes no part for a face-to-face visit', () => {
    expect(ack.enabledWhen?.({ groups: ['学习困难学生'], mode: 'face' })).toBe(false);
  });
  it('is asked for when an on-site group was visited another way, and then answers the warning', () => {
    const data = { groups: ['学习困难学生'], mode: 'phone' };
    expect(ack.enabledWhen?.(data)).toBe(true);
    expect(needsOnSiteAck(data)).toBe(true);
    expect(onSiteWarnings(data)).toHaveLength(1);
    expect(onSiteWarnings({ ...data, onSiteAck: true })).toEqual([]);
  });
});

describe('附件3-1 filled from a roster child', () => {
  const child = {
    name: '张三', sex: '男', idNumber: '610526201001011234', village: '东街村', address: '城关镇东街12号',
    parent: '张建国', phone: '13912345678 / 13987654321', status: '在校', grade: '七年级',
    groups: ['留守', '学困', '脱贫家庭'], disabled: '是',
  };

  it('takes the student, parent, both phones, address and the groups the roster knows', () => {
    expect(visitFillFromChild(child)).toEqual({
      student: '张三', parent: '张建国', phone1: '13912345678', phone2: '13987654321', address: '城关镇东街12号',
      groups: ['学习困难学生', '留守儿童（含单亲子女）', '残疾学生'],
    });
  });

  it('uses the village when the roster has no address', () => {
    expect(visitFillFromChild({ ...child, address: '' }).address).toBe('东街村');
  });

  it('fills empty fields and keeps what the teacher typed, naming it', () => {
    const { data, kept } = applyFill({ student: '', phone1: '13800000000', className: '七年级（2）班' }, visitFillFromChild(child));
    expect(data.student).toBe('张三');
    expect(data.phone1).toBe('13800000000');
    expect(data.className).toBe('七年级（2）班');
    expect(kept).toEqual(['phone1']);
  });

  it('replaces what the previously picked child gave, even with nothing', () => {
    const first = visitFillFromChild(child);
    const other = visitFillFromChild({ name: '李四', parent: '李建国', phone: '13700000000', address: '西街3号' });
    const { data, kept } = applyFill({ ...first, points: '已写的要点' }, other, first);
    expect(data).toMatchObject({ student: '李四', parent: '李建国', phone1: '13700000000', phone2: '', address: '西街3号', points: '已写的要点' });
    expect(kept).toEqual([]);
  });

  it('keeps the roster id on the record (a stored field, never printed)', () => {
    expect(visitRecord.fillFrom).toMatchObject({ formId: 'roster', linkKey: 'childId' });
    const parsed = visitRecord.draftSchema.parse({ childId: 'abc' });
    expect(parsed.childId).toBe('abc');
    expect(visitRecord.registerKeys).not.toContain('childId');
  });
});
