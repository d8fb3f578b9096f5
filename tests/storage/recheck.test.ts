import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppDB, db, useDb } from '../../src/storage/db';
import { hujiList, recheckMarks, xuejiList } from '../../src/storage/recheck';

let n = 0;
beforeEach(() => useDb(new AppDB(`recheck-${++n}`)));

describe('入学再核查 lists on the device', () => {
  it('keeps the 户籍 and 学籍 lists apart and the marks with their notes', async () => {
    await hujiList.save([{ name: '张三', idNumber: '61052620100315123X', birth: '2010-03-15', row: 2 }]);
    await xuejiList.save([{ name: '李四', idNumber: '', school: '城关小学' }]);
    await recheckMarks.save([{ group: 'notInHuji', key: 'id:61052620100315123X', note: '已迁往西安', at: 1 }]);
    expect((await hujiList.load()).map((p) => p.name)).toEqual(['张三']);
    expect((await xuejiList.load()).map((p) => p.name)).toEqual(['李四']);
    expect(await recheckMarks.load()).toEqual([{ group: 'notInHuji', key: 'id:61052620100315123X', note: '已迁往西安', at: 1 }]);
  });

  it('a list that does not fit is refused and the stored one stays', async () => {
    await hujiList.save([{ name: '张三', idNumber: '' }]);
    await expect(hujiList.save([{ name: 'x'.repeat(20_001), idNumber: '' }])).rejects.toThrow();
    expect((await hujiList.load()).map((p) => p.name)).toEqual(['张三']);
    // A stored value that no longer parses reads as no list, never as a crash.
    await db().settings.put({ key: 'recheck-xueji', value: [{ name: 1 }] });
    expect(await xuejiList.load()).toEqual([]);
  });
});
