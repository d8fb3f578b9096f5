// The county summary PDF prints every school and the 合计 with shares from the sums.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarise } from '../../src/calc/county';
import { COUNTY_3_2 } from '../../src/calc/county-annexes';
import { formatPercent } from '../../src/calc/percent';
import { readSchoolReport } from '../../src/io/read-school-report';
import { countyPdf, countyTable } from '../../src/render/pdf/county-pdf';
import { defaultSettings } from '../../src/settings/schema';
import { genSchools } from '../../scripts/gen-schools.mjs';
import { subsetFont } from './font';

let font: Uint8Array;
beforeAll(() => {
  font = subsetFont();
}, 120_000);

describe('countyPdf', () => {
  it('has a row per school and a 合计 row', async () => {
    const files = await genSchools(3);
    const s = summarise(COUNTY_3_2, files.map((f) => ({ name: f.name, read: readSchoolReport(new Uint8Array(f.buffer)) })), 2021);
    const t = countyTable(s, '汇总表', '蒲城县教育局');
    const rows = t.groups[0].rows;
    expect(rows.map((r) => r[0])).toEqual([...files.map((f) => f.spec.unit), '合计']);
    expect(rows[3][4]).toBe(String(s.totals.studentTotal));
    expect(rows[3][6]).toBe(formatPercent(s.totals.studentShare ?? null));
    const pdf = countyPdf(s, '汇总表', defaultSettings(), font);
    const file = join(mkdtempSync(join(tmpdir(), 'county-')), 'c.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('合计');
    expect(text).toContain(String(s.totals.studentTotal));
  });
});
