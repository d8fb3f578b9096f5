// 附件4 on paper (portrait A4), after the seed: the child's details, the two numbered class
// lists with the chosen class marked, the detail boxes, then the signature and stamp boxes
// left tall and empty for ink, the 备注 and the 时间 line.
import type { EntryData, RowItem } from '../kit/field';
import type { PaperRow } from '../kit/paper';
import { paperOf, type CellOf, type CellOptions } from '../kit/typed';
import { formatChineseDate, isRealDate } from '../kit/validators';
import { DROPOUT_CLASSES, NON_DROPOUT_CLASSES } from '../vocabulary';
import { dropoutSideOpen, nonDropoutSideOpen } from './classes';
import { SIGNATURES } from './signatures';
import { trimmedOf } from '../kit/text-of';

export const TITLE = '蒲城县疑似失（辍）学儿童就学情况核查认定表';
export const NOTE = '备注：户籍原因、外迁无法联系、失踪失联3类情况认定必须有公安部门核查认定并盖章。';
const BLANK_DATE = '　　　　年　　月　　日';


/** The texts only the paper has: marked class lists, the 劝返 log, the date line. */
export function paperTexts(data: EntryData) {
  const dropout = dropoutSideOpen(data) ? trimmedOf(data.dropoutClass) : '';
  const nonDropout = nonDropoutSideOpen(data) ? trimmedOf(data.nonDropoutClass) : '';
  const log = dropoutSideOpen(data) && Array.isArray(data.returnLog) ? (data.returnLog as RowItem[]) : [];
  const returnLogText = log
    .map((r) => {
      const date = trimmedOf(r.date);
      const when = isRealDate(date) ? formatChineseDate(date) : date;
      const result = trimmedOf(r.result);
      return [when, trimmedOf(r.way), result && `结果：${result}`].filter(Boolean).join('　');
    })
    .filter(Boolean)
    .join('\n');
  return {
    dropoutList: markedList(DROPOUT_CLASSES, dropout, [4, 4]),
    nonDropoutList: markedList(NON_DROPOUT_CLASSES, nonDropout, [2, 3, 3]),
    // 劝返情况 and, below it, each dated attempt: one box on paper, as in the seed.
    dropoutDetails: [dropoutSideOpen(data) ? trimmedOf(data.persuasion) : '', returnLogText].filter(Boolean).join('\n'),
    dateLine: isRealDate(trimmedOf(data.date)) ? formatChineseDate(trimmedOf(data.date)) : BLANK_DATE,
  };
}

function markedList(classes: typeof DROPOUT_CLASSES, chosen: string, perLine: number[]): string {
  const items = classes.map((c) => `${c.label === chosen ? '■' : '□'}${c.no}：${c.label}`);
  const lines: string[] = [];
  let i = 0;
  for (const n of perLine) {
    lines.push(items.slice(i, i + n).join('　'));
    i += n;
  }
  return lines.join('\n');
}

const label = <T extends string>(t: T, more: CellOptions = {}): CellOf<T> => ({ t, label: true, ...more });
const value = <T extends string>(t: T, more: CellOptions = {}): CellOf<T> => ({ t, ...more });

/** Two boxes to a row, as in the seed; each box is its label and room for the ink below it. */
const signatureRows: PaperRow[] = [];
for (let i = 0; i < SIGNATURES.length; i += 2)
  signatureRows.push({
    height: 52,
    cells: [value(`${SIGNATURES[i].label}：`, { colSpan: 3 }), value(`${SIGNATURES[i + 1].label}：`, { colSpan: 2 })],
  });

export const VERIFICATION_PAPER = paperOf({
  orientation: 'portrait',
  columns: [8, 12, 22, 12, 22],
  head: [
    { t: '附件4', size: 12 },
    { t: TITLE, align: 'center', size: 16, bold: true },
  ],
  rows: [
    { height: 30, cells: [label('姓　　名', { colSpan: 2 }), value('{name}'), label('性　　别'), value('{sex}', { align: 'center' })] },
    { height: 30, cells: [label('身份证号码', { colSpan: 2 }), value('{idNumber}'), label('家庭住址'), value('{address}')] },
    { height: 30, cells: [label('家长姓名', { colSpan: 2, rowSpan: 2 }), value('{parent}', { rowSpan: 2 }), label('联系电话1'), value('{phone1}')] },
    { height: 30, cells: [label('联系电话2'), value('{phone2}')] },
    { height: 40, cells: [
      label('核查认定结果及详细情况', { rowSpan: 4 }),
      label('失（辍）学类别及劝返情况', { rowSpan: 2 }),
      value('{dropoutList}', { colSpan: 3 }),
    ] },
    { height: 80, cells: [value('{dropoutDetails}', { colSpan: 3 })] },
    { height: 54, cells: [label('非辍学类别及详细情况', { rowSpan: 2 }), value('{nonDropoutList}', { colSpan: 3 })] },
    { height: 70, cells: [value('{details}', { colSpan: 3 })] },
    ...signatureRows,
  ],
  foot: [
    { t: NOTE, size: 11 },
    { t: '时间：{dateLine}', size: 12 },
  ],
});
