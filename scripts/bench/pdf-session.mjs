// One PDF in a page session at 4× CPU: the first (the font already in Cache Storage from an
// earlier visit, but nothing parsed yet) and the warm ones after it (median of five).
export async function pdfSession(browser, url) {
  const context = await browser.newContext();
  try {
    const primer = await context.newPage();
    await primer.goto(`${url}/pdf.html`);
    await primer.evaluate(() => window.pdfBench.prime());
    await primer.close();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${url}/pdf.html`);
    await page.waitForFunction(() => window.pdfBench);
    const first = await page.evaluate(() => window.pdfBench.timed());
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push(await page.evaluate(() => window.pdfBench.timed()));
    warm.sort((a, b) => a - b);
    return {
      'one PDF, font cached, first in session, 4× CPU (ms)': first,
      'one PDF warm, 4× CPU (ms)': warm[2],
    };
  } finally {
    await context.close();
  }
}
