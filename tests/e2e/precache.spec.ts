import { test, expect, waitForOffline } from './site';

// What a first visit downloads for offline use: each page once, no code the app never runs, and
// not the PDF writer, which comes with the font.
test('the service worker keeps each page once, no jsPDF HTML/SVG add-on nor jsPDF; both URL styles open offline', async ({ page, site }) => {
  await page.goto(`${site.url}/`);
  await waitForOffline(page);
  const kept = await page.evaluate(async () => {
    const out: { path: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      if (!name.includes('precache')) continue;
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const path = new URL(req.url).pathname;
        out.push({ path, text: path.endsWith('.js') ? await (await cache.match(req))!.text() : '' });
      }
    }
    return out;
  });
  const paths = kept.map((k) => k.path);
  expect(paths).toContain('/forms/3-1/index.html');
  // A page kept as its folder URL too would be downloaded a second time.
  const folders = paths.filter((p) => p.endsWith('/'));
  expect(folders).toEqual([]);
  expect(paths.length).toBe(new Set(paths).size);
  // html2canvas, canvg (with core-js) and DOMPurify: jsPDF's add-ons for doc.html() and SVG.
  expect(paths.filter((p) => /html2canvas|purify|canvg/i.test(p))).toEqual([]);
  const addonCode = kept.filter((k) => /html2canvas-ignore|DOMPurify: USE_PROFILES|RGBColor/.test(k.text)).map((k) => k.path);
  expect(addonCode).toEqual([]);
  // jsPDF itself waits for the font (离线准备 or a first PDF): it is listed, not precached.
  expect(kept.filter((k) => /jsPDF\./.test(k.text)).map((k) => k.path)).toEqual([]);
  expect(paths).toContain('/pdf-writer.json');
  // The worker is built with the pages and shares their chunks: one copy of Dexie, not two.
  expect(kept.filter((k) => k.text.includes('MissingAPIError')).map((k) => k.path)).toHaveLength(1);

  await site.close();
  await page.context().setOffline(true);
  for (const path of ['/', '/index.html', '/forms/3-1/', '/forms/3-1/index.html', '/forms/3-1/?id=x', '/forms/roster/index.html']) {
    await page.goto(`${site.url}${path}`);
    await expect(page.locator('h1'), path).toBeVisible();
  }
  await expect(page.locator('h1')).toContainText('花名册');
  // A link to the roster's old address, shared before it moved, forwards offline too.
  await page.goto(`${site.url}/roster/?id=x#top`);
  await expect(page).toHaveURL(`${site.url}/forms/roster/?id=x#top`);
  await expect(page.locator('h1')).toHaveText('辖区内6-15周岁适龄儿童少年花名册');
});
