// The .xlsx package: workbook.xml with sheet states and print names, the parts' relations
// and content types, minimal document properties, all zipped with fflate.
import { strToU8, zipSync } from 'fflate';
import { absoluteRange, absoluteRows } from './address';
import type { Workbook, Worksheet } from './model';
import { SharedStrings, sheetXml } from './sheet';
import { StyleTable } from './styles';
import { esc, NS_MAIN, NS_REL, textElement, XML_HEAD } from './xml';

const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** A sheet name as a formula refers to it. */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

function definedNames(sheets: Worksheet[]): string {
  const names: string[] = [];
  sheets.forEach((ws, i) => {
    const p = ws.pageSetup;
    const add = (name: string, ref: string, hidden = false) =>
      names.push(`<definedName name="${name}" localSheetId="${i}"${hidden ? ' hidden="1"' : ''}>${esc(`${quoted(ws.name)}!${ref}`)}</definedName>`);
    if (ws.autoFilter) add('_xlnm._FilterDatabase', absoluteRange(ws.autoFilter), true);
    if (p.printArea) add('_xlnm.Print_Area', absoluteRange(p.printArea));
    if (p.printTitlesRow) add('_xlnm.Print_Titles', absoluteRows(p.printTitlesRow));
  });
  return names.length ? `<definedNames>${names.join('')}</definedNames>` : '';
}

function workbookXml(wb: Workbook, active: number): string {
  const sheets = wb.worksheets.map(
    (ws, i) =>
      `<sheet name="${esc(ws.name)}" sheetId="${i + 1}"${ws.state !== 'visible' ? ` state="${ws.state}"` : ''} r:id="rId${i + 1}"/>`,
  );
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<bookViews><workbookView activeTab="${active}"/></bookViews>` +
    `<sheets>${sheets.join('')}</sheets>${definedNames(wb.worksheets)}<calcPr calcId="171027"/></workbook>`
  );
}

const rels = (list: [id: string, type: string, target: string][]) =>
  `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
  list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('') +
  '</Relationships>';

function contentTypes(sheets: number): string {
  const over = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    over('/xl/workbook.xml', `${CT}.spreadsheetml.sheet.main+xml`) +
    Array.from({ length: sheets }, (_, i) => over(`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`)).join('') +
    over('/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`) +
    over('/xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`) +
    over('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    over('/docProps/app.xml', `${CT}.extended-properties+xml`) +
    '</Types>'
  );
}

function coreXml(wb: Workbook): string {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (wb.title ? `<dc:title>${esc(wb.title)}</dc:title>` : '') +
    (wb.creator ? `<dc:creator>${esc(wb.creator)}</dc:creator>` : '') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`
  );
}

const APP_XML =
  `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  '<Application>Microsoft Excel</Application></Properties>';

export function packageWorkbook(wb: Workbook): Uint8Array {
  const styles = new StyleTable();
  const strings = new SharedStrings();
  // The first visible sheet opens; a hidden one cannot be the active tab.
  const active = Math.max(0, wb.worksheets.findIndex((ws) => ws.state === 'visible'));
  const files: Record<string, Uint8Array> = {};
  wb.worksheets.forEach((ws, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(ws, i === active, styles, strings))));
  const n = wb.worksheets.length;
  const sst =
    `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${strings.count}" uniqueCount="${strings.list.length}">` +
    strings.list.map((s) => `<si>${textElement(s)}</si>`).join('') +
    '</sst>';
  return zipSync(
    {
      '[Content_Types].xml': strToU8(contentTypes(n)),
      '_rels/.rels': strToU8(
        rels([
          ['rId1', `${DOC_REL}/officeDocument`, 'xl/workbook.xml'],
          ['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
          ['rId3', `${DOC_REL}/extended-properties`, 'docProps/app.xml'],
        ]),
      ),
      'docProps/core.xml': strToU8(coreXml(wb)),
      'docProps/app.xml': strToU8(APP_XML),
      'xl/workbook.xml': strToU8(workbookXml(wb, active)),
      'xl/_rels/workbook.xml.rels': strToU8(
        rels([
          ...wb.worksheets.map((_, i): [string, string, string] => [`rId${i + 1}`, `${DOC_REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]),
          [`rId${n + 1}`, `${DOC_REL}/styles`, 'styles.xml'],
          [`rId${n + 2}`, `${DOC_REL}/sharedStrings`, 'sharedStrings.xml'],
        ]),
      ),
      'xl/styles.xml': strToU8(styles.xml()),
      'xl/sharedStrings.xml': strToU8(sst),
      ...files,
    },
    { level: 6 },
  );
}
