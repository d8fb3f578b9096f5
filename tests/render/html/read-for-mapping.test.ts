// The read → column-mapping step the three list imports share (roster, 入学再核查, 毕业生).
import { describe, expect, it } from 'vitest';
import type { SheetData } from '../../../src/io/roster-import/sheet';
import { readForMapping, type MappingState, type ReadingState } from '../../../src/render/html/roster/ColumnMapping';
import type { useParsing } from '../../../src/render/html/ReadingProgress';

const sheet = (headers: string[]): SheetData =>
  ({ headers, rows: [['张三', '610526200901011016']], headerRow: 1, firstRow: 2, sheetName: 'Sheet1' }) as SheetData;

/** A parsing worker that answers at once with `answer`. */
const parsing = (answer: unknown) =>
  ({ read: async () => answer, cancel() {} }) as unknown as ReturnType<typeof useParsing>;

async function run(answer: unknown, kept?: string) {
  const shown: (ReadingState | MappingState)[] = [];
  const went: MappingState[] = [];
  const failed: string[] = [];
  await readForMapping(parsing(answer), new File(['x'], '名单.xlsx'), {
    kept, show: (s) => shown.push(s), next: (m) => went.push(m), fail: (m) => failed.push(m),
  });
  return { shown, went, failed };
}

describe('readForMapping', () => {
  it('goes straight on when every column is recognised, with the mapping as read', async () => {
    const { shown, went, failed } = await run(sheet(['姓名', '身份证号码']));
    expect(shown.map((s) => s.kind)).toEqual(['reading']);
    expect(went).toHaveLength(1);
    expect(Object.values(went[0]!.mapping).sort()).toEqual(['idNumber', 'name']);
    expect(failed).toEqual([]);
  });

  it('asks about a column it does not recognise', async () => {
    const { shown, went } = await run(sheet(['姓名', '奇怪的列']));
    expect(shown.at(-1)).toMatchObject({ kind: 'mapping', name: '名单.xlsx', match: { unknown: [expect.objectContaining({ index: 1 })] } });
    expect(went).toEqual([]);
  });

  it('names the file and says what was kept when the file cannot be read or the reading fails', async () => {
    expect((await run({ error: '文件已损坏。' }, '原有名单未改动。')).failed).toEqual(['名单.xlsx：文件已损坏。原有名单未改动。']);
    const thrown = await run(Promise.reject(new Error('boom')), '台账未改动。');
    expect(thrown.failed).toHaveLength(1);
    expect(thrown.failed[0]).toMatch(/^名单\.xlsx：.+（台账未改动）$/);
  });

  it('does nothing more when the reading was cancelled', async () => {
    const { shown, went, failed } = await run(null);
    expect([shown.length, went.length, failed.length]).toEqual([1, 0, 0]);
  });
});
