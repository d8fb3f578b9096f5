import { useState } from 'preact/hooks';
import { localIsoDate } from '../../calc/calendar';
import { formById } from '../../forms/registry';
import { download } from '../../io/download';
import { unreadableEntries } from '../../storage/unreadable-rows';
import type { Unreadable } from '../../storage/unreadable';
import { useLive } from './hooks';

const when = (t?: number) => {
  if (t === undefined) return '不详';
  const d = new Date(t);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${hm}`;
};

const claimed = (u: Unreadable) => {
  const form = formById(u.formId);
  return form ? `${form.annex} ${form.title}` : u.formId ? `“${u.formId}”（未知表格）` : '未注明';
};

/**
 * Stored rows that no longer parse (a damaged row, a form this app does not know, a newer
 * app's record). Nothing is deleted: they can be taken out as the raw stored JSON, for
 * whoever can repair them or for a newer app to import.
 */
export default function UnreadableRows() {
  const rows = useLive(unreadableEntries, []);
  const [saved, setSaved] = useState(0);
  if (!rows?.length) return null;
  const save = () => {
    const stamp = localIsoDate(new Date()).replaceAll('-', '');
    const json = JSON.stringify(rows.map((u) => u.row), null, 2);
    download(new Blob([json], { type: 'application/json' }), `无法读取的记录_${stamp}.json`);
    setSaved(rows.length);
  };
  return (
    <section id="unreadable" data-testid="unreadable">
      <h2>无法读取的记录</h2>
      <p class="muted">
        以下 {rows.length} 条记录保存在本机，但已无法读取，未计入任何列表和统计。它们不会被自动删除；
        请导出原始数据，交给技术人员处理，或更新应用后再查看。
      </p>
      <ul class="rows">
        {rows.map((u, i) => (
          <li key={`${u.id}-${i}`} class="row" data-testid="unreadable-row">
            <span class="row-main">
              <strong>{claimed(u)}</strong>
              <span class="muted">最后修改：{when(u.updatedAt)}</span>
              <span>{u.reason}</span>
            </span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={save}>导出原始数据（JSON）</button>
      {/* Raw rows cannot be read by the form's fields: what they may hold is said plainly. */}
      {saved > 0 && <p class="banner warn" data-testid="privacy-warning">此文件含 {saved} 条记录的原始内容（可能有儿童的完整身份证号），请只发给需要的人。</p>}
    </section>
  );
}
