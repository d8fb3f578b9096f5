// One worksheet as sheetN.xml (elements in the order the schema requires).
import { colLetter, encodeAddress } from './address';
import type { Cell, Worksheet } from './model';
import type { StyleTable } from './styles';
import type { CellValue } from './types';
import { attrs, esc, escText, NS_MAIN, NS_REL, XML_HEAD } from './xml';

/** Strings go to the shared table once each; cells refer to them by index. */
export class SharedStrings {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  count = 0;
  id(s: string): number {
    this.count++;
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.push(s) - 1;
      this.ids.set(s, id);
    }
    return id;
  }
}

const num = (n: number) => String(n);

/** `<c>` contents and type of a value; undefined when the cell holds none. */
function valueXml(v: CellValue, strings: SharedStrings): { t?: string; inner: string } | undefined {
  if (v == null) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? { inner: `<v>${num(v)}</v>` } : undefined;
  if (typeof v === 'boolean') return { t: 'b', inner: `<v>${v ? 1 : 0}</v>` };
  if (typeof v === 'string') return { t: 's', inner: `<v>${strings.id(v)}</v>` };
  const f = `<f>${esc(v.formula.replace(/^=/, ''))}</f>`;
  const r = v.result;
  if (typeof r === 'number' && Number.isFinite(r)) return { inner: `${f}<v>${num(r)}</v>` };
  if (typeof r === 'boolean') return { t: 'b', inner: `${f}<v>${r ? 1 : 0}</v>` };
  if (typeof r === 'string') return { t: 'str', inner: `${f}<v>${escText(r)}</v>` };
  return { inner: f };
}

function cellXml(cell: Cell, styles: StyleTable, strings: SharedStrings): string {
  const s = styles.id(cell.style);
  // A cell under a merge shows nothing: only its style (the frame's border) is written.
  const v = cell.master ? undefined : valueXml(cell.value, strings);
  if (!v && !s) return '';
  const head = `<c${attrs({ r: cell.address, s: s || undefined, t: v?.t })}`;
  return v ? `${head}>${v.inner}</c>` : `${head}/>`;
}

function viewsXml(ws: Worksheet, selected: boolean): string {
  const view = ws.views[0];
  const x = view?.state === 'frozen' ? view.xSplit ?? 0 : 0;
  const y = view?.state === 'frozen' ? view.ySplit ?? 0 : 0;
  const open = `<sheetView${attrs({ tabSelected: selected || undefined, workbookViewId: 0 })}`;
  if (!x && !y) return `<sheetViews>${open}/></sheetViews>`;
  const pane = x && y ? 'bottomRight' : y ? 'bottomLeft' : 'topRight';
  const topLeft = encodeAddress(y + 1, x + 1);
  return (
    `<sheetViews>${open}>` +
    `<pane${attrs({ xSplit: x || undefined, ySplit: y || undefined, topLeftCell: topLeft, activePane: pane, state: 'frozen' })}/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function pageXml(ws: Worksheet): string {
  const p = ws.pageSetup;
  const m = p.margins ?? {};
  const hf = ws.headerFooter;
  return (
    (p.horizontalCentered || p.verticalCentered
      ? `<printOptions${attrs({ horizontalCentered: p.horizontalCentered || undefined, verticalCentered: p.verticalCentered || undefined })}/>`
      : '') +
    `<pageMargins${attrs({ left: m.left ?? 0.7, right: m.right ?? 0.7, top: m.top ?? 0.75, bottom: m.bottom ?? 0.75, header: m.header ?? 0.3, footer: m.footer ?? 0.3 })}/>` +
    `<pageSetup${attrs({
      paperSize: p.paperSize,
      scale: p.scale,
      fitToWidth: p.fitToPage ? p.fitToWidth ?? 1 : undefined,
      fitToHeight: p.fitToPage ? p.fitToHeight ?? 1 : undefined,
      orientation: p.orientation,
    })}/>` +
    (hf.oddHeader || hf.oddFooter
      ? `<headerFooter>${hf.oddHeader ? `<oddHeader>${esc(hf.oddHeader)}</oddHeader>` : ''}${hf.oddFooter ? `<oddFooter>${esc(hf.oddFooter)}</oddFooter>` : ''}</headerFooter>`
      : '')
  );
}

export function sheetXml(ws: Worksheet, selected: boolean, styles: StyleTable, strings: SharedStrings): string {
  const rows = [...ws.rows.values()].sort((a, b) => a.number - b.number);
  const data = rows
    .map((row) => {
      const cells = [...row.cells.values()].sort((a, b) => a.col - b.col).map((c) => cellXml(c, styles, strings)).join('');
      if (!cells && row.height === undefined) return '';
      const height = row.height === undefined ? {} : { ht: row.height, customHeight: true };
      return cells ? `<row${attrs({ r: row.number, ...height })}>${cells}</row>` : `<row${attrs({ r: row.number, ...height })}/>`;
    })
    .join('');
  const cols = ws.columns
    .filter((c) => c.width !== undefined || c.style)
    .map((c) => {
      const s = c.style ? styles.id(c.style) : 0;
      return `<col${attrs({ min: c.number, max: c.number, width: c.width ?? 9, style: s || undefined, customWidth: c.width !== undefined || undefined })}/>`;
    });
  const lastRow = Math.max(1, ...rows.map((r) => r.number));
  const lastCol = Math.max(1, ...rows.flatMap((r) => [...r.cells.keys()]), ...ws.columns.map((c) => c.number));
  const merges = ws.merges.map(([r1, c1, r2, c2]) => `<mergeCell ref="${encodeAddress(r1, c1)}:${encodeAddress(r2, c2)}"/>`);
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    (ws.pageSetup.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<dimension ref="A1:${colLetter(lastCol)}${lastRow}"/>` +
    viewsXml(ws, selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols.length ? `<cols>${cols.join('')}</cols>` : '') +
    (data ? `<sheetData>${data}</sheetData>` : '<sheetData/>') +
    (ws.autoFilter ? `<autoFilter ref="${esc(ws.autoFilter.replace(/\$/g, ''))}"/>` : '') +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '') +
    pageXml(ws) +
    '</worksheet>'
  );
}
