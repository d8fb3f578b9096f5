import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOXES } from '../../src/forms/archive';
import { catalogue } from './archive-data';
import { directoryPdf } from '../../src/render/pdf/directory';
import { labelsPdf } from '../../src/render/pdf/labels';
import { subsetFont } from '../render/font';

const dir = process.env.ARCHIVE_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'archive-pdf-'));
const save = (name: string, pdf: Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return file;
};
/** Text in drawing order (-raw): vertical spine text comes out one character per line. */
const text = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

const [b1, , b3] = BOXES;
const values = catalogue({ unit: '蒲城县城关镇第一初级中学', year: '2021-2022', semester: '上学期' }, [
  [b1, 0, { state: '齐全', count: 12, pages: 40, note: '含县局文件' }],
  [b1, 2, { state: '无' }],
  [b3, 3, { volume: 2 }], [b3, 4, { volume: 2, count: 87 }],
], [[b3, 2]]);

let font: Uint8Array;
beforeAll(() => {
  font = subsetFont();
}, 120_000);

describe.each([3, 4, 5, 6])('labels at a %i cm spine', (width) => {
  it('print every box’s spine, school, term and volume marks', () => {
    const file = save(`labels-${width}.pdf`, labelsPdf({ ...values, spineWidth: String(width) }, font));
    const t = text(file);
    for (const b of BOXES) expect(t).toContain(b.spine);
    for (const s of ['蒲城县城关镇第一初级中学', '学年上学期', '盒（一）', '盒（二）', '控辍保学规章制度']) expect(t).toContain(s);
    // 9 volumes: spines on pages by width, then fronts three to a page.
    const perPage = { 3: 5, 4: 4, 5: 3, 6: 3 }[width]!;
    expect(pages(file)).toBe(Math.ceil(9 / perPage) + 3);
  });
});

describe('盒内详细目录', () => {
  it('lists each volume’s items with their counts, pages and notes, and leaves out items marked 无', () => {
    const file = save('directory.pdf', directoryPdf(values, font));
    expect(pages(file)).toBe(9);
    // -raw keeps drawing order: cell by cell, a wrapped name stays whole before its numbers.
    const page = (n: number) => execFileSync('pdftotext', ['-raw', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const p1 = page(1);
    expect(p1).toMatch(/^盒内详细目录控辍保学Ⅰ类控辍保学规章制度学校：蒲城县城关镇第一初级中学2021-2022学年上学期序号资料名称份数页数备注/);
    expect(p1).toContain('1①上级下发及学校制定的有关控辍保学政策文件。1240含县局文件');
    expect(p1).toContain('2②学校控辍保学制度方案及“控辍保学”工作领导机构、成员分工。');
    expect(p1).not.toContain('③上、下学期');
    expect(p1).toMatch(/合计1240$/);
    const box3b = page(4);
    expect(box3b).toContain('控辍保学Ⅲ类盒（二）');
    expect(box3b).toContain('1④辖区内6-15周岁适龄儿童少年特殊情况分类花名册2⑤辖区内6-15周岁适龄儿童少年佐证资料。87');
    expect(box3b).toMatch(/合计87$/); // no 页数 typed: the total stays blank, not 0
  });
});
