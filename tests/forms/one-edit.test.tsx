// @vitest-environment happy-dom
// "A new field added to 3-1 with one edit of its definition appears in the editor, the Excel
// file, the PDF, the print view, the data-sheet re-import and the backup" (issue 13). The
// edit is made where a maintainer makes it, in the 3-1 module: the mock below replaces that
// module's definition for every importer (registry, storage, writers), and nothing else in
// the app is told about the field.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { defineForm, NO_SOURCES } from '../../src/forms/kit/define';
import { evaluate } from '../../src/forms/kit/evaluate';
import { formById } from '../../src/forms/registry';
import { visitRecord } from '../../src/forms/visit-record';
import { makeBackup, readBackup } from '../../src/io/backup';
import { readOwnWorkbook } from '../../src/io/read-workbook';
import { EntryEditor } from '../../src/render/html/EntryEditor';
import { formPdf } from '../../src/render/pdf';
import { PrintView } from '../../src/render/print/PrintView';
import { formWorkbook, registerWorkbook } from '../../src/render/xlsx';
import { AppDB, useDb } from '../../src/storage/db';
import { parseEntry } from '../../src/storage/entry-parse';
import { saveEntry } from '../../src/storage/entry-write';
import { subsetFont } from '../render/font';
import { settings, visitEntry } from '../render/visit-entry';

vi.mock('../../src/forms/visit-record', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/forms/visit-record')>();
  const { defineForm } = await import('../../src/forms/kit/define');
  const v = original.visitRecord;
  // The one edit: the field, its place in a section, on paper and in the 表册.
  const visitRecord = defineForm({
    ...v,
    fields: [...v.fields, {
      key: 'transport', label: '交通方式', kind: 'choice', required: true,
      options: [{ value: 'walk', label: '步行' }, { value: 'bus', label: '公交车' }],
    }],
    sections: v.sections.map((s) => (s.title === '家访情况' ? { ...s, keys: [...s.keys, 'transport' as const] } : s)),
    register: { ...v.register!, keys: [...v.register!.keys!, 'transport' as const] },
    paper: { ...v.paper, rows: [...v.paper.rows, { height: 30, cells: [{ t: '交通方式', label: true }, { t: '{transport}', colSpan: 5 }] }] },
  });
  return { ...original, visitRecord };
});

const entry = visitEntry({ transport: 'bus' });
const tools = ['pdftotext'].every((t) => {
  try {
    execFileSync('which', [t], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

describe('a field added to 3-1 in its definition alone', () => {
  it('is the registered 3-1 (the edit reaches every reader of the registry)', () => {
    expect(formById('3-1')).toBe(visitRecord);
    expect(visitRecord.fieldByKey.get('transport')?.label).toBe('交通方式');
  });

  it('is evaluated: required, checked against its options, printed by its label', () => {
    const without = evaluate(visitRecord, { ...entry.data, transport: '' }, NO_SOURCES);
    expect(without.status).toBe('draft');
    expect(without.fields.transport!.issues.map((i) => i.source)).toEqual(['required']);
    expect(evaluate(visitRecord, { ...entry.data, transport: 'car' }, NO_SOURCES).status).toBe('draft');
    const done = evaluate(visitRecord, entry.data, NO_SOURCES);
    expect(done.status).toBe('complete');
    expect(done.fields.transport!.text).toBe('公交车');
  });

  it('appears in the editor, in its section, with its label and options', async () => {
    useDb(new AppDB('one-edit'));
    const root = document.createElement('div');
    document.body.append(root);
    const saved = await saveEntry(entry);
    await act(() => render(h(EntryEditor, { form: visitRecord, initial: saved }), root));
    for (let i = 0; i < 200 && !root.querySelector('#f-transport'); i++) await act(() => new Promise((ok) => setTimeout(ok, 10)));
    const input = root.querySelector<HTMLSelectElement>('#f-transport')!;
    expect(input).not.toBeNull();
    expect(input.closest('section')!.querySelector('h2')?.textContent).toBe('家访情况');
    expect(root.querySelector('label[for="f-transport"]')?.textContent).toContain('交通方式');
    expect([...input.options].map((o) => o.textContent)).toEqual(expect.arrayContaining(['步行', '公交车']));
    expect(input.value).toBe('bus');
    await act(() => render(null, root));
    root.remove();
  });

  it('is printed in the Excel file and its 表册, and read back from the data sheet', async () => {
    const bytes = await formWorkbook(visitRecord, [entry], settings);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const texts: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value ?? ''))));
    expect(texts).toEqual(expect.arrayContaining(['交通方式', '公交车']));
    const back = parseEntry(readOwnWorkbook(bytes).rows[0]);
    expect(back.data.transport).toBe('bus');
    expect(back.data).toEqual(entry.data);

    const register = await registerWorkbook(visitRecord, [entry], settings, { dataSheet: true, notes: true });
    const rwb = new ExcelJS.Workbook();
    await rwb.xlsx.load(register.buffer as ArrayBuffer);
    const cells: string[] = [];
    rwb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? ''))));
    expect(cells).toEqual(expect.arrayContaining(['交通方式', '公交车']));
    expect(parseEntry(readOwnWorkbook(register).rows[0]).data.transport).toBe('bus');
  });

  it('is in the print view', () => {
    const root = document.createElement('div');
    render(h(PrintView, { form: visitRecord, values: entry.data, back: '#' }), root);
    const tds = [...root.querySelectorAll('.p-grid td')].map((td) => td.textContent);
    expect(tds).toEqual(expect.arrayContaining(['交通方式', '公交车']));
  });

  it('travels through the backup', () => {
    const read = readBackup(makeBackup([entry], settings, {}, new Date(entry.updatedAt)), 'backup.json');
    if ('error' in read) throw new Error(read.error);
    expect(parseEntry(read.incoming[0]!.raw).data.transport).toBe('bus');
  });

  describe.skipIf(!tools)('the PDF', () => {
    let font: Uint8Array;
    beforeAll(() => {
      font = subsetFont();
    }, 120_000);
    it('prints its label and its value as text', () => {
      const file = join(mkdtempSync(join(tmpdir(), 'one-edit-')), '3-1.pdf');
      writeFileSync(file, formPdf(visitRecord, [entry], settings, font));
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain('交通方式公交车');
    });
  });

  it('is a key the compiler knows: a misspelt one in a template does not compile', () => {
    // Compiled against the 3-1 definition as written in its module (the mock is not seen by the
    // compiler): `{studnet}` for `{student}` is a type error, caught by `tsc --noEmit`.
    const misspelt = defineForm({
      ...visitRecord,
      paper: {
        ...visitRecord.paper,
        // @ts-expect-error `{studnet}` is no key of 3-1
        rows: [{ cells: [{ t: '受访学生：{studnet}' }] }],
      },
    });
    // What the type check prevents: at run time a misspelt placeholder is silently empty.
    expect(misspelt.fill(misspelt.paper.rows[0]!.cells[0]!.t, entry.data)).toBe('受访学生：');
    expect(visitRecord.fill('受访学生：{student}，{transport}', entry.data)).toBe('受访学生：李㛃，公交车');
  });
});
