import { describe, expect, it } from 'vitest';
import type { RowItem } from '../../src/forms/kit/field';
import { expandPaper, placeCells } from '../../src/forms/kit/paper';
import { townTable } from '../../src/forms/town-table';
import { townTitle } from '../../src/forms/town-table/derive';
import { REF, ROSTER } from './roster-reports-fixture';

const settings = { unit: '城关中学', town: '城关', year: 2021 };
const ctx = { sources: { roster: ROSTER, '1-1': [] }, refDate: REF, settings };
const ages = (row: RowItem) => Array.from({ length: 10 }, (_, i) => row[`age${i + 6}`]);

describe('附件1-2 from the roster', () => {
  const stored: RowItem[] = [
    { village: '西街村', school: '城关小学', principal: '王校长', total: 99 },
    { village: '北村', school: '北村小学' },
  ];
  const v = townTable.resolve({ villages: stored }, ctx);
  const rows = v.villages as RowItem[];

  it('has a row per village with the ten ages, merged with what was typed for it', () => {
    // Roster villages by Chinese collation, the blank village last, then typed-only villages.
    expect(rows.map((r) => r.village)).toEqual(['东街村', '西街村', '（未填写村委会）', '北村']);
    const east = rows.find((r) => r.village === '东街村')!;
    expect(ages(east)).toEqual([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect([east.total, east.relocated, east.disabled]).toEqual([2, 1, 0]);
    const west = rows.find((r) => r.village === '西街村')!;
    expect(ages(west)).toEqual([0, 0, 0, 0, 0, 0, 2, 0, 0, 1]);
    expect([west.total, west.relocated, west.disabled, west.school, west.principal]).toEqual([3, 0, 1, '城关小学', '王校长']);
    // A village typed in but not on the roster keeps its row, with no children.
    const north = rows.find((r) => r.village === '北村')!;
    expect([north.total, north.school]).toEqual([0, '北村小学']);
  });

  it('sums every numeric column into 合计, which agrees with 附件1-1', () => {
    expect(v.sumTotal).toBe(6);
    expect(v.sumAge6).toBe(1);
    expect(v.sumAge12).toBe(2);
    expect(v.sumAge15).toBe(1);
    expect([v.sumRelocated, v.sumDisabled]).toEqual([1, 1]);
    expect(v.total11).toBe(6);
    expect(townTable.warnings!(v)).toEqual([]);
    const typed11 = townTable.resolve({}, { ...ctx, sources: { ...ctx.sources, '1-1': [{ total: 8 }] } });
    expect(townTable.warnings!(typed11)).toEqual(['合计儿童人数（6）与附件1-1的共计（8）不一致，相差 -2 人，请核对。']);
  });

  it('titles the table with the town and year from settings', () => {
    expect(v.title).toBe('城关镇2021年6—15周岁儿童少年统计表');
    expect(townTitle('椿林镇')).toBe('椿林镇');
    expect(townTitle('东槐街道')).toBe('东槐街道');
    expect(townTable.resolve({ town: '罕井镇', year: 2022 }, ctx).title).toBe('罕井镇2022年6—15周岁儿童少年统计表');
  });

  it('computes the rows, not the typed values, when asked what the roster says', () => {
    const c = townTable.computed({ villages: stored }, ctx);
    expect((c.villages as RowItem[]).map((r) => r.village)).not.toContain('北村');
    expect(townTable.computed({}, { sources: { roster: [] }, refDate: REF }).villages).toBeNull();
  });

  it('lets a town without a roster type its rows, checking each row\'s sum live', () => {
    const none = { sources: { roster: [] }, refDate: REF, settings };
    const typed = townTable.resolve({
      villages: [
        { village: '东街村', total: 3, age6: 1, age7: 2 },
        { village: '西街村', total: 5, age10: 4 },
      ],
    }, none);
    expect(typed.sumTotal).toBe(8);
    expect(typed.sumAge10).toBe(4);
    expect(typed.total11).toBeNull();
    expect(townTable.warnings!(typed)).toEqual(['第2行（西街村）：儿童人数（5）与6至15周岁人数之和（4）不一致。']);
  });

  it('prints one paper row per village between the two-row header and 合计, totals marked for formulas', () => {
    const paper = expandPaper(townTable.paper, v);
    expect(paper.rows).toHaveLength(2 + rows.length + 1);
    const placed = placeCells(paper);
    const at = (r: number, c: number) => placed.find((p) => p.row === r && p.col === c)!;
    expect([at(0, 3).cell.t, at(0, 3).colSpan]).toEqual(['各年级段学生分布', 10]);
    expect([at(0, 0).cell.t, at(0, 0).rowSpan]).toEqual(['序号', 2]);
    expect(at(1, 3).cell.t).toBe('6\n周岁');
    expect(at(1, 12).cell.t).toBe('15\n周岁');
    expect(townTable.fill(at(2, 0).cell.t, v)).toBe('1');
    expect(townTable.fill(at(2, 1).cell.t, v)).toBe(rows[0]!.village);
    expect(townTable.fill(at(3, 2).cell.t, v)).toBe(String(rows[1]!.total));
    const total = at(2 + rows.length, 2);
    expect([townTable.fill(total.cell.t, v), total.cell.sumRows]).toEqual(['6', [2, 1 + rows.length]]);
    expect(townTable.paper.orientation).toBe('landscape');
  });

  it('prints one blank village row when there are none, for filling in by hand', () => {
    const paper = expandPaper(townTable.paper, townTable.emptyData());
    expect(paper.rows).toHaveLength(4);
    expect(paper.rows[2]!.cells.every((c) => c.t === '')).toBe(true);
  });

  it('keeps typed cells of the table in its stored shape and refuses a wrong cell', () => {
    expect(townTable.draftSchema.parse({ villages: [{ village: '东街村', total: 3, phone: '139' }] }))
      .toEqual({ villages: [{ village: '东街村', total: 3, phone: '139' }] });
    expect(() => townTable.draftSchema.parse({ villages: [{ village: ['x'] }] })).toThrow();
    expect(townTable.check({ villages: [{ village: '东街村', phone: '123' }] }).villages).toMatch(/^第1行“电话”：/);
    expect(townTable.check({ villages: [{ village: '东街村', age6: -1 }] }).villages).toMatch(/^第1行“6周岁”/);
  });
});
