// styles.xml: each distinct cell style once, its font, border and number format once each.
import type { Alignment, Border, Borders, Font, Style } from './types';
import { attrs, esc, NS_MAIN, XML_HEAD } from './xml';

/** Number formats Excel knows by id: a file names only the others. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/** The workbook's default font, as Excel's: column widths are measured in its digits. */
const DEFAULT_FONT: Partial<Font> = { name: 'Calibri', size: 11 };

/** One list of distinct entries, keyed by their JSON. */
class Table<T> {
  readonly items: T[] = [];
  private readonly ids = new Map<string, number>();
  id(item: T): number {
    const key = JSON.stringify(item);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.items.push(item) - 1;
      this.ids.set(key, id);
    }
    return id;
  }
}

interface Xf {
  numFmtId: number;
  fontId: number;
  borderId: number;
  alignment?: Partial<Alignment>;
}

/** Properties in a fixed order, undefined ones dropped, so that equal styles have equal keys. */
const clean = <T extends object>(o: T | undefined, keys: (keyof T)[]): Partial<T> | undefined => {
  if (!o) return undefined;
  const out: Partial<T> = {};
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return Object.keys(out).length ? out : undefined;
};

export class StyleTable {
  private readonly fonts = new Table<Partial<Font>>();
  private readonly borders = new Table<Partial<Borders>>();
  private readonly formats = new Table<string>();
  private readonly xfs = new Table<Xf>();

  constructor() {
    this.fonts.id(DEFAULT_FONT);
    this.borders.id({});
    this.xfs.id({ numFmtId: 0, fontId: 0, borderId: 0 });
  }

  /** The cellXfs index of a style; 0 is the default style. */
  id(style: Partial<Style>): number {
    const font = clean(style.font, ['bold', 'italic', 'underline', 'size', 'color', 'name']);
    const border = clean(style.border, ['left', 'right', 'top', 'bottom']);
    const alignment = clean(style.alignment, ['horizontal', 'vertical', 'wrapText', 'shrinkToFit', 'indent']);
    const fmt = style.numFmt;
    const numFmtId =
      fmt === undefined ? 0 : (BUILTIN_FORMATS[fmt] ?? FIRST_CUSTOM_FORMAT + this.formats.id(fmt));
    return this.xfs.id({
      numFmtId,
      fontId: font ? this.fonts.id(font) : 0,
      borderId: border ? this.borders.id(border) : 0,
      ...(alignment ? { alignment } : {}),
    });
  }

  xml(): string {
    const formats = this.formats.items.map((f, i) => `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${esc(f)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (formats.length ? `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` : '') +
      `<fonts count="${this.fonts.items.length}">${this.fonts.items.map(fontXml).join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      `<borders count="${this.borders.items.length}">${this.borders.items.map(borderXml).join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.items.length}">${this.xfs.items.map(xfXml).join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/></styleSheet>'
    );
  }
}

const color = (c: Partial<{ argb: string }> | undefined) => (c?.argb ? `<color rgb="${esc(c.argb)}"/>` : '');

function fontXml(f: Partial<Font>): string {
  const cjk = f.name && /[^\x00-\x7f]/.test(f.name);
  return (
    '<font>' +
    (f.bold ? '<b/>' : '') +
    (f.italic ? '<i/>' : '') +
    (f.underline ? '<u/>' : '') +
    `<sz val="${f.size ?? DEFAULT_FONT.size}"/>` +
    color(f.color) +
    `<name val="${esc(f.name ?? DEFAULT_FONT.name!)}"/>` +
    // A Chinese font name: the GB2312 charset lets Excel pick it on any system.
    (cjk ? '<family val="3"/><charset val="134"/>' : '<family val="2"/>') +
    '</font>'
  );
}

function borderXml(b: Partial<Borders>): string {
  const side = (name: string, s: Partial<Border> | undefined) =>
    s?.style ? `<${name} style="${s.style}">${color(s.color)}</${name}>` : `<${name}/>`;
  return `<border>${side('left', b.left)}${side('right', b.right)}${side('top', b.top)}${side('bottom', b.bottom)}<diagonal/></border>`;
}

function xfXml(x: Xf): string {
  const a = x.alignment;
  const head = attrs({
    numFmtId: x.numFmtId, fontId: x.fontId, fillId: 0, borderId: x.borderId, xfId: 0,
    applyNumberFormat: x.numFmtId ? true : undefined,
    applyFont: x.fontId ? true : undefined,
    applyBorder: x.borderId ? true : undefined,
    applyAlignment: a ? true : undefined,
  });
  if (!a) return `<xf${head}/>`;
  const alignment = attrs({
    horizontal: a.horizontal,
    // ExcelJS says "middle" for what the file calls "center".
    vertical: a.vertical === 'middle' ? 'center' : a.vertical,
    wrapText: a.wrapText || undefined,
    shrinkToFit: a.shrinkToFit || undefined,
    indent: a.indent || undefined,
  });
  return `<xf${head}><alignment${alignment}/></xf>`;
}
