// The words of 通知三（八） for the 残疾儿童 ledgers: who assesses, how a child is placed.

/** 分类落实教育安置: the placements a school records. */
export const PLACEMENTS = ['随班就读', '特殊教育学校就读', '送教上门', '其他'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** The placement whose children are visited at home, at least twice a month. */
export const HOME_TEACHING: Placement = '送教上门';

/** Listed under this heading on the 台账 until the school records a placement. */
export const NOT_ASSESSED = '尚未评估安置';

/** The categories of the 残疾人证 (GB/T 26341). */
export const DISABILITY_KINDS = ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'] as const;

export const ASSESSOR = '残疾人教育专家委员会';

export const DISABILITY_LEDGER_TITLE = '残疾儿童台账';
export const HOME_TEACHING_LEDGER_TITLE = '送教台账';
