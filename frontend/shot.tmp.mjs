// dev-only: node shot.tmp.mjs URL OUT.png WIDTH [waitSelector]
import { chromium } from 'playwright-core';
const [url, out, width, sel] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const w = Number(width || 1366);
const ctx = await browser.newContext(w < 600 ? { viewport: { width: w, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'zh-CN' } : { viewport: { width: w, height: 900 }, locale: 'zh-CN' });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
const t0 = Date.now();
await page.goto(url, { waitUntil: 'domcontentloaded' });
await page.waitForSelector('main[data-ready="true"]', { timeout: 30000 });
console.log('ready in', Date.now() - t0, 'ms');
if (sel) await page.waitForSelector(sel, { timeout: 15000 });
if (process.env.CLICK) { for (const c of process.env.CLICK.split('||')) await page.click(c); }
if (process.env.SCROLL) await page.locator(process.env.SCROLL).first().scrollIntoViewIfNeeded();
if (process.env.EL) await page.locator(process.env.EL).first().screenshot({ path: out }); else await page.screenshot({ path: out, fullPage: process.env.FULL !== '0' });
await browser.close();
