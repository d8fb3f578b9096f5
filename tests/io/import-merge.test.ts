// Imports of the app's own files, end to end against a fake IndexedDB: read the files as
// /data/ does, plan, write what the plan says, and look at what storage holds afterwards.
import 'fake-indexeddb/auto';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { FORMS, formById } from '../../src/forms/registry';
import { roster } from '../../src/forms/roster';
import { makeBackup } from '../../src/io/backup';
import { planImport, tallyPlan, toWrite, type PlanOptions } from '../../src/io/merge';
import { readImportFiles } from '../../src/io/read-files';
import { formWorkbook, registerWorkbook } from '../../src/render/xlsx';
import { AppDB, useDb } from '../../src/storage/db';
import type { Entry } from '../../src/storage/entry';
import { getEntry } from '../../src/storage/entries';
import { newEntry } from '../../src/storage/entry-parse';
import { saveEntry } from '../../src/storage/entry-write';
import { knownEntries, putImported } from '../../src/storage/import-entries';
import { form, settings, visitEntry } from '../render/visit-entry';
import { MemoryStorage } from '../storage/memory-storage';


let n = 0;
beforeEach(() => {
  useDb(new AppDB(`import-merge-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

const Y2100 = Date.UTC(2100, 0, 1);
const xlsx = (bytes: Uint8Array, name = '表册.xlsx') => new File([bytes as BlobPart], name);
const json = (text: string, name = '备份.json') => new File([text], name);

/** What /data/ does: read, plan, and write what the plan says without any user choice. */
async function importFiles(files: File[], opts: Partial<PlanOptions> = {}) {
  const read = await readImportFiles(files);
  const plan = planImport(await knownEntries(), read.incoming, { now: Date.now(), ...opts });
  await putImported(toWrite(plan));
  return { read, plan };
}

async function editWorkbook(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const child = () =>
  newEntry('roster', { name: '张小明', idNumber: '610526201203150012', birth: '2012-03-15', sex: '男', status: '县域内实际就读', village: '东街村' });

describe('finding 1: a data row claiming another form', () => {
  it('is refused and named; the child it points at is not touched', async () => {
    const kid = await saveEntry(child());
    const file = await editWorkbook(await registerWorkbook(form, [visitEntry()], settings), (wb) => {
      const ws = wb.getWorksheet('数据')!;
      const head = ws.getRow(2).values as string[]; // 1-based
      const row: (string | number | null)[] = [kid.id, 'roster', 1, 1, Y2100, 'draft'];
      row[head.indexOf('address') - 1] = '被篡改的地址'; // a column 3-1 and the roster share
      ws.addRow(row);
    });
    const { plan } = await importFiles([xlsx(file)]);
    const bad = plan.find((p) => p.row === 4)!;
    expect(bad.action).toBe('rejected');
    expect(bad.reason).toBe('属于“花名册”，而本文件是“附件3-1 “教师大家访”活动记录表”，未导入。');
    expect((await getEntry(kid.id))?.data).toEqual(kid.data);
  });

  it('an old (format 1) workbook declares the form whose fields its header holds', async () => {
    const kid = await saveEntry(child());
    const file = await editWorkbook(await registerWorkbook(form, [visitEntry()], settings), (wb) => {
      const ws = wb.getWorksheet('数据')!;
      ws.getCell('B1').value = 1;
      ws.getCell('C1').value = '本表供本应用重新导入，请勿修改';
      ws.spliceColumns(ws.getRow(2).cellCount, 1); // no visible map before format 2
      ws.addRow([kid.id, 'roster', 1, 1, Y2100, 'draft']);
    });
    const { plan } = await importFiles([xlsx(file)]);
    expect(plan.map((p) => p.action)).toEqual(['new', 'rejected']);
    expect(plan[1].reason).toMatch(/^属于“花名册”/);
    expect(plan[0].notes).toContain('此文件由旧版本导出，无法核对表格中是否有改动。');
    expect((await getEntry(kid.id))?.data).toEqual(kid.data);
  });

  it('a header lacking some fields updates only the fields it holds', async () => {
    const kid = await saveEntry(child());
    const file = await editWorkbook(await registerWorkbook(roster, [kid], settings, { dataSheet: true, notes: true }), (wb) => {
      const ws = wb.getWorksheet('数据')!;
      const head = ws.getRow(2).values as string[];
      // Keep the envelope, 姓名 and 身份证号码; drop every other column.
      for (let c = head.length - 1; c >= 7; c--) if (!['name', 'idNumber'].includes(head[c])) ws.spliceColumns(c, 1);
      ws.getCell('G3').value = '张晓明';
      ws.getCell('E3').value = kid.updatedAt + 1000;
    });
    const { plan } = await importFiles([xlsx(file)], { now: kid.updatedAt + 2000 });
    expect(plan.map((p) => p.action)).toEqual(['updated']);
    const back = (await getEntry(kid.id))!;
    expect(back.data).toEqual({ ...kid.data, name: '张晓明' });
  });

  it('a column the form does not have is reported, not kept', async () => {
    const file = await editWorkbook(await registerWorkbook(form, [visitEntry()], settings), (wb) => {
      const ws = wb.getWorksheet('数据')!;
      ws.spliceColumns(7, 0, [null, 'idNumber', '610526201203150012']);
    });
    const { plan } = await importFiles([xlsx(file)]);
    expect(plan[0].notes).toContain('数据表中的“idNumber”列不属于“附件3-1 “教师大家访”活动记录表”，已忽略。');
    expect((await getEntry(visitEntry().id))?.data).not.toHaveProperty('idNumber');
  });
});

describe('finding 2: clocks and corrections', () => {
  it('a backup entry dated 2100 does not silently overwrite a record', async () => {
    const kid = await saveEntry(child());
    const forged = { ...kid, updatedAt: Y2100, data: { ...kid.data, name: '李四', status: '' } };
    const { plan } = await importFiles([json(makeBackup([forged], settings))]);
    expect(plan[0].action).toBe('conflict');
    expect(plan[0].notes).toContain('修改时间晚于本机时间（2100-01-01），按导入时间处理。');
    expect(plan[0].diffs).toEqual([
      { label: '姓名', local: '张小明', file: '李四' },
      { label: '就学状态', local: '县域内实际就读', file: '' },
    ]);
    expect((await getEntry(kid.id))?.data).toEqual(kid.data);
  });

  it('re-importing the same file after a local correction keeps the correction', async () => {
    const sent = { ...child(), updatedAt: Y2100 }; // a teacher's phone with a wrong clock
    const file = json(makeBackup([sent], settings));
    const first = await importFiles([file]);
    expect(first.plan[0].action).toBe('new');
    const stored = (await getEntry(sent.id))!;
    expect(stored.updatedAt).toBeLessThan(Y2100); // taken as the import time
    await saveEntry({ ...stored, data: { ...stored.data, name: '张晓明' } });

    const again = await importFiles([file]);
    expect(again.plan[0].action).toBe('unchanged');
    expect((await getEntry(sent.id))?.data.name).toBe('张晓明');
  });

  it('the agreed version survives a backup and its restore', async () => {
    const sent = child();
    const file = json(makeBackup([sent], settings));
    await importFiles([file]);
    const stored = (await getEntry(sent.id))!;
    await saveEntry({ ...stored, data: { ...stored.data, village: '西街村' } });
    // Restored on another PC, then the teacher's old file comes in again there.
    const backup = makeBackup([(await knownEntries()).get(sent.id)!], settings);
    useDb(new AppDB(`import-merge-${n++}`));
    await importFiles([json(backup, '全部.json')]);
    const again = await importFiles([file]);
    expect(again.plan[0].action).toBe('unchanged');
    expect((await getEntry(sent.id))?.data.village).toBe('西街村');
  });
});

describe('finding 4: edits on the visible sheet', () => {
  const renamed = (bytes: Uint8Array, from: string, to: string) =>
    editWorkbook(bytes, (wb) => {
      for (const ws of wb.worksheets.filter((w) => w.name !== '数据'))
        ws.eachRow((row) => row.eachCell((c) => { if (c.value === from) c.value = to; }));
    });

  it('a name corrected on a form sheet is listed, never 未变, and taken when chosen', async () => {
    const e = visitEntry();
    await putImported([e]);
    const file = xlsx(await renamed(await formWorkbook(form, [e], settings), '李㛃', '李洁'));
    const read = await readImportFiles([file]);
    const plan = planImport(await knownEntries(), read.incoming, { now: Date.now() });
    expect(plan[0].edits).toEqual([{ label: '受访学生姓名', hidden: '李㛃', shown: '李洁', take: { key: 'student', value: '李洁' } }]);
    expect(tallyPlan(plan)).toMatchObject({ unchanged: 0, edited: 1 });

    const taken = planImport(await knownEntries(), read.incoming, { now: Date.now(), takeVisible: new Set([0]) });
    expect(taken[0].action).toBe('updated');
    await putImported(toWrite(taken));
    expect((await getEntry(e.id))?.data.student).toBe('李洁');
  });

  it('reads the 家访表册 register too, and says which edits cannot be taken back', async () => {
    const e = visitEntry();
    const file = await editWorkbook(await registerWorkbook(form, [e], settings), (wb) => {
      const ws = wb.worksheets[0];
      const col = (label: string) => (ws.getRow(3).values as string[]).indexOf(label);
      ws.getRow(4).getCell(col('电话1')).value = '13800000000';
      ws.getRow(4).getCell(col('学生类别')).value = '留守儿童（含单亲子女）';
      ws.getRow(4).getCell(col('家访形式')).value = '电话';
      ws.getRow(4).getCell(col('日期')).value = '2021年10月26日';
    });
    const read = await readImportFiles([xlsx(file)]);
    const plan = planImport(new Map(), read.incoming, { now: Date.now() });
    expect(plan[0].edits?.map((x) => [x.label, x.shown, x.take?.value])).toEqual([
      ['日期', '2021年10月26日', '2021-10-26'],
      ['家访形式', '电话', 'phone'],
      ['学生类别', '留守儿童（含单亲子女）', undefined],
      ['电话1', '13800000000', '13800000000'],
    ]);
    const taken = planImport(new Map(), read.incoming, { now: Date.now(), takeVisible: new Set([0]) });
    expect(toWrite(taken)[0].data).toMatchObject({ date: '2021-10-26', phone1: '13800000000', mode: 'phone', groups: e.data.groups });
  });

  it('an unedited file of any form has no differences', async () => {
    const filled = (id: string) => {
      const f = formById(id)!;
      const text = f.fields.filter((x) => ['text', 'textarea'].includes(x.kind) && !x.derived).map((x) => [x.key, `${x.label}内容`]);
      return newEntry(id, Object.fromEntries(text));
    };
    for (const [f, e] of [[form, visitEntry()] as const, ...FORMS.map((f) => [f, filled(f.id)] as const)])
      for (const bytes of [await formWorkbook(f, [e], settings), await registerWorkbook(f, [e], settings, { dataSheet: true, notes: true })]) {
        const read = await readImportFiles([xlsx(bytes)]);
        const [row] = planImport(new Map(), read.incoming, { now: Date.now() });
        expect([row.action, row.edits], f.id).toEqual(['new', undefined]);
        expect(read.incoming[0].visible, f.id).toBeInstanceOf(Array);
      }
  });
});

describe('putImported', () => {
  it('refuses, writing nothing, when a target changed since the preview', async () => {
    const a = await saveEntry(newEntry('3-1', { student: '甲' }));
    const b = newEntry('3-1', { student: '乙' });
    const known = await knownEntries();
    await saveEntry({ ...a, data: { ...a.data, student: '甲（另一标签页）' } });
    const seen = new Map([a, b].map((e) => [e.id, known.has(e.id) ? { updatedAt: known.get(e.id)!.updatedAt } : null]));
    await expect(putImported([{ ...a, data: { ...a.data, student: '甲（文件）' } }, b], seen)).rejects.toThrow(/重新选择文件/);
    expect((await getEntry(a.id))?.data.student).toBe('甲（另一标签页）');
    expect(await getEntry(b.id)).toBeUndefined();
  });

  it('refuses when a target absent at the preview was written since (an import in another tab)', async () => {
    const b = newEntry('3-1', { student: '乙' });
    await saveEntry({ ...b, data: { ...b.data, student: '乙（另一标签页）' } });
    await expect(putImported([b], new Map([[b.id, null]]))).rejects.toThrow(/重新选择文件/);
    expect((await getEntry(b.id))?.data.student).toBe('乙（另一标签页）');
  });

  it('writes more entries than one chunk in one go, telling how far it is', async () => {
    const many: Entry[] = Array.from({ length: 12_000 }, (_, i) => ({ ...newEntry('roster', { name: `儿童${i}` }), base: 'x' }));
    const steps: [number, number][] = [];
    await putImported(many, new Map(many.map((e) => [e.id, null])), (done, total) => steps.push([done, total]));
    expect(steps).toEqual([[0, 12_000], [5000, 12_000], [10_000, 12_000]]);
    const known = await knownEntries();
    expect(known.size).toBe(12_000);
    expect(known.get(many[11_999].id)?.base).toBe('x');
  });
});
