import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/forms/kit/evaluate';
import { schoolingReport } from '../../src/forms/schooling-report';
import { deriveContext } from '../../src/storage/context';
import { AppDB, useDb } from '../../src/storage/db';
import { getEntry, listEntries, newEntry, saveEntry } from '../../src/storage/entries';
import { loadSettings, saveSettings } from '../../src/storage/settings';
import { formSummary } from '../../src/storage/summary';
import { idFor } from '../forms/roster-reports-fixture';
import { MemoryStorage } from './memory-storage';

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

  it('an empty 附件1-1 without a roster is a draft everywhere', async () => {
    const saved = await saveEntry(newEntry('1-1', {}));
    expect(saved.status).toBe('draft');
    expect(await editorStatus(saved.data)).toBe('draft');
    expect((await formSummary(schoolingReport)).status).toBe('draft');
  });
});
