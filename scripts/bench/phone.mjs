// A mid-range phone as the speed issue measures it: Chromium's CPU 4× slower, and where it
// says so Slow 4G (150 ms latency, 1.6 Mbps each way), both through CDP on one page.
export const PHONE = { viewport: { width: 360, height: 640 }, acceptDownloads: true };

/** Slows `page` down before it navigates; `slow4g` adds the network conditions. */
export async function throttle(page, { slow4g = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (slow4g) {
    await cdp.send('Network.enable');
    const bytes = (1.6 * 1e6) / 8;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: bytes, uploadThroughput: bytes });
  }
  return cdp;
}

/**
 * Installed before the page's own scripts: notes, in the page's clock (ms since navigation
 * start), the first `input` event whose field holds `mark`. The moment the typed character is
 * in the field's value, without a round trip to the bench.
 */
export function watchTyping(page, mark) {
  return page.addInitScript((m) => {
    window.__typedAt = undefined;
    document.addEventListener('input', (e) => {
      const v = e.target?.value;
      if (window.__typedAt === undefined && typeof v === 'string' && v.includes(m)) window.__typedAt = performance.now();
    }, true);
  }, mark);
}

export const typedAt = (page) => page.evaluate(() => window.__typedAt);
export const sinceNavigation = (page) => page.evaluate(() => performance.now());
export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
