import { missingByBox, tallyStates } from '../../../forms/archive';
import type { EntryData } from '../../../forms/kit/field';

/** 缺项一览: what is still missing across all boxes, by box, with links to the boxes. */
export function MissingOverview({ values }: { values: EntryData }) {
  const t = tallyStates(values);
  const missing = missingByBox(values);
  return (
    <section class="form-section a-overview" aria-labelledby="a-overview" data-testid="missing-overview">
      <h2 id="a-overview">缺项一览</h2>
      <p class="a-tally">
        齐全 <strong>{t.full}</strong> / {t.total} 项 · 部分 <strong>{t.partial}</strong> 项 · 无 <strong>{t.none}</strong> 项
        {t.unset > 0 && <> · 未核对 <strong>{t.unset}</strong> 项</>}
      </p>
      {missing.length === 0 ? (
        <p class="muted">{t.unset ? '已核对的资料中没有缺项。' : '所有资料均已齐全。'}</p>
      ) : (
        <ul class="a-missing">
          {missing.map(({ box, items }) => (
            <li key={box.n}>
              <a href={`#box-${box.n}`}>{box.spine}</a>
              <ul>
                {items.map((it) => (
                  <li key={it.index}><span class={`badge ${it.state === '无' ? 'none' : 'partial'}`}>{it.state}</span> {it.mark}{it.text}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <p><a href="#a-print">打印与导出 ↓</a></p>
    </section>
  );
}
