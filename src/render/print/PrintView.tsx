import type { FormDef } from '../../forms/kit/define';
import type { EntryData } from '../../forms/kit/field';
import { estimateLines, GRID_SIZE } from '../layout/estimate';
import { layoutPaper, total, type Box, type LaidLine, type Medium } from '../layout/layout';
import './print.css';

/** Millimetres of an A4 sheet the grid spans (print.css: 14 mm padding each side). */
const PRINTABLE_MM = { portrait: 210 - 28, landscape: 297 - 28 };
const PT_PER_MM = 72 / 25.4;
/** Line height of the grid text, as print.css sets it. */
const LINE = 1.4;

/** How the browser's page measures: an estimate by character count (the browser wraps), padding as print.css. */
export function printMedium(form: Pick<FormDef, 'paper'>): Medium {
  return {
    unit: (PRINTABLE_MM[form.paper.orientation] * PT_PER_MM) / total(form.paper.columns),
    pad: 4,
    size: GRID_SIZE,
    measure: estimateLines,
    boxHeight: (lines) => lines * GRID_SIZE * LINE + 6,
    rowHeight: 24,
  };
}

function Line({ line }: { line: LaidLine }) {
  return (
    <div class={`p-line ${line.align}${line.bold ? ' bold' : ''}`} style={{ fontSize: `${line.size}pt` }}>
      {/* An empty line keeps its height: the letter forms space their paragraphs with them. */}
      <span>{line.text || '\u00a0'}</span>
      {line.rightTemplate && <span class="p-right">{line.right}</span>}
    </div>
  );
}

/** The paper form in HTML: the boxes of the one layout (render/layout), painted as a table for the browser's print. */
export function PrintView({ form, values, back }: { form: FormDef; values: EntryData; back: string }) {
  const layout = layoutPaper(form, values, printMedium(form));
  const width = total(layout.columns);
  const byRow = new Map<number, Box[]>();
  for (const b of layout.boxes) byRow.set(b.row, [...(byRow.get(b.row) ?? []), b]);
  return (
    <div class={`print-view ${layout.orientation}`}>
      <div class="print-tools">
        <button type="button" class="primary" onClick={() => window.print()}>打印</button>
        <a href={back}>← 返回编辑</a>
      </div>
      <div class="sheet">
        {layout.head.map((l, i) => <Line key={i} line={l} />)}
        {layout.heights.length > 0 && <table class="p-grid">
          <colgroup>{layout.columns.map((w, i) => <col key={i} style={{ width: `${(100 * w) / width}%` }} />)}</colgroup>
          <tbody>
            {layout.heights.map((h, r) => (
              <tr key={r} style={{ height: `${h}pt` }}>
                {(byRow.get(r) ?? []).map((b) => (
                  <td key={b.col} colSpan={b.colSpan} rowSpan={b.rowSpan} class={b.label ? 'label' : undefined}
                    style={{ textAlign: b.align, verticalAlign: b.valign }}>
                    {b.text}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>}
        {layout.foot.map((l, i) => <Line key={i} line={l} />)}
      </div>
    </div>
  );
}
