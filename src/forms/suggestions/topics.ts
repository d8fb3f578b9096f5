// What the school sorts parents' suggestions by (三（五）: 共性问题及时解决，个性问题分类解决).
// Data in one place: the ledger's choices, the tally, the 家访总结 and the exports read it.

/** Topics of a suggestion; the last one takes whatever fits no other. */
export const TOPICS = [
  { key: 'afterSchool', label: '课后服务' },
  { key: 'doubleReduction', label: '“双减”' },
  { key: 'safety', label: '安全' },
  { key: 'study', label: '学业' },
  { key: 'fees', label: '收费' },
  { key: 'other', label: '其他' },
] as const;

/** 共性问题 are solved at once, 个性问题 case by case. */
export const SCOPES = [
  { key: 'common', label: '共性' },
  { key: 'individual', label: '个性' },
] as const;

export const STATES = [
  { key: 'open', label: '待处理' },
  { key: 'answered', label: '已答复' },
  { key: 'solved', label: '已解决' },
] as const;

export const OPEN_STATE = STATES[0].label;

/** The 附件3-1 fields whose text is a parent's suggestion (家长意见). */
export const SUGGESTION_FIELDS = ['suggestions'] as const;

/** Said beside an item whose record's text changed after it was classified. */
export const CHANGED_MARK = '（原文已修改）';
