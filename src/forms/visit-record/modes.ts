import type { Option } from '../kit/field';

// 家访形式: the notice names 实地/信件/电话 visits; 附件3-2 counts 面对面/电话/短信/网络.
export const VISIT_MODES: Option[] = [
  { value: 'face', label: '面对面（实地）' },
  { value: 'phone', label: '电话' },
  { value: 'sms', label: '短信' },
  { value: 'online', label: '网络' },
  { value: 'letter', label: '信件' },
];
