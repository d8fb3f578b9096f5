import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { producedLine } from '../../src/forms/archive';
import { evidenceRecord } from '../../src/forms/evidence';
import { evaluate } from '../../src/forms/kit/evaluate';
import { townTable } from '../../src/forms/town-table';
import { schoolStats } from '../../src/forms/school-stats';
import { schoolingReport } from '../../src/forms/schooling-report';
import { deriveContext } from '../../src/storage/context';
import { AppDB, useDb } from '../../src/storage/db';
import { getEntry, listEntries } from '../../src/storage/entries';
import { newEntry } from '../../src/storage/entry-parse';
import { saveEntry } from '../../src/storage/entry-write';
import { loadSettings, saveSettings } from '../../src/storage/settings';
import { formSummary } from '../../src/storage/summary';
import { idFor } from '../forms/roster-reports-fixture';
import { MemoryStorage } from './memory-storage';
import { formWorkbook } from '../../src/render/xlsx';
import { readOwnWorkbook } from '../../src/io/read-workbook';

let n = 0;
beforeEach(async () => {
  useDb(new AppDB(`agree-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
  await saveSettings({ ...(await loadSettings()), unit: '城关中学', town: '城关镇', year: 2021 });
});

const child = (name: string, birth: string, status: string, serial = 1) =>
  saveEntry(newEntry('roster', { name, idNumber: idFor(birth, serial), village: '东街村', status }));

/** What the editor shows: evaluate with the derive context it builds (storage/context.ts). */
const editorStatus = async (data: Record<string, unknown>) =>
  evaluate(schoolingReport, data as never, await deriveContext(schoolingReport)).status;

describe('a status shown anywhere is the status stored', () => {
  it('an empty 附件1-1 with a roster: editor, storage and home page all say 完成', async () => {
    await child('甲', '2014-01-01', '县域内实际就读');
    await child('乙', '2012-01-01', '县域外就读', 2);
    // Typed into and emptied again: stored with nothing of its own, every number computed.
    const saved = await saveEntry(newEntry('1-1', {}));
    const editor = await editorStatus(saved.data);
    expect(editor).toBe('complete');
    expect(saved.status).toBe(editor);
    expect((await getEntry(saved.id))!.status).toBe(editor);
    expect((await listEntries('1-1'))[0]!.status).toBe(editor);
    expect((await formSummary(schoolingReport)).status).toBe(editor);
    // The file's data sheet records the same, even for the copy a fresh editor holds.
    const file = await formWorkbook(schoolingReport, [{ ...saved, status: 'draft' }], await loadSettings(), await deriveContext(schoolingReport));
    expect((readOwnWorkbook(file.buffer as ArrayBuffer).rows[0] as { status: string }).status).toBe(editor);
  });

  it('before it is ever stored, the home page says what the editor would show', async () => {
    await child('甲', '2014-01-01', '县域内实际就读');
    expect((await formSummary(schoolingReport)).status).toBe('complete');
    expect(await editorStatus(newEntry('1-1', {}).data)).toBe('complete');
  });

  it('when the roster changes, what storage reads of the report follows, as the editor does', async () => {
    await child('甲', '2014-01-01', '县域内实际就读');
    const saved = await saveEntry(newEntry('1-1', {}));
    expect(saved.status).toBe('complete');
    // A child without a 就学状态: 共计 counts them, the 11 counts do not.
    await child('丙', '2013-01-01', '', 3);
    const editor = await editorStatus(saved.data);
    expect(editor).toBe('draft');
    expect((await getEntry(saved.id))!.status).toBe(editor);
    expect((await listEntries('1-1'))[0]!.status).toBe(editor);
    expect((await formSummary(schoolingReport)).status).toBe(editor);
    // Confirmed by the user: complete everywhere, and the confirmation is stored.
    const ok = await saveEntry({ ...saved, data: { ...saved.data, sumConfirmed: true } });
    expect(ok.status).toBe('complete');
    expect((await getEntry(saved.id))!.data.sumConfirmed).toBe(true);
    expect((await formSummary(schoolingReport)).status).toBe('complete');
  });

  it('a 3-2 whose computed count exceeds its base is a draft when stored, as the editor shows it', async () => {
    const visit = {
      unit: '城关中学', date: '2021-10-25', teacher: '王老师', className: '七年级（1）班', parent: '张建国',
      phone1: '13912345678', address: '东街12号', time: '15:00', mode: 'face', family: 'a', personal: 'b',
      points: 'c', effect: 'd', recorder: '王老师',
    };
    for (const student of ['甲', '乙', '丙']) await saveEntry(newEntry('3-1', { ...visit, student }));
    const saved = await saveEntry(newEntry('3-2', { unit: '城关中学', date: '2021-11-10', staffTotal: 5, studentTotal: 2 }));
    const editor = evaluate(schoolStats, saved.data, await deriveContext(schoolStats)).status;
    expect(editor).toBe('draft');
    expect(saved.status).toBe(editor);
    expect((await listEntries('3-2'))[0]!.status).toBe(editor);
    expect((await formSummary(schoolStats)).status).toBe(editor);
    // A record deleted elsewhere brings the count back under the base: read again, it is 完成.
    const [first] = await listEntries('3-1');
    await saveEntry({ ...first!, data: { ...first!.data, student: '' } });
    expect((await getEntry(saved.id))!.status).toBe('complete');
    expect((await formSummary(schoolStats)).status).toBe('complete');
  });

  it('an empty 附件1-1 without a roster is a draft everywhere', async () => {
    const saved = await saveEntry(newEntry('1-1', {}));
    expect(saved.status).toBe('draft');
    expect(await editorStatus(saved.data)).toBe('draft');
    expect((await formSummary(schoolingReport)).status).toBe('draft');
  });
});

describe('附件2-2 says of 1-1, 1-2 and 2-1 what their pages say', () => {
  it('a computed report never stored is not 本应用中尚未填写 when its page shows 完成', async () => {
    await child('甲', '2014-01-01', '县域内实际就读');
    await child('乙', '2012-01-01', '县域外就读', 2);
    const s11 = await formSummary(schoolingReport);
    expect(s11.count).toBe(0);
    expect(await editorStatus(newEntry('1-1', {}).data)).toBe('complete');
    expect(producedLine(schoolingReport, s11)).toBe('本应用中：完成（共计 2 人，11项合计一致）');
    expect(producedLine(townTable, await formSummary(townTable))).toMatch(/^本应用中：(完成|草稿)/);
    expect(producedLine(evidenceRecord, await formSummary(evidenceRecord))).toMatch(/^本应用中：需佐证 1 人/);
  });

  it('a list form without entries, or a report never begun, is 本应用中尚未填写', async () => {
    expect(producedLine(schoolingReport, await formSummary(schoolingReport))).toBe('本应用中尚未填写');
    expect(producedLine({}, { count: 0, progress: '' })).toBe('本应用中尚未填写');
    expect(producedLine({}, { count: 3, progress: '' })).toBe('本应用中已有 3 份');
  });
});
