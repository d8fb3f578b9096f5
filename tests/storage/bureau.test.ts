import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppDB, useDb } from '../../src/storage/db';
import { loadExpectedSchools, parseSchools, saveExpectedSchools } from '../../src/storage/bureau';
import { loadSettings, saveSettings } from '../../src/storage/settings';
import { defaultSettings } from '../../src/settings/schema';
import { MemoryStorage } from './memory-storage';

let n = 0;
beforeEach(() => {
  useDb(new AppDB(`bureau-${n++}`));
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe('expected schools', () => {
  it('are one per line, trimmed, without blanks or repeats', () => {
    expect(parseSchools(' 甲校 \n\n乙校\r\n甲校\n')).toEqual(['甲校', '乙校']);
  });

  it('are kept on the device beside the settings, which stay as they were', async () => {
    await saveSettings({ ...defaultSettings(), unit: '教育局' });
    expect(await loadExpectedSchools()).toEqual([]);
    await saveExpectedSchools(['甲校', '乙校']);
    expect(await loadExpectedSchools()).toEqual(['甲校', '乙校']);
    expect((await loadSettings()).unit).toBe('教育局');
  });
});
