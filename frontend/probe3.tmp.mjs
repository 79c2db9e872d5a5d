import { chromium } from 'playwright-core';
const base = process.argv[2];
const paths = process.argv.slice(3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
for (const p of paths) {
  for (const round of [1, 2]) {
    const page = await ctx.newPage();
    const reqs = [];
    page.on('requestfinished', async (r) => { const t = r.timing(); reqs.push([r.url().replace(base, '').slice(0, 90), Math.round(t.responseEnd)]); });
    const t0 = Date.now();
    await page.goto(base + p, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('main[data-ready="true"]', { timeout: 60000 });
    const ms = Date.now() - t0;
    if (round === 2) { console.log(`${ms} ms  ${p.slice(0, 80)}`); for (const [u, d] of reqs.sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`     ${d} ${u}`); }
    await page.close();
  }
}
await browser.close();
