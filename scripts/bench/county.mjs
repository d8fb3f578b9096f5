// The bureau's 汇总 through the built site: 200 schools' 附件3-2 files dropped at once, until
// the page lists them all with the county totals.
import { genSchools } from '../gen-schools.mjs';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function countyBench(browser, siteUrl) {
  const files = (await genSchools(200)).map((f) => ({ name: f.name, mimeType: XLSX, buffer: f.buffer }));
  const page = await browser.newPage();
  await page.goto(`${siteUrl}/bureau/`);
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  const t0 = Date.now();
  await page.locator('#bureau-files').setInputFiles(files);
  await page.getByText(/^共 200 个文件：/).waitFor({ timeout: 600_000 });
  const ms = Date.now() - t0;
  await page.close();
  return { "200 schools' 3-2 files summarised (ms)": ms };
}
