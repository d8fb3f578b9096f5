import { closeRefusal, graduateProgress, graduateYears, progressText } from '../../calc/graduates';
import { defineForm } from '../kit/define';
import { GRADUATE_EVIDENCE } from './evidence';

export { GRADUATE_EVIDENCE } from './evidence';

const opts = (list: readonly string[]) => list.map((v) => ({ value: v, label: v }));

export const GRADUATE_TITLE = '小学毕业库数据台账';

/**
 * 小学毕业库数据台账 (通知三（七）: 小学再次核查近三年小学毕业库数据台账，按照控辍具体要求逐人
 * 完善相关佐证材料逐人销号): one entry per primary-school graduate of the last three years.
 * The first part comes from the year's list (imported on /graduates/, merged by ID number
 * and never doubled); the rest is the school's: where the child is in 初中, the evidence
 * (附件2-1's documents), whether it is collected, and 销号, allowed only with the evidence.
 */
export const graduateLedger = defineForm({
  id: 'graduate',
  version: 1,
  annex: '小学毕业库',
  title: GRADUATE_TITLE,
  summary: '近三年小学毕业生逐人核查初中就读情况、完善佐证材料、逐人销号',
  href: '/graduates/',
  overview: {
    sources: ['graduate'],
    line(lists, refDate) {
      const years = graduateYears(Number(refDate.slice(0, 4)));
      return graduateProgress((lists.graduate ?? []).map((e) => e.data), years).map(progressText).join('，');
    },
  },
  subjectKey: 'name',
  listKeys: ['year', 'name', 'juniorSchool', 'closed'],
  fields: [
    { key: 'year', label: '毕业年份', kind: 'int', required: true, min: 2000 },
    { key: 'name', label: '姓名', kind: 'text', required: true },
    { key: 'sex', label: '性别', kind: 'choice', options: opts(['男', '女']) },
    { key: 'idNumber', label: '身份证号码', kind: 'idcard', sensitive: 'id' },
    { key: 'birth', label: '出生日期', kind: 'date' },
    { key: 'school', label: '毕业学校', kind: 'text' },
    { key: 'juniorSchool', label: '初中就读学校', kind: 'text' },
    { key: 'grade', label: '年级', kind: 'text', placeholder: '如 七年级' },
    { key: 'evidence', label: '佐证材料', kind: 'choice', options: opts(GRADUATE_EVIDENCE) },
    { key: 'collected', label: '佐证已收集', kind: 'flag' },
    { key: 'closed', label: '销号', kind: 'flag' },
    { key: 'note', label: '备注', kind: 'textarea', wide: true, sensitive: 'note' },
  ],
  sections: [{ keys: ['juniorSchool', 'grade', 'evidence', 'collected', 'closed', 'note'] }],
  // A 销号 without its evidence (a file edited elsewhere) keeps the entry a draft, and says why.
  rules(data): Record<string, string> {
    const why = data.closed === true ? closeRefusal(data) : null;
    return why ? { closed: why } : {};
  },
  register: {
    title: `近三年${GRADUATE_TITLE}`,
    sortKeys: ['year', 'school', 'name'],
    countUnit: '人',
    widths: { year: 7, name: 9, sex: 5, birth: 12, school: 12, juniorSchool: 12, grade: 8, evidence: 16, collected: 7.5, closed: 6, note: 14 },
  },
  // Printed as the 台账 of all graduates (the 表册), not one entry at a time.
  paper: { orientation: 'portrait', columns: [1], head: [], rows: [{ cells: [{ t: '{name}' }] }], foot: [] },
});
