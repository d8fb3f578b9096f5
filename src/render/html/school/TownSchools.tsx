import { useEffect, useState } from 'preact/hooks';
import { missingSchools, parseSchoolList } from '../../../calc/town-merge';
import { explain } from '../../../storage/errors';
import { loadTownSchools, saveTownSchools } from '../../../storage/town-schools';

/** The town's schools, typed once; those whose file is not among the ones read are 未报送. */
export default function TownSchools({ received }: { received: string[] | null }) {
  const [list, setList] = useState<string[] | null>(null);
  const [text, setText] = useState('');
  const [msg, setMsg] = useState<{ text: string; error?: boolean }>({ text: '' });

  useEffect(() => {
    void loadTownSchools().then((l) => { setList(l); setText(l.join('\n')); });
  }, []);

  const save = async () => {
    try {
      const saved = await saveTownSchools(parseSchoolList(text));
      setList(saved);
      setText(saved.join('\n'));
      setMsg({ text: `已保存名单：${saved.length} 所学校。` });
    } catch (e) {
      setMsg({ text: `名单未保存：${explain(e)}`, error: true });
    }
  };

  if (list === null) return null;
  const missing = received && list.length ? missingSchools(list, received) : [];
  return (
    <section class="town-schools">
      {received && list.length > 0 && (
        <p data-testid="town-missing" class={missing.length ? 'late' : 'muted'}>
          {missing.length ? `未报送（${missing.length} 所）：${missing.join('、')}` : '名单上的学校都已报送。'}
        </p>
      )}
      <div class="field">
        <label for="town-school-list">本镇学校名单</label>
        <textarea id="town-school-list" rows={4} value={text} placeholder="每行一所学校，与各校文件名开头的单位名称相同"
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
      </div>
      <div class="actions"><button type="button" onClick={save}>保存学校名单</button></div>
      {msg.text && <p class={msg.error ? 'msg error' : 'muted'} role={msg.error ? 'alert' : 'status'} data-testid="town-list-msg">{msg.text}</p>}
    </section>
  );
}
