import { useState } from 'preact/hooks';
import type { FormDef } from '../../forms/kit/define';
import type { EntryData } from '../../forms/kit/field';
import { isEmpty } from '../../forms/kit/kinds';
import { fillReport } from '../../forms/kit/report';

const stamp = (d: Date) =>
  `${d.getMonth() + 1}月${d.getDate()}日${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

/**
 * 出发报备 / 结束报备: records the time and gives the text to send to the school's group.
 * Shown inside the form's section marked `reports`, whose title names it (no heading here).
 */
export function Reports({ form, values, onStamp }: {
  form: FormDef;
  values: EntryData;
  onStamp(key: string, at: string): void;
}) {
  const [text, setText] = useState('');
  const [copied, setCopied] = useState(false);
  const steps = form.reports!.steps;
  const ready = (i: number) => i === 0 || !isEmpty(values[steps[i - 1].key]);
  const run = (i: number) => {
    const now = stamp(new Date());
    onStamp(steps[i].key, now);
    setCopied(false);
    setText(fillReport(steps[i].template, (k) => (k === 'now' ? now : form.text(values, k))));
  };
  return (
    <div class="reports">
      <p class="muted">出发前向学校报告家访对象、地点及所需时间，结束后及时告知学校。</p>
      <div class="actions">
        {steps.map((s, i) => (
          // Reports go in order: 结束 only after 出发.
          <button type="button" key={s.key} onClick={() => run(i)} disabled={!ready(i)}
            aria-describedby={ready(i) ? undefined : `report-wait-${s.key}`}>{s.label}</button>
        ))}
      </div>
      {steps.map((s, i) => !ready(i) && (
        <p key={s.key} class="msg hint" id={`report-wait-${s.key}`}>请先{steps[i - 1].label}，再{s.label}。</p>
      ))}
      {text && (
        <div class="report-text">
          <textarea readOnly rows={4} aria-label="报备内容" value={text} />
          <div class="actions">
            <button type="button" onClick={async () => {
              try { await navigator.clipboard.writeText(text); setCopied(true); } catch { setCopied(false); }
            }}>{copied ? '已复制' : '复制'}</button>
            {'share' in navigator && (
              <button type="button" onClick={() => navigator.share({ text }).catch(() => {})}>发送到微信群…</button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
