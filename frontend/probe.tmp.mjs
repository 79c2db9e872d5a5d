import { chromium } from 'playwright-core';
const [url] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
await page.goto(url); await page.waitForSelector('.graph[data-ready="true"] canvas');
const r = await page.locator('.graph').evaluate((el) => {
  const cy = el.cytoscape;
  const opts = { includeNodes: false, includeEdges: false, includeMainLabels: false, includeSourceLabels: true, includeTargetLabels: false, includeOverlays: false };
  const labels = cy.edges().filter((e) => e.data('label')).map((e) => ({ id: e.data("label"), b: e.boundingBox(opts), e: [e.source().id().slice(-25), e.target().id().slice(-25), e.data("labelOffset"), e.data("labelShift"), e.data("detour")] }));
  const nodes = cy.nodes().map((n) => ({ id: n.id().slice(-30), b: n.boundingBox({ includeLabels: false, includeOverlays: false }) }));
  const hit = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  const out = [];
  labels.forEach((l, i) => { nodes.forEach((n) => { if (hit(l.b, n.b)) out.push(`label ${l.id} over node ${n.id}`); }); labels.slice(i + 1).forEach((m) => { if (hit(l.b, m.b)) out.push(`label ${l.id} over label ${m.id} ${JSON.stringify([l.b, m.b, l.e, m.e])}`); }); });
  return { n: labels.length, sample: labels[0]?.b, out };
});
console.log(JSON.stringify(r, null, 1));
await browser.close();
