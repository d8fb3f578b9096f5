// The bureau drops many schools' 附件3-2 files at once on a phone and gets the county 汇总.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { read, utils } from '@e965/xlsx';
import { genSchools, schoolFile, schoolSpec } from '../../scripts/gen-schools.mjs';
import { openpyxlRows } from './openpyxl';
import { test, expect, hydrated, noHorizontalScroll, save, townAndYear, waitForOffline } from './site';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Spec = ReturnType<typeof schoolSpec>;
const COUNTS = ['staffTotal', 'staffVisited', 'studentTotal', 'studentsVisited', 'face', 'phone', 'sms', 'online', 'suggestions'] as const;

test('120 schools dropped at once: states, totals from hand sums, 未报, and the county .xlsx', async ({ page, site }) => {
  test.setTimeout(120_000);
  await townAndYear(page, site.url); // the files are for 2021
  const N = 120; // as many as a county sends
  const schools = await genSchools(N);
  const later = schoolSpec(5, { updatedAt: schoolSpec(5).updatedAt + 60_000, studentsVisited: schoolSpec(5).studentsVisited + 50 });
  const files = [
    ...schools.map((s) => ({ name: s.name, mimeType: XLSX, buffer: s.buffer })),
    { name: '第5学校_更正.xlsx', mimeType: XLSX, buffer: await schoolFile(later) },
    { name: '第1学校_再发一次.xlsx', mimeType: XLSX, buffer: schools[0].buffer },
    { name: `第${N + 1}学校.xlsx`, mimeType: XLSX, buffer: await schoolFile(schoolSpec(N + 1), { badShare: true }) },
  ];
  // What the county should add up to, by hand: school 5's later file replaces its first one.
  const counted: Spec[] = schools.map((s) => (s.spec.unit === later.unit ? later : s.spec));
  const hand = (k: keyof Spec) => counted.reduce((a, s) => a + (s[k] as number), 0);
  const visits = hand('face') + hand('phone') + hand('sms') + hand('online') + hand('letters');

  await page.goto(`${site.url}/bureau/`);
  await hydrated(page);
  await expect(page.getByRole('heading', { name: '汇总', level: 1 })).toBeVisible();
  await page.getByLabel('应报学校名单').fill(Array.from({ length: N + 2 }, (_, i) => `蒲城县第${i + 1}学校`).join('\n'));
  await page.getByRole('button', { name: '保存名单' }).click();
  await expect(page.getByText(`已保存 ${N + 2} 所学校。`)).toBeVisible();

  await page.locator('#bureau-files').setInputFiles(files);
  await expect(page.getByText(`共 ${N + 3} 个文件：已收 ${N}，有问题 1，重复 1，已被新文件替换 1。`)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('region', { name: '有问题' })).toContainText(`蒲城县第${N + 1}学校`);
  await expect(page.getByRole('region', { name: '有问题' })).toContainText('按人数应为');
  await expect(page.getByRole('region', { name: '重复' })).toContainText('第1学校_再发一次.xlsx');
  await expect(page.getByRole('region', { name: '已被新文件替换' })).toContainText('已由较新的“第5学校_更正.xlsx”替换');

  const table = page.getByRole('table', { name: '附件3-2各校情况' });
  await expect(table.locator('tbody tr')).toHaveCount(N);
  const totals = page.getByRole('table', { name: '附件3-2全县合计' });
  for (const k of COUNTS) await expect(totals.locator(`td[data-key="${k}"]`)).toHaveText(String(hand(k)));
  await expect(totals.locator('td[data-key="visits"]')).toHaveText(String(visits));
  const share = ((hand('studentsVisited') * 100) / hand('studentTotal')).toFixed(1);
  await expect(totals.locator('td[data-key="studentShare"]')).toHaveText(share);

  // Sorting by 学生总数 descending puts the biggest school first.
  const header = table.getByRole('button', { name: /^学生总数/ });
  await header.click();
  await header.click();
  const biggest = [...counted].sort((a, b) => b.studentTotal - a.studentTotal)[0];
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText(biggest.unit);

  const missing = page.getByRole('region', { name: '附件3-2未报' });
  await expect(missing).toContainText(`蒲城县第${N + 1}学校 · 已收到文件但有问题，未计入`);
  await expect(missing).toContainText(`蒲城县第${N + 2}学校 · 未报`);
  await expect(missing).toContainText('已过截止日期'); // 2021-11-15 has passed
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.getByRole('heading', { name: '文件情况' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('bureau-files.png') });
  await page.getByRole('heading', { name: '附件3-2 全县合计' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('bureau-totals.png') });
  await page.getByRole('heading', { name: '各校情况' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('bureau-schools.png') });
  await missing.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('bureau-missing.png') });

  const exported = await save(page, '导出汇总 Excel');
  const wb = read(readFileSync(exported.path), { cellFormula: true });
  expect(wb.SheetNames).toEqual(['附件3-2汇总']);
  const ws = wb.Sheets[wb.SheetNames[0]];
  const rows = utils.sheet_to_json<unknown[]>(ws, { header: 1 });
  const head = rows[1] as string[];
  const body = rows.slice(2, N + 2);
  expect(body.map((r) => r[0]).sort()).toEqual(counted.map((s) => s.unit).sort());
  const total = rows[N + 2];
  expect(total[0]).toBe('合计');
  expect(total[head.indexOf('学生总数')]).toBe(hand('studentTotal'));
  expect(total[head.indexOf('被家访的学生数')]).toBe(hand('studentsVisited'));
  expect(total[head.indexOf('家访记录总数')]).toBe(visits);
  expect(total[head.indexOf('被家访的学生占学生总数的比例（%）')]).toBe(Number(share));
  expect(ws[utils.encode_cell({ r: N + 2, c: head.indexOf('学生总数') })].f).toBe(`SUM(E3:E${N + 2})`);
  // Read by another tool, the 合计 formulas carry the same numbers.
  const py = openpyxlRows(exported.path)['附件3-2汇总'];
  expect(py[N + 2][0]).toBe('合计');
  expect(py[N + 2][head.indexOf('学生总数')]).toBe(hand('studentTotal'));
  expect(py[N + 2][head.indexOf('家访记录总数')]).toBe(visits);
  expect(py[N + 2][head.indexOf('被家访的学生占学生总数的比例（%）')]).toBe(Number(share));

  const pdf = await save(page, '导出附件3-2汇总 PDF');
  const printed = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(printed).toContain('合计');
  expect(printed).toContain(String(hand('studentTotal')));

  // The list of expected schools stays on the device.
  await page.reload();
  await expect(page.getByLabel('应报学校名单')).toHaveValue(new RegExp(`蒲城县第${N + 2}学校`));
});

test('files dragged onto the page are read, and a file that is not a 3-2 export says why', async ({ page, site }) => {
  await townAndYear(page, site.url);
  await page.goto(`${site.url}/bureau/`);
  await hydrated(page);
  const [one] = await genSchools(1);
  const payload = [
    { name: one.name, bytes: [...one.buffer] },
    { name: '随便.xlsx', bytes: [...Buffer.from('not a workbook')] },
  ];
  const dt = await page.evaluateHandle((files) => {
    const t = new DataTransfer();
    for (const f of files) t.items.add(new File([new Uint8Array(f.bytes)], f.name));
    return t;
  }, payload);
  await page.locator('.drop').dispatchEvent('drop', { dataTransfer: dt });
  await expect(page.getByText('共 2 个文件：已收 1，有问题 1，重复 0，已被新文件替换 0。')).toBeVisible();
  await expect(page.getByRole('region', { name: '有问题' })).toContainText('随便.xlsx：文件已损坏或不是 Excel 文件');
  await expect(page.getByRole('table', { name: '附件3-2全县合计' }).locator('td[data-key="studentTotal"]')).toHaveText(String(one.spec.studentTotal));
});

test('a whole folder of schools\' files can be chosen; other files in it are left alone', async ({ page, site }) => {
  await townAndYear(page, site.url);
  const dir = test.info().outputPath('收件');
  mkdirSync(dir, { recursive: true });
  const schools = await genSchools(3);
  for (const s of schools) writeFileSync(join(dir, s.name), s.buffer);
  writeFileSync(join(dir, '说明.txt'), '各校报表');
  await page.goto(`${site.url}/bureau/`);
  await hydrated(page);
  await page.locator('#bureau-folder').setInputFiles(dir);
  await expect(page.getByText('共 3 个文件：已收 3，有问题 0，重复 0，已被新文件替换 0。')).toBeVisible();
  await expect(page.getByRole('table', { name: '附件3-2各校情况' }).locator('tbody tr')).toHaveCount(3);
});

/** A report as a school's app exports it (src/io/export.ts), computed from a roster. */
async function reportFile(formId: '1-1' | '1-2', unit: string, data: Record<string, string | number | boolean>, updatedAt = 1_634_000_000_000) {
  const [{ formById }, { formWorkbook }, { defaultSettings }, { ROSTER, REF }] = await Promise.all([
    import('../../src/forms/registry'), import('../../src/render/xlsx'), import('../../src/settings/schema'),
    import('../forms/roster-reports-fixture'),
  ]);
  const form = formById(formId)!;
  const settings = { ...defaultSettings(), unit, year: 2021 };
  const entry = {
    id: crypto.randomUUID(), formId, formVersion: 1, createdAt: updatedAt, updatedAt, status: 'complete' as const,
    data: { ...form.emptyData(), ...data },
  };
  const ctx = { sources: { roster: ROSTER }, refDate: REF, settings: { unit, town: '', year: 2021 } };
  return Buffer.from(await formWorkbook(form, [entry], settings, ctx));
}

test('schools\' 附件1-1 and towns\' 附件1-2 dropped with 3-2: each annex summed on its own, a sheet each', async ({ page, site }) => {
  await townAndYear(page, site.url);
  const [one] = await genSchools(1);
  const { EXPECTED_11 } = await import('../forms/roster-reports-fixture');
  const files = [
    { name: one.name, mimeType: XLSX, buffer: one.buffer },
    { name: '一小_附件1-1.xlsx', mimeType: XLSX, buffer: await reportFile('1-1', '蒲城县第1学校', { area: '城关镇', sumConfirmed: true }) },
    { name: '二小_附件1-1.xlsx', mimeType: XLSX, buffer: await reportFile('1-1', '蒲城县第2学校', { area: '城关镇', total: 40, inCounty: 40, sumConfirmed: true }) },
    { name: '城关镇_附件1-2.xlsx', mimeType: XLSX, buffer: await reportFile('1-2', '城关镇中心校', { town: '城关镇', year: 2021 }) },
    { name: '东陈镇_附件1-2.xlsx', mimeType: XLSX, buffer: await reportFile('1-2', '东陈镇中心校', { town: '东陈镇', year: 2021 }) },
  ];
  await page.goto(`${site.url}/bureau/`);
  await hydrated(page);
  await page.getByLabel('应报学校名单').fill('蒲城县第1学校\n蒲城县第2学校\n蒲城县第3学校');
  await page.getByRole('button', { name: '保存名单' }).click();
  await page.locator('#bureau-files').setInputFiles(files);
  await expect(page.getByText('共 5 个文件：已收 5，有问题 0，重复 0，已被新文件替换 0。')).toBeVisible();

  // 附件1-1: two schools of one town, each under its own name although both say 辖区 城关镇.
  const t11 = page.getByRole('table', { name: '附件1-1全县合计' });
  await expect(t11.locator('td[data-key="total"]')).toHaveText(String(EXPECTED_11.total + 40));
  await expect(t11.locator('td[data-key="inCounty"]')).toHaveText(String(EXPECTED_11.inCounty + 40));
  await expect(page.getByRole('table', { name: '附件1-1各校情况' }).locator('tbody th')).toHaveText(['蒲城县第1学校', '蒲城县第2学校']);
  await expect(page.getByRole('region', { name: '附件1-1未报' })).toContainText('蒲城县第3学校 · 未报');
  // 附件1-2: a row per town; towns are not on the list of schools.
  const t12 = page.getByRole('table', { name: '附件1-2全县合计' });
  await expect(t12.locator('td[data-key="sumTotal"]')).toHaveText(String(2 * EXPECTED_11.total));
  await expect(page.getByRole('table', { name: '附件1-2各镇情况' }).locator('tbody th')).toHaveText(['城关镇', '东陈镇']);
  await expect(page.getByRole('region', { name: '附件1-2未报' })).toHaveCount(0);
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.screenshot({ path: test.info().outputPath('bureau-annexes.png'), fullPage: true });

  const exported = await save(page, '导出汇总 Excel');
  const wb = read(readFileSync(exported.path), { cellFormula: true });
  expect(wb.SheetNames).toEqual(['附件3-2汇总', '附件1-1汇总', '附件1-2汇总']);
  const rows = (name: string) => utils.sheet_to_json<unknown[]>(wb.Sheets[name], { header: 1 });
  const r11 = rows('附件1-1汇总');
  expect(r11[1][1]).toBe('共计');
  expect(r11[4]).toEqual(expect.arrayContaining(['合计', EXPECTED_11.total + 40]));
  const r12 = rows('附件1-2汇总');
  expect(r12[1][0]).toBe('镇（街道）');
  expect(r12[4][0]).toBe('合计');
  expect(r12[4][1]).toBe(2 * EXPECTED_11.total);
  const py = openpyxlRows(exported.path);
  expect(py['附件1-1汇总'][4].slice(0, 2)).toEqual(['合计', EXPECTED_11.total + 40]);
  expect(py['附件1-2汇总'][4].slice(0, 2)).toEqual(['合计', 2 * EXPECTED_11.total]);

  const pdf = await save(page, '导出附件1-2汇总 PDF');
  const printed = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(printed).toContain('东陈镇');
  expect(printed).toContain('6—15周岁儿童少年统计汇总表');
});

test('with no signal, the bureau still reads the schools\' files, sums them and exports the county .xlsx', async ({ page, site }) => {
  await townAndYear(page, site.url);
  await page.goto(`${site.url}/bureau/`);
  await waitForOffline(page);
  const schools = await genSchools(3);
  await site.close();
  await page.context().setOffline(true);
  await page.reload(); // the page itself now comes from the service worker
  await hydrated(page);
  await page.locator('#bureau-files').setInputFiles(schools.map((s) => ({ name: s.name, mimeType: XLSX, buffer: s.buffer })));
  await expect(page.getByText('共 3 个文件：已收 3，有问题 0，重复 0，已被新文件替换 0。')).toBeVisible();
  const total = schools.reduce((a, s) => a + s.spec.studentTotal, 0);
  await expect(page.getByRole('table', { name: '附件3-2全县合计' }).locator('td[data-key="studentTotal"]')).toHaveText(String(total));
  const exported = await save(page, '导出汇总 Excel');
  const py = openpyxlRows(exported.path)['附件3-2汇总'];
  const head = py[1] as string[];
  expect(py[5][0]).toBe('合计');
  expect(py[5][head.indexOf('学生总数')]).toBe(total);
});
