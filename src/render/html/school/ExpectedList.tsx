import { useEffect, useState } from 'preact/hooks';
import { formatTeacherList, parseTeacherList, teachersFromSheet, type ExpectedTeacher } from '../../../calc/collection';
import { loadExpectedTeachers, saveExpectedTeachers } from '../../../storage/expected-teachers';
import { explain } from '../../../storage/errors';
import { parseInWorker } from '../../../io/parse/client';

/** The office's list of teachers expected to send 3-1 records: typed, or read once from a sheet. */
export default function ExpectedList() {
  const [text, setText] = useState<string | null>(null);
  const [msg, setMsg] = useState<{ text: string; error?: boolean }>({ text: '' });

  useEffect(() => {
    void loadExpectedTeachers().then((list) => setText(formatTeacherList(list)));
  }, []);

  const store = async (list: ExpectedTeacher[], note: string) => {
    try {
      await saveExpectedTeachers(list);
      setText(formatTeacherList(list));
      setMsg({ text: note });
    } catch (e) {
      setMsg({ text: `名单未保存：${explain(e)}`, error: true });
    }
  };

  const save = async () => {
    const { teachers, problems } = parseTeacherList(text ?? '');
    await store(teachers, [`已保存名单：${teachers.length} 位教师。`, ...problems].join(''));
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setMsg({ text: `正在读取 ${file.name}…` });
    const sheet = await parseInWorker({ kind: 'roster', file }, () => {}).done;
    if (!sheet) return;
    if ('error' in sheet) return setMsg({ text: `${file.name}：${sheet.error}`, error: true });
    const list = teachersFromSheet(sheet.headers, sheet.rows);
    if ('error' in list) return setMsg({ text: `${file.name}：${list.error}`, error: true });
    if (!list.teachers.length) return setMsg({ text: `${file.name}：“姓名”列是空的，名单未改变。`, error: true });
    await store(list.teachers, `已从 ${file.name} 读取并保存名单：${list.teachers.length} 位教师。`);
  };

  if (text === null) return null;
  return (
    <div class="expected-list">
      <div class="field">
        <label for="expected-teachers">应交教师名单</label>
        <textarea id="expected-teachers" rows={6} value={text} placeholder={'每行一位：姓名 班级\n如：王老师 七年级（2）班'}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={save}>保存名单</button>
        <label class="button file" for="expected-file">从 Excel/CSV 导入名单</label>
        <input id="expected-file" type="file" class="visually-hidden" accept=".xlsx,.xls,.et,.csv"
          onChange={(e) => { void readFile(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      </div>
      <p class="muted">表格第一行写“姓名”“班级”，每位教师一行。</p>
      {msg.text && <p class={msg.error ? 'msg error' : 'muted'} role={msg.error ? 'alert' : 'status'} data-testid="expected-msg">{msg.text}</p>}
    </div>
  );
}
