// What a 附件4 (核查认定表) still lacks before it is 完成, in the words the checklist shows:
// a draft gives no 附件2-1 evidence, and the person collecting evidence needs to know
// which signatures, stamps or fields are left. Read from the form's own check, so it
// names exactly what keeps the entry a draft.
import type { EntryData } from '../kit/field';
import { isEmpty } from '../kit/kinds';
import { CLASS_KEYS, CLASSIFICATION, verification } from '../verification';

export interface Form4Todo {
  /** Labels of the fields, signatures and stamps still to fill in or tick, in form order. */
  missing: string[];
  /** Labels of fields filled in wrongly (an ID number that fails its check). */
  wrong: string[];
}

const ORDER = new Map<string, number>(verification.fields.map((f, i) => [f.key, i]));
// The classification problem concerns both class fields: place it where they are.
ORDER.set(CLASSIFICATION, ORDER.get(CLASS_KEYS.dropout) ?? 0);
const CLASS_LABEL = '核查认定类别';

export function form4Todo(data: EntryData): Form4Todo {
  const issues = verification.check(data);
  const out: Form4Todo = { missing: [], wrong: [] };
  const keys = Object.keys(issues).sort((a, b) => (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999));
  for (const key of keys) {
    if (key === CLASSIFICATION) {
      const both = !isEmpty(data[CLASS_KEYS.dropout]) && !isEmpty(data[CLASS_KEYS.nonDropout]);
      (both ? out.wrong : out.missing).push(both ? `${CLASS_LABEL}（两类只能选一项）` : CLASS_LABEL);
      continue;
    }
    const label = verification.fieldByKey.get(key)?.label ?? key;
    // An empty field says 必填; a rule (the police pair) names a box not yet done.
    (isEmpty(data[key]) ? out.missing : out.wrong).push(label);
  }
  return out;
}

/** "尚缺：学校核查人签名、学校盖章；有误：身份证号码", or '' when nothing is left. */
export function form4TodoText(t: Form4Todo): string {
  return [
    t.missing.length ? `尚缺：${t.missing.join('、')}` : '',
    t.wrong.length ? `有误：${t.wrong.join('、')}` : '',
  ].filter(Boolean).join('；');
}
