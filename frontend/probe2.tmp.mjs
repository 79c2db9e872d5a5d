import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
await page.goto(process.argv[2]); await page.waitForSelector('.graph[data-ready="true"] canvas');
const z = () => page.locator('.graph').evaluate((el) => el.cytoscape.zoom());
console.log('zoom0', await z(), await page.evaluate(() => window.cytoscape?.version));
const area = await page.locator('.graph').boundingBox();
await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
await page.mouse.wheel(0, -300);
await page.waitForTimeout(500);
console.log('zoom1', await z());
for (let i = 0; i < 3; i++) { await page.mouse.wheel(0, -100); await page.waitForTimeout(200); }
console.log('zoom2', await z());
await browser.close();
