import { describe, expect, it } from 'vitest';
import { CLOSE_NO_EVIDENCE, CLOSE_NOT_COLLECTED } from '../../src/calc/graduates';
import { GRADUATE_EVIDENCE, graduateLedger } from '../../src/forms/graduates';
import { registerColumns, registerOrder } from '../../src/forms/kit/register';
import { CAMPAIGNS } from '../../src/forms/registry';
import { EVIDENCE } from '../../src/forms/vocabulary';
import { scenario } from './scenario';

const graduate = { year: 2021, name: '张一', sex: '男', idNumber: '610526200903150028', birth: '2009-03-15', school: '城关小学' };

describe('小学毕业库数据台账 (graduate)', () => {
  it('has the notice’s fields, the ID number marked as a child’s full ID', () => {
    expect(graduateLedger.fields.map((f) => f.label)).toEqual([
      '毕业年份', '姓名', '性别', '身份证号码', '出生日期', '毕业学校', '初中就读学校', '年级', '佐证材料', '佐证已收集', '销号', '备注',
    ]);
    expect(graduateLedger.fieldByKey.get('idNumber')).toMatchObject({ kind: 'idcard', sensitive: 'id' });
  });

  it('is a form of the 控辍保学 campaign, with its own page', () => {
    expect(CAMPAIGNS.find((c) => c.title === '控辍保学')!.forms).toContain(graduateLedger);
    expect(graduateLedger.href).toBe('/graduates/');
  });

  it('offers 附件2-1’s documents as the evidence, taken from the one vocabulary', () => {
    expect(GRADUATE_EVIDENCE[0]).toBe('学籍截图');
    expect(GRADUATE_EVIDENCE).toContain(EVIDENCE.outOfCountyRecord.anyOf[0]);
    expect(GRADUATE_EVIDENCE).toContain(EVIDENCE.outOfCountyRecord.anyOf[1]);
    for (const doc of GRADUATE_EVIDENCE)
      expect(Object.values(EVIDENCE).some((e) => e.anyOf.includes(doc)), doc).toBe(true);
    const options = (graduateLedger.fieldByKey.get('evidence') as { options: { value: string }[] }).options.map((o) => o.value);
    expect(options).toEqual([...GRADUATE_EVIDENCE]);
  });

  it('keeps a 销号 without its evidence a draft, saying why, and completes it once the evidence is collected', () => {
    let s = scenario(graduateLedger).load(graduate).answer({ juniorSchool: '城关中学', grade: '七年级' });
    expect(s.status).toBe('complete');
    s = s.answer('closed', true);
    expect(s.status).toBe('draft');
    expect(s.errors('closed')).toEqual([CLOSE_NO_EVIDENCE]);
    s = s.answer('evidence', '学籍截图');
    expect(s.errors('closed')).toEqual([CLOSE_NOT_COLLECTED]);
    s = s.answer('collected', true);
    expect(s.errors('closed')).toEqual([]);
    expect(s.status).toBe('complete');
    expect(s.text('closed')).toBe('是');
  });

  it('says each year’s 销号 on the home card, for the three years up to the campaign’s', () => {
    const e = (data: object) => ({ id: '', data: { ...graduate, ...data }, complete: true });
    const line = graduateLedger.overview!.line({
      graduate: [e({}), e({ evidence: '学籍截图', collected: true, closed: true }), e({ year: 2019 }), e({ year: 2018 })],
    }, '2021-08-31');
    expect(line).toBe('2019年 销号 0 / 1，2020年 销号 0 / 0，2021年 销号 1 / 2');
  });

  it('prints its 表册 by year, school and name, with every field', () => {
    expect(registerColumns(graduateLedger, { notes: true }).map((c) => c.label)).toEqual([
      '序号', '毕业年份', '姓名', '性别', '身份证号码', '出生日期', '毕业学校', '初中就读学校', '年级', '佐证材料', '佐证已收集', '销号', '备注',
    ]);
    const rows = [
      { data: { ...graduate, name: '乙', year: 2021 } }, { data: { ...graduate, name: '甲', year: 2021 } }, { data: { ...graduate, year: 2019 } },
    ];
    expect(registerOrder(graduateLedger, rows).map((r) => `${r.data.year}${r.data.name}`)).toEqual(['2019张一', '2021甲', '2021乙']);
    expect(graduateLedger.registerTitle).toBe('近三年小学毕业库数据台账');
  });
});
