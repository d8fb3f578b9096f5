import type { FormDef } from '../../forms/kit/define';
import type { EntryData } from '../../forms/kit/field';
import { expandPaper, placeCells, type PaperLine } from '../../forms/kit/paper';
import './print.css';

function Line({ form, line, values }: { form: FormDef; line: PaperLine; values: EntryData }) {
  return (
    <div class={`p-line ${line.align ?? 'left'}${line.bold ? ' bold' : ''}`} style={{ fontSize: `${line.size ?? 12}pt` }}>
      {/* An empty line keeps its height: the letter forms space their paragraphs with them. */}
      <span>{form.fill(line.t, values) || '\u00a0'}</span>
      {line.right && <span class="p-right">{form.fill(line.right, values)}</span>}
    </div>
  );
}

/** The paper form in HTML, from the same grid as the Excel and PDF writers, for the browser's print. */
export function PrintView({ form, values, back }: { form: FormDef; values: EntryData; back: string }) {
  const paper = expandPaper(form.paper, values);
  const total = paper.columns.reduce((a, b) => a + b, 0);
  const byRow = new Map<number, ReturnType<typeof placeCells>>();
  for (const p of placeCells(paper)) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  return (
    <div class={`print-view ${paper.orientation}`}>
      <div class="print-tools">
        <button type="button" class="primary" onClick={() => window.print()}>打印</button>
        <a href={back}>← 返回编辑</a>
      </div>
      <div class="sheet">
        {paper.head.map((l, i) => <Line key={i} form={form} line={l} values={values} />)}
        {paper.rows.length > 0 && <table class="p-grid">
          <colgroup>{paper.columns.map((w, i) => <col key={i} style={{ width: `${(100 * w) / total}%` }} />)}</colgroup>
          <tbody>
            {paper.rows.map((row, r) => (
              <tr key={r} style={{ height: `${row.height ?? 24}pt` }}>
                {(byRow.get(r) ?? []).map((p) => (
                  <td key={p.col} colSpan={p.colSpan} rowSpan={p.rowSpan} class={p.cell.label ? 'label' : undefined}
                    style={{ textAlign: p.align, verticalAlign: p.valign }}>
                    {form.fill(p.cell.t, values)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>}
        {paper.foot.map((l, i) => <Line key={i} form={form} line={l} values={values} />)}
      </div>
    </div>
  );
}
