// Cross-field checks of one roster child: what the field kinds cannot see on their own
// (ID number against the typed birth date and sex, the age on the reference date, a
// sub-status that belongs to another category).
import { ageOn, inSchoolAgeRange, SCHOOL_AGE_MAX, SCHOOL_AGE_MIN } from '../../calc/age';
import { parseChildId } from '../../calc/idcard';
import { birthOf } from '../../calc/roster-tally';
import type { EntryData } from '../kit/field';
import { formatChineseDate, isRealDate } from '../kit/validators';
import { categoryOf, subBelongsTo } from '../vocabulary';
import { cellTextOf } from '../kit/text-of';

export type ChildProblemCode =
  | 'idMissing'
  | 'idInvalid'
  | 'converted15'
  | 'birthInvalid'
  | 'birthMismatch'
  | 'sexMismatch'
  | 'noBirth'
  | 'bornAfterRef'
  | 'ageOutOfRange'
  | 'subMismatch';

export interface ChildProblem {
  /** The roster field the problem is shown next to. */
  key: string;
  code: ChildProblemCode;
  /** 'warning' is worth a look but nothing is wrong (e.g. an old 15-digit number upgraded). */
  level: 'error' | 'warning';
  /** Chinese, ready to show. */
  message: string;
}

export interface AgeSettings {
  /** Reference date for 周岁, YYYY-MM-DD (settings: campaign year + ageRef). */
  ageRef: string;
}


/**
 * Problems of one roster child, in field order. An empty list means the ID number, birth
 * date, sex, age and status agree with each other; required fields and per-field formats
 * (phone numbers …) are the form's `check`.
 */
export function checkChild(data: EntryData, settings: AgeSettings, today: Date = new Date()): ChildProblem[] {
  const out: ChildProblem[] = [];
  const add = (key: string, code: ChildProblemCode, message: string, level: 'error' | 'warning' = 'error') =>
    out.push({ key, code, level, message });

  const rawId = cellTextOf(data.idNumber);
  // A 15-digit number is this child's only when converting it gives a child of 6–15.
  const id = rawId ? parseChildId(rawId, settings.ageRef, today) : null;
  if (!id) add('idNumber', 'idMissing', '请填写身份证号码');
  else if (!id.ok) add('idNumber', 'idInvalid', id.error);
  else if (id.converted15) add('idNumber', 'converted15', `15位旧身份证号码，已转换为18位：${id.id}`, 'warning');

  const typedBirth = cellTextOf(data.birth);
  if (typedBirth && !isRealDate(typedBirth)) {
    add('birth', 'birthInvalid', `出生日期无效（${typedBirth}），请按 年-月-日 填写`);
  } else if (typedBirth && id?.ok && typedBirth !== id.birth) {
    add(
      'birth',
      'birthMismatch',
      `出生日期（${formatChineseDate(typedBirth)}）与身份证号码中的出生日期（${formatChineseDate(id.birth)}）不一致`,
    );
  }

  const typedSex = cellTextOf(data.sex);
  if (typedSex && id?.ok && typedSex !== id.sex)
    add('sex', 'sexMismatch', `性别（${typedSex}）与身份证号码显示的性别（${id.sex}）不一致`);

  const b = birthOf(data, settings.ageRef);
  const ref = formatChineseDate(settings.ageRef);
  if (!b) {
    add('birth', 'noBirth', '缺少有效的身份证号码或出生日期，无法计算年龄', 'warning');
  } else {
    const age = ageOn(b.birth, settings.ageRef);
    if (age < 0) add('birth', 'bornAfterRef', `出生日期（${formatChineseDate(b.birth)}）晚于年龄计算基准日（${ref}）`);
    else if (!inSchoolAgeRange(age))
      add(
        'birth',
        'ageOutOfRange',
        `按基准日（${ref}）计算为${age}周岁，不在${SCHOOL_AGE_MIN}-${SCHOOL_AGE_MAX}周岁范围内`,
      );
  }

  const status = cellTextOf(data.status);
  const sub = cellTextOf(data.sub);
  if (sub && !subBelongsTo(sub, status)) {
    const category = categoryOf(status);
    add(
      'sub',
      'subMismatch',
      category ? `子类“${sub}”不属于就学状态“${category}”` : `子类“${sub}”需要先选择对应的就学状态`,
    );
  }
  return out;
}
