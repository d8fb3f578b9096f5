import type { FormDef } from '../forms/kit/define';

/** A form as messages name it: 花名册, or 附件3-1 “教师大家访”活动记录表. */
export const formName = (f: FormDef): string => (f.annex === '花名册' ? f.annex : `${f.annex} ${f.title}`);
