// Rows of a school's roster -> roster entries' data, with what is wrong in each row in
// Chinese. Nothing is silently dropped: text that fits no field is kept in 备注.
import { localIsoDate } from '../../calc/calendar';
import { parseChildId } from '../../calc/idcard';
import { normalizeName } from '../../calc/names';
import { checkChild, roster, type ChildProblemCode, type RosterKey } from '../../forms/roster';
import type { EntryData } from '../../forms/kit/field';
import { phoneError } from '../../forms/kit/validators';
import { isSynonymOf } from './headers';
import {
  isScientific,
  parseDateText,
  parseGroups,
  parseSex,
  parseStatus,
  parseSub,
  parseYesNo,
  splitPhones,
  unwrapIdText,
} from './values';

export interface ImportOptions {
  /** File row number of rows[0] (readSheet's firstRow); default 2, a header in row 1. */
  firstRow?: number;
  /** Reference date for ages, YYYY-MM-DD. Without it the 6–15 age check is skipped. */
  ageRef?: string;
  /** "Today" for the ID number's future-birth check; default now. */
  today?: Date;
  /** The file's header texts, so a refusal names the column as the user's file spells it. */
  headers?: readonly string[];
}

export interface ImportedRow {
  /** 1-based, as in the file, so the user can find the row in Excel. */
  rowNumber: number;
  data: EntryData;
  /** Problems to fix (invalid ID number, mismatch with the ID, unknown status …). */
  errors: string[];
  /** Worth a look, nothing wrong (an old 15-digit number upgraded, text moved to 备注 …). */
  warnings: string[];
  /** No name and no ID number: nothing identifies a child, the row is not imported. */
  rejected: boolean;
}

export const REJECTED = '没有姓名和身份证号码，此行不导入';
export const ID_AS_NUMBER =
  '身份证号码在 Excel 中被存成了数字，后几位已经丢失；请把该列设为“文本”格式，重新填写身份证号码后再导入';

/** The longest text a field stores (the kit's string limit); a longer cell is refused, never cut. */
export const MAX_CELL_CHARS = 20_000;
export const tooLong = (header: string) =>
  `“${header}”列的内容超过 ${MAX_CELL_CHARS} 字，此行不导入；请在文件中删短该单元格后重新导入`;

const AGE_CODES: readonly ChildProblemCode[] = ['noBirth', 'bornAfterRef', 'ageOutOfRange'];

const isBlank = (row: readonly string[]) => row.every((c) => (c ?? '').trim() === '');

/** A header line repeated inside the data (rosters printed page by page, blocks pasted together). */
function isRepeatedHeader(cells: Partial<Record<RosterKey, string>>): boolean {
  let hits = 0;
  for (const [key, text] of Object.entries(cells) as [RosterKey, string][])
    if (text && isSynonymOf(key, text)) hits++;
  return hits >= 2;
}

/**
 * Converts data rows to roster entries. Fully blank rows and repeated header lines are
 * skipped without a report (they are layout, not children); every other row is returned,
 * `rejected` when it identifies no child.
 *
 * Values: 性别 and 出生日期 left blank are filled from a valid ID number (they are columns of
 * the printed roster and the ID number is authoritative); typed ones are kept and compared
 * with it. 是/否 columns accept ticks and words (see parseYesNo). Status text is mapped to
 * the 11 categories, with the sub-status it names ('幼儿园' -> 县域内实际就读 + 幼儿园就读).
 */
export function rowsToChildren(
  rows: readonly (readonly string[])[],
  mapping: Readonly<Record<number, RosterKey>>,
  options: ImportOptions = {},
): ImportedRow[] {
  const firstRow = options.firstRow ?? 2;
  const today = options.today ?? new Date();
  const columns = Object.entries(mapping).map(([i, key]) => [Number(i), key] as const);
  const out: ImportedRow[] = [];
  const seenIds = new Map<string, number>();

  rows.forEach((row, i) => {
    if (isBlank(row)) return;
    const cells: Partial<Record<RosterKey, string>> = {};
    for (const [col, key] of columns) cells[key] = (row[col] ?? '').trim();
    if (isRepeatedHeader(cells)) return;

    const rowNumber = firstRow + i;
    const long = columns.find(([, key]) => (cells[key]?.length ?? 0) > MAX_CELL_CHARS);
    if (long) {
      const [col, key] = long;
      out.push({ rowNumber, data: {}, errors: [tooLong(options.headers?.[col] || roster.fieldByKey.get(key)!.label)], warnings: [], rejected: true });
      return;
    }
    // The date a 15-digit number is judged on (a child's, or a guardian's): without a
    // reference date, today.
    const ref = options.ageRef || localIsoDate(today);
    const r = convertRow(cells, today, ref);
    const name = typeof r.data.name === 'string' ? r.data.name : '';
    const idText = typeof r.data.idNumber === 'string' ? r.data.idNumber : '';
    if (!name && !idText) {
      out.push({ rowNumber, data: r.data, errors: [REJECTED], warnings: [], rejected: true });
      return;
    }

    const problems = checkChild(r.data, { ageRef: ref }, today).filter(
      (p) => (options.ageRef || !AGE_CODES.includes(p.code)) && !(r.idAsNumber && p.key === 'idNumber'),
    );
    const errors = [...r.errors, ...problems.filter((p) => p.level === 'error').map((p) => p.message)];
    const warnings = [...r.warnings, ...problems.filter((p) => p.level === 'warning').map((p) => p.message)];

    const id = parseChildId(idText, ref, today);
    if (id.ok && !r.idAsNumber) {
      const before = seenIds.get(id.id);
      if (before !== undefined) warnings.push(`身份证号码与第${before}行重复`);
      else seenIds.set(id.id, rowNumber);
    }
    out.push({ rowNumber, data: r.data, errors, warnings, rejected: false });
  });
  return out;
}

interface Converted {
  data: EntryData;
  errors: string[];
  warnings: string[];
  /** The ID cell held a number that lost digits: the ID checks would only repeat that. */
  idAsNumber: boolean;
}

function convertRow(cells: Partial<Record<RosterKey, string>>, today: Date, ageRef: string): Converted {
  const data = roster.emptyData();
  const errors: string[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  const get = (k: RosterKey) => cells[k] ?? '';

  data.name = normalizeName(get('name'));

  // ID number first: sex and birth date are filled from it and compared with it.
  const idText = unwrapIdText(get('idNumber'));
  const idAsNumber = idText !== '' && isScientific(idText);
  if (idAsNumber) errors.push(`${ID_AS_NUMBER}（文件中为 ${idText}）`);
  // An old 15-digit number is converted only when it gives a school-age child; a guardian's
  // number or a cut one stays as typed, and checkChild says which it looks like.
  const id = idAsNumber || !idText ? null : parseChildId(idText, ageRef, today);
  data.idNumber = id?.ok ? id.id : idText;
  // The stored number is already upgraded, so checkChild cannot see it was a 15-digit one.
  if (id?.ok && id.converted15) warnings.push(`15位旧身份证号码，已转换为18位：${id.id}`);

  const sexText = get('sex');
  const sex = parseSex(sexText);
  if (sex === null) {
    errors.push(`性别“${sexText}”无法识别，应为 男 或 女`);
    data.sex = id?.ok ? id.sex : '';
  } else data.sex = sex || (id?.ok ? id.sex : '');

  const birthText = get('birth');
  const birth = parseDateText(birthText);
  if (birth.kind === 'date') data.birth = birth.iso;
  else if (birth.kind === 'empty') data.birth = id?.ok ? id.birth : '';
  else if (birth.kind === 'month') {
    // A month is all 出生年月 says; the ID number gives the day when the months agree.
    if (id?.ok && id.birth.startsWith(birth.ym)) data.birth = id.birth;
    else if (id?.ok) {
      errors.push(`出生年月（${birthText}）与身份证号码中的出生日期（${id.birth}）不一致`);
      data.birth = id.birth;
    } else {
      warnings.push(`出生日期“${birthText}”只有年月，缺少日`);
      data.birth = '';
    }
  } else {
    errors.push(`出生日期“${birthText}”无法识别，请按 年-月-日 填写`);
    data.birth = id?.ok ? id.birth : '';
  }

  data.village = get('village').replace(/\s+/gu, '');
  data.address = get('address');
  data.parent = normalizeName(get('parent'));

  const phones = splitPhones(get('phone'));
  data.phone = phones.first;
  if (phones.others.length) notes.push(`其他电话：${phones.others.join('、')}`);
  if (phones.first) {
    const msg = phoneError(phones.first);
    if (msg) warnings.push(`电话“${phones.first}”：${msg}`);
  }

  const statusText = get('status');
  const status = parseStatus(statusText);
  if (status === null) {
    errors.push(`就学状态“${statusText}”无法对应到11类情况，请核实后选择`);
    notes.push(`原就学状态：${statusText}`);
    data.status = '';
    data.sub = '';
  } else if (status === 'empty') {
    data.status = '';
    data.sub = '';
  } else {
    data.status = status.status;
    data.sub = status.sub;
    if (statusText !== status.status && statusText !== status.sub)
      warnings.push(`就学状态“${statusText}”按“${status.status}${status.sub ? `（${status.sub}）` : ''}”导入`);
  }
  const subText = get('sub');
  const sub = parseSub(subText);
  if (sub === null) {
    errors.push(`子类“${subText}”无法识别`);
    notes.push(`原子类：${subText}`);
  } else if (sub !== 'empty') {
    // A 子类 column refines the status; it fills the status when that was left blank.
    if (!data.status) data.status = sub.status;
    data.sub = sub.sub; // checkChild reports it if it belongs to another status
  }

  data.school = get('school');
  data.grade = get('grade');

  for (const [key, label] of [['relocated', '易地搬迁户'], ['disabled', '残疾儿童']] as const) {
    const yn = parseYesNo(get(key));
    data[key] = yn.value;
    if (yn.other !== undefined) {
      notes.push(`${label}：${yn.other}`);
      warnings.push(`${label}“${yn.other}”按“是”导入，原文记入备注`);
    }
  }

  const groups = parseGroups(get('groups'));
  data.groups = groups.groups;
  if (groups.unknown.length) {
    notes.push(`特殊群体：${groups.unknown.join('、')}`);
    warnings.push(`特殊群体“${groups.unknown.join('、')}”不在选项中，原文记入备注`);
  }

  data.note = [get('note'), ...notes].filter(Boolean).join('；');
  return { data, errors, warnings, idAsNumber };
}
