// End-to-end test of the explorer in Debian's Chromium, headless, driven by playwright-core.
//
//   node e2e/explorer.e2e.mjs BASE_URL [--screenshots DIR] [--require-fixtures] [--curator NAME:PASSWORD] [--only curation]
//
// Walks the journey a researcher takes (overview → document → a PDF's quotes on their pages → target → lineage graph → compare →
// SPARQL → 文号 resolver → search), asserts what a person would see, saves a screenshot of each
// page, then repeats the main pages on a phone-sized screen. --require-fixtures fails the run when
// the documents of e2e/fixtures/ are not in the store (ExplorerIT ingests them). Exits non-zero on
// any failure. With --curator (an account the service was started with), a curator then signs in,
// decides the first item of the review queue by one key press, corrects a target in place, and a
// reader who is not signed in sees it corrected, with its history.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { messageProblems } from './i18n.check.mjs';

// axe-core from npm (a dev dependency), injected into each page: no CDN, nothing fetched at run time.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const base = (args.find((a) => !a.startsWith('--')) || 'http://localhost:8080').replace(/\/$/, '');
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : null;
};
const screenshots = path.resolve(option('--screenshots') || path.join(here, '..', '..', 'target', 'screenshots'));
const requireFixtures = args.includes('--require-fixtures');
const curatorAccount = option('--curator');
const only = option('--only');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const SUZHOU_DOC = 'su-fu-ban/2022/140';
const JIANGSU_DOC = 'su-zheng-ban-fa/2022/21';
const FIXTURE_NUMBER = '测政办发〔2023〕7号';

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function step(name, fn) {
  const started = Date.now();
  try {
    const outcome = await fn();
    if (outcome === 'skipped') {
      skipped++;
      console.log(`skip - ${name}`);
    } else {
      passed++;
      console.log(`ok   - ${name} (${Date.now() - started} ms)`);
    }
  } catch (error) {
    failed++;
    console.log(`FAIL - ${name}\n       ${String(error.message).split('\n').join('\n       ')}`);
  }
}

/** Every request must stay on the service's own origin: the explorer fetches nothing from elsewhere. */
function watch(context, label) {
  const origin = new URL(base).origin;
  return context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`${label}: request outside the service: ${url}`);
    return route.abort();
  });
}

function watchPage(page, label) {
  page.on('pageerror', (error) => problems.push(`${label}: page error: ${error.message}`));
  page.on('console', (message) => {
    // A 404 is a page's answer to a missing resource; a 400 from the resolver is how text that is not a 文号 goes on to search.
    const expected = /status of 404/.test(message.text())
      || (/status of 400/.test(message.text()) && (message.location()?.url || '').includes('/api/resolve'))
      // A wrong password at sign-in is answered 401, and the page says so.
      || (/status of 401/.test(message.text()) && (message.location()?.url || '').endsWith('/api/session'));
    if (message.type() === 'error' && !expected) problems.push(`${label}: console error: ${message.text()}`);
  });
}

async function ready(page) {
  await page.waitForSelector('main[data-ready="true"]', { timeout: 30000 });
}

async function open(page, pathAndQuery) {
  await page.goto(base + pathAndQuery, { waitUntil: 'domcontentloaded' });
  await ready(page);
}

/**
 * axe-core (WCAG 2.1 A and AA rules) on the page as it is: any serious or critical violation fails the step, with
 * the rule, its help and where. Injected by the test driver, so the page's Content-Security-Policy still holds.
 */
async function accessible(page, label) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`
        + (v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''));
  });
  axeChecked.add(label);
  assert(violations.length === 0, `${label}: accessibility violations (axe-core):\n${violations.join('\n')}`);
}

const axeChecked = new Set();

async function shot(page, name) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  await accessible(page, name);
}

async function text(page, selector) {
  return (await page.locator(selector).first().textContent({ timeout: 15000 })) || '';
}

async function noSidewaysScroll(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert(overflow <= 1, `${label}: the page scrolls sideways by ${overflow}px on a ${page.viewportSize().width}px screen`);
}

/** How far a form or any of its fields reaches past the right edge of the column (card) it stands in, in pixels. */
async function overflowOfColumn(page, selector) {
  return page.locator(selector).first().evaluate((form) => {
    const column = (form.closest('.card') || form.parentElement).getBoundingClientRect();
    let worst = form.scrollWidth - form.clientWidth;
    for (const el of [form, ...form.querySelectorAll('input, select, button, label, p')]) worst = Math.max(worst, el.getBoundingClientRect().right - column.right);
    return Math.round(worst);
  });
}

async function apiJson(pathAndQuery) {
  const response = await fetch(base + pathAndQuery, { headers: { Accept: 'application/json' } });
  return { status: response.status, body: response.ok ? await response.json() : null };
}

/** Sends a curation form and waits for the service's answer: a correction stored (201), or the step fails with what it said. */
async function submitCorrection(page, form, what) {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/corrections') && r.request().method() === 'POST', { timeout: 90000 });
  await form.locator('button[type="submit"]').click();
  const answer = await answered;
  assert(answer.status() === 201, `${what} was not stored: ${answer.status()} ${await answer.text()}`);
  return answer;
}

async function desktop(browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  await watch(context, 'desktop');
  const page = await context.newPage();
  watchPage(page, 'desktop');
  // The base IRI of the data, in case the service mints IRIs under another host.
  const overview = (await apiJson('/api/overview')).body;
  const baseIri = overview?.baseIri || 'http://localhost:8080/';
  const iri = (slug, rest = '') => `${baseIri}id/doc/${slug}${rest}`;

  await step('overview shows counts, the timeline and the documents', async () => {
    await open(page, '/');
    assert((await text(page, 'h1')).includes('语料概览'), 'the overview heading is missing');
    const documents = Number(await text(page, '.count[data-count="documents"] .count-value'));
    assert(documents >= 5, `expected at least 5 ingested documents, saw ${documents}`);
    for (const key of ['measures', 'targets', 'citations', 'alignments']) {
      assert(Number(await text(page, `.count[data-count="${key}"] .count-value`)) > 0, `count of ${key} is zero`);
    }
    assert(await page.locator('svg.timeline circle').count() >= 10, 'the timeline has too few documents');
    assert(await page.locator('ol.latest li').count() >= 3, 'the latest-ingested list is short');
    assert(await page.locator(`table.documents a[href="/explore/doc/${SUZHOU_DOC}"]`).count() === 1, 'the Suzhou document is not listed');
    await shot(page, 'overview');
  });

  await step('overview filters by level, in the URL', async () => {
    await page.selectOption('.filters select >> nth=0', 'provincial');
    await page.waitForURL(/level=provincial/);
    await ready(page);
    const levels = await page.locator('table.documents tbody .badge.level').allTextContents();
    assert(levels.length > 0 && levels.every((l) => l === '省级'), `filtered levels: ${levels.join(',')}`);
  });

  await step('the timeline draws a date known only as "not before" a year as a range, not a dot on 1 January', async () => {
    await open(page, '/');
    const uncertain = overview.documents.filter((d) => !d.issued && d.earliestDate);
    assert(uncertain.length > 0, 'no document of the store is dated only by its 文号');
    const ranges = page.locator('svg.timeline a.not-before');
    assert(await ranges.count() === uncertain.length, `${await ranges.count()} ranges drawn for ${uncertain.length} documents dated "not before"`);
    const width = await ranges.first().locator('line.range').evaluate((line) => line.x2.baseVal.value - line.x1.baseVal.value);
    assert(width > 20, `the range is ${width}px wide`);
    assert((await text(page, '.card .muted.small')).includes('不早于'), 'the timeline does not explain its dashed arrows');
  });

  await step('overview → document: metadata, text by measure, highlights, links both ways', async () => {
    await open(page, '/');
    await page.click(`table.documents a[href="/explore/doc/${SUZHOU_DOC}"]`);
    await page.waitForURL(`**/explore/doc/${SUZHOU_DOC}`);
    await ready(page);
    assert((await text(page, 'h1')).includes('苏州市深入推进绿色认证'), 'document title missing');
    assert((await text(page, '.page-header .kicker')).includes('苏府办〔2022〕140号'), '文号 missing');
    const facts = await text(page, 'dl.facts');
    for (const expected of ['苏州市人民政府办公室', '2022-07-19', '市级', '苏州市']) assert(facts.includes(expected), `metadata lacks ${expected}`);
    assert(await page.locator('article.measure').count() >= 10, 'measures are not laid out');
    assert(await page.locator('mark.hl-target').count() >= 5, 'targets are not highlighted');
    assert(await page.locator('a.hl-agency').count() >= 5, 'agencies are not highlighted');
    assert(await page.locator('a.hl-cert').count() >= 3, 'certificate types are not highlighted');
    const cites = await text(page, '.doc-links [data-links="cites"]');
    assert(cites.includes('苏政办发〔2022〕21号') && cites.includes('国发〔2021〕4号'), 'citations missing');
    const rdf = await page.getAttribute('a.button.secondary', 'href');
    assert(rdf.startsWith('/data?iri=') && rdf.includes('format=ttl'), `RDF link: ${rdf}`);
    // The file it was read from is one click away, and is what was ingested.
    const source = await page.getAttribute('dl.facts a[download]', 'href');
    assert(source === `/api/documents/${SUZHOU_DOC}/source`, `source link: ${source}`);
    const original = await page.request.get(new URL(source, page.url()).href);
    assert(original.ok() && (await original.text()).includes('苏府办〔2022〕140号'), 'the source file is not served');
    await shot(page, 'document');
  });

  await step('a document read from a PDF shows the page of each quote and links to the file at that page; a text one does not', async () => {
    // ExplorerIT ingests one seed as the PDF it was printed to: found by its source file, not by name.
    const ingested = (await apiJson('/api/documents?inCorpus=true')).body || [];
    let pdf = null;
    for (const doc of ingested) {
      const detail = (await apiJson(`/api/documents/${doc.path}`)).body;
      if (detail?.sourceFile?.toLowerCase().endsWith('.pdf')) pdf = detail;
    }
    if (!pdf) {
      if (requireFixtures) throw new Error('no document in the store was read from a PDF');
      return 'skipped';
    }
    const slug = pdf.summary.path;
    const measures = pdf.sections.flatMap((section) => section.measures);
    assert(measures.length > 0 && measures.every((m) => Number.isInteger(m.page) && m.page >= 1),
      'the API gives no page for some measure of the PDF');
    const pages = measures.map((m) => m.page);
    assert(pages.every((p, i) => i === 0 || p >= pages[i - 1]) && pages.at(-1) > pages[0],
      `measure pages should rise through a document of several pages: ${pages.join(',')}`);
    assert(pdf.targets.length > 0 && pdf.targets.every((target) => Number.isInteger(target.page)), 'the API gives no page for some target');

    await open(page, `/explore/doc/${slug}`);
    const source = `/api/documents/${slug}/source`;
    const firstMeasure = page.locator('article.measure').first();
    const measureRef = firstMeasure.locator('h3 a.page-ref');
    assert((await measureRef.count()) === 1, 'the first measure shows no page');
    assert((await measureRef.textContent()).includes(String(measures[0].page)), `the first measure's page is not ${measures[0].page}`);
    assert((await measureRef.getAttribute('href')) === `${source}#page=${measures[0].page}`,
      `the measure's page link: ${await measureRef.getAttribute('href')}`);
    const counted = pdf.targets.filter((target) => target.value != null);
    const targetRefs = page.locator('table.targets a.page-ref');
    assert((await targetRefs.count()) === counted.length, `targets with a page link: ${await targetRefs.count()} of ${counted.length}`);
    assert((await targetRefs.first().getAttribute('href')) === `${source}#page=${counted[0].page}`, 'the first target links to another page');
    // The link opens the PDF itself, in the browser (inline), where #page=N is the viewer's page.
    const file = await page.request.get(new URL(source, page.url()).href);
    assert(file.ok() && file.headers()['content-type'].startsWith('application/pdf'), `the source is served as ${file.headers()['content-type']}`);
    assert((await file.body()).subarray(0, 5).toString() === '%PDF-', 'the source served is not the PDF');
    await shot(page, 'document-pdf');

    await open(page, `/explore/doc/${SUZHOU_DOC}`);
    assert(await page.locator('article.measure').count() > 0, 'the text document shows no measures');
    assert((await page.locator('a.page-ref').count()) === 0, 'a document read from text shows page numbers');
  });

  await step('a cited document lists what cites it (inverse links)', async () => {
    await open(page, '/explore/doc/guo-fa/2021/4');
    assert((await text(page, '.notice')).length > 0, 'a cited-only document should say so');
    const citedBy = await page.locator('.doc-links [data-links="citedBy"]').textContent();
    assert(citedBy.includes('苏府办〔2022〕140号'), 'the Suzhou document should be among those citing 国发〔2021〕4号');
    await shot(page, 'document-cited-only');
  });

  await step('document → target: the chain shows the Jiangsu value and the share', async () => {
    await open(page, `/explore/doc/${SUZHOU_DOC}`);
    await page.click('a.target-link[href$="target%2F7-1"]');
    await page.waitForURL('**/explore/target?iri=*');
    await ready(page);
    assert((await text(page, 'h1')).includes('环境管理体系认证证书达17500张'), 'target quote missing');
    const chain = await text(page, '.chain');
    assert(chain.includes('17,500') && chain.includes('苏州市'), `own value missing from the chain: ${chain}`);
    assert(chain.includes('50,000') && chain.includes('江苏省'), `the Jiangsu value is missing from the chain: ${chain}`);
    assert(chain.includes('0.35'), `the share 0.35 is missing: ${chain}`);
    assert(chain.includes('2025'), 'deadline missing');
    assert(await page.locator('svg.bar-chart rect').count() >= 3, 'the sibling chart has too few bars');
    assert((await text(page, 'table.siblings')).includes('连云港市'), 'the sibling city is missing');
    await shot(page, 'target');
  });

  await step('target → lineage graph: Jiangsu and the national document are nodes; a click opens a node', async () => {
    await page.click('a.button[href^="/explore/lineage"]');
    await page.waitForURL('**/explore/lineage?iri=*');
    await ready(page);
    await page.waitForSelector('.graph[data-ready="true"] canvas');
    const nodes = await text(page, 'table.graph-nodes');
    assert(nodes.includes('苏政办发〔2022〕21号'), 'the Jiangsu document is not a node');
    assert(nodes.includes('国发〔2021〕4号'), 'the national document 国发〔2021〕4号 is not a node');
    assert(nodes.includes('50000张'), 'the parent target is not a node');
    const edges = await text(page, 'table.graph-edges');
    assert(edges.includes('0.35'), 'the target link with its share is not listed');
    await shot(page, 'lineage-target');
    const position = await page.locator('.graph').evaluate((el, id) => {
      const node = el.cytoscape.getElementById(id);
      return node.empty() ? null : node.renderedPosition();
    }, iri(JIANGSU_DOC));
    assert(position, 'the Jiangsu node is not in the graph');
    const box = await page.locator('.graph').boundingBox();
    await page.mouse.click(box.x + position.x, box.y + position.y);
    await page.waitForURL(`**/explore/doc/${JIANGSU_DOC}`);
    await ready(page);
    // The Jiangsu page rolls its targets up: the cities' 17,500 and 1,000 of 50,000, as target-rollup.rq sums them at /sparql.
    const rollup = page.locator('details.rollup', { hasText: '环境管理体系认证证书' });
    const line = await rollup.locator(':scope > summary').innerText();
    assert(line.includes('18,500') && line.includes('37%'), `the roll-up's line: ${line}`);
    await rollup.locator(':scope > summary').click();
    const rows = await rollup.locator('table.rollup-children tbody tr').allInnerTexts();
    assert(rows.length === 2 && rows.some((r) => r.includes('苏州市') && r.includes('17,500') && r.includes('35%'))
      && rows.some((r) => r.includes('连云港市') && r.includes('1,000')), `the cities under 50,000: ${rows.join(' / ')}`);
    const query = (await apiJson('/api/queries')).body.find((q) => q.name === 'target-rollup').text;
    const answer = await (await fetch(`${base}/sparql`, { method: 'POST', body: new URLSearchParams({ query }),
      headers: { Accept: 'application/sparql-results+json' } })).json();
    const row = answer.results.bindings.find((b) => b.parent.value === iri(JIANGSU_DOC, '/target/7-1'));
    const remaining = Number(row.remaining.value).toLocaleString('en-US');
    assert((await rollup.locator('.rollup-summary').innerText()).includes(remaining), `the page and target-rollup.rq disagree on what is left (${remaining})`);
    const proof = rollup.locator('tr', { hasText: '苏州市' }).locator('details.evidence');
    await proof.locator('summary').click();
    const quotes = await proof.locator('blockquote.evidence-quote').allTextContents();
    assert(quotes.some((q) => q.includes('17500张')) && quotes.some((q) => q.includes('50000张')), `the roll-up's evidence: ${quotes.join(' / ')}`);
    await shot(page, 'document-rollup');
  });

  await step('document lineage reaches the national level and the Yangtze River Delta plan', async () => {
    await open(page, `/explore/lineage?iri=${encodeURIComponent(iri(SUZHOU_DOC))}`);
    await page.waitForSelector('.graph[data-ready="true"] canvas');
    const nodes = await text(page, 'table.graph-nodes');
    assert(nodes.includes('国发〔2021〕4号') && nodes.includes('苏政办发〔2022〕21号'), 'upstream documents missing');
    assert(nodes.includes('长三角绿色认证一体化发展实施方案'), 'the Delta plan is not reached');
    const levels = await page.locator('table.graph-nodes .badge.level').allTextContents();
    for (const level of ['国家级', '区域', '省级', '市级']) assert(levels.includes(level), `no ${level} node`);
    const legend = await text(page, '.graph-legend');
    for (const name of ['贯彻落实', '转发', '提及', '文本复用', '点名方案', '文本推断', '同一指标', '包含', '虚线框', '椭圆']) {
      assert(legend.includes(name), `the legend does not name ${name}: ${legend}`);
    }
    // No edge label covers a node or another label, as Cytoscape draws them.
    const clashes = await page.locator('.graph').evaluate((el) => {
      const cy = el.cytoscape;
      const only = { includeNodes: false, includeEdges: false, includeMainLabels: false, includeSourceLabels: true, includeTargetLabels: false, includeOverlays: false };
      const labels = cy.edges().filter((e) => e.data('label')).map((e) => ({ name: e.data('label'), box: e.boundingBox(only) }));
      const nodes = cy.nodes().map((n) => ({ name: n.id(), box: n.boundingBox({ includeLabels: false, includeOverlays: false }) }));
      const hit = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
      return labels.flatMap((l, i) => [...nodes, ...labels.slice(i + 1)].filter((o) => hit(l.box, o.box)).map((o) => `${l.name} over ${o.name}`));
    });
    assert(clashes.length === 0, `edge labels collide: ${clashes.join('; ')}`);
    await shot(page, 'lineage-document');
    // By keyboard: arrow keys go from node to node, each node's full title shown beside it.
    await page.focus('.graph');
    await page.keyboard.press('ArrowRight');
    const tip = await text(page, '.graph-tip:not([hidden])');
    const titles = await page.locator('table.graph-nodes a').allTextContents();
    assert(titles.includes(tip) && !tip.endsWith('…'), `the focused node's title: ${tip}`);
    // The wheel zooms by a step a person notices.
    const before = await page.locator('.graph').evaluate((el) => el.cytoscape.zoom());
    const area = await page.locator('.graph').boundingBox();
    await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
    await page.mouse.wheel(0, -100);
    await page.waitForFunction((z) => document.querySelector('.graph').cytoscape.zoom() > z * 1.15, before, { timeout: 3000 });
  });

  await step('measure → compare with its Jiangsu parent: passages highlighted on both sides, reuse coefficient', async () => {
    await open(page, `/explore/doc/${SUZHOU_DOC}`);
    await page.click('#m5 h3 a');
    await page.waitForURL('**/explore/measure?iri=*');
    await ready(page);
    const row = page.locator('table.alignments').first().locator('tr', { hasText: '苏政办发〔2022〕21号' });
    await row.locator('a.button').click();
    await page.waitForURL('**/explore/compare?child=*');
    await ready(page);
    const columns = page.locator('.compare-column');
    assert(await columns.count() === 2, 'expected two columns');
    const childMarks = await columns.nth(0).locator('mark.passage').count();
    const parentMarks = await columns.nth(1).locator('mark.passage').count();
    assert(childMarks >= 3 && parentMarks >= 3, `passages highlighted: child ${childMarks}, parent ${parentMarks}`);
    assert((await columns.nth(0).locator('mark.passage').first().textContent()).length > 3, 'an empty highlight');
    const reuse = await text(page, '.stat[data-stat="reuse"] .stat-value');
    assert(reuse === '0.77', `reuse coefficient shown: ${reuse}`);
    assert((await text(page, '.compare-column >> nth=1')).includes('苏政办发〔2022〕21号'), 'the parent column does not name the Jiangsu document');
    // Changed numbers are marked: each marked number of one side is one the other side's text does not state.
    for (const [mine, other] of [[0, 1], [1, 0]]) {
      const changed = await columns.nth(mine).locator('.compare-text mark.number-changed').allTextContents();
      const otherText = (await columns.nth(other).locator('.compare-text').textContent()).replace(/,/g, '');
      assert(changed.length >= 1, `no changed number is marked in column ${mine + 1}`);
      for (const number of changed) {
        assert(!new RegExp(`(^|\\D)${number.replace(/,/g, '').replace('.', '\\.')}(\\D|$)`).test(otherText), `${number} is marked as changed but the other side states it`);
      }
    }
    assert(!(await text(page, '.page-header')).includes('passages shared'), 'the English explanation shows on the Chinese page');
    // Sentence by sentence: the pair that changed 2000 into 200 marks each, deleted on the parent's side, inserted on the child's.
    const pair = page.locator('table.diff-table tr.changed', { hasText: '有机产品认证证书力争突破' });
    const deleted = await pair.locator('td').nth(0).locator('del mark.number-changed').allTextContents();
    const inserted = await pair.locator('td').nth(1).locator('ins mark.number-changed').allTextContents();
    assert(deleted.includes('2000') && inserted.includes('200'), `changed numbers in the pair: deleted ${deleted}, inserted ${inserted}`);
    assert(await page.locator('table.diff-table ins.diff-ins', { hasText: '全市绿色食品认证证书达' }).count() === 1, 'the words the city added are not marked');
    await shot(page, 'compare');
  });

  await step('compare two sibling cities under one Jiangsu measure', async () => {
    const parent = iri(JIANGSU_DOC, '/measure/5');
    await open(page, `/explore/measure?iri=${encodeURIComponent(iri(SUZHOU_DOC, '/measure/5'))}`);
    const row = page.locator('tr', { hasText: '连云港市' }).filter({ has: page.locator(`a[href*="${encodeURIComponent(parent)}"]`) });
    await row.locator('a.button').first().click();
    await page.waitForURL('**/explore/compare?a=*');
    await ready(page);
    const columns = page.locator('.compare.two .compare-column');
    assert(await columns.count() === 2, 'expected two sibling columns');
    assert((await columns.nth(1).textContent()).includes('连云港市'), 'the Lianyungang column is missing');
    assert(await columns.nth(0).locator('mark.passage').count() >= 3, 'Suzhou passages not highlighted');
    assert(await columns.nth(1).locator('mark.passage').count() >= 3, 'Lianyungang passages not highlighted');
    assert(await page.locator('.compare.one mark.passage.both').count() >= 1, 'no passage of the parent is marked as taken by both');
    const organic = await page.locator('table.sibling-targets tr', { hasText: '有机产品认证证书' }).innerText();
    assert(organic.includes('2,000') && organic.includes('200') && organic.includes('40'), `the targets side by side: ${organic}`);
    await shot(page, 'compare-siblings');
  });

  await step('agency and certificate-type pages list responsibilities and targets across levels', async () => {
    await open(page, `/explore/doc/${SUZHOU_DOC}`);
    await page.click('a.chip.agency[href*="market-regulation"]');
    await page.waitForURL('**/explore/agency?iri=*');
    await ready(page);
    assert((await text(page, 'h1')).includes('苏州市市场监督管理局'), 'agency name missing');
    assert(await page.locator('ul.mentions li').count() >= 5, 'too few responsibilities');
    await shot(page, 'agency');
    await open(page, `/explore/cert?iri=${encodeURIComponent('https://w3id.org/policy-lineage/def/cert-type/green-food')}`);
    assert((await text(page, 'h1')).includes('绿色食品认证'), 'certificate type name missing');
    const levels = await page.locator('.mention-group h3 .badge.level').allTextContents();
    assert(levels.includes('省级') && levels.includes('市级'), `levels listed: ${[...new Set(levels)].join(',')}`);
    await shot(page, 'cert');
  });

  await step('SPARQL editor runs a curated example against /sparql and shows rows', async () => {
    await open(page, '/explore/sparql');
    assert(await page.locator('button.example').count() >= 17, 'not every curated query is offered');
    await page.click('button.example[data-query="documents"]');
    await page.waitForSelector('.yasqe .CodeMirror');
    const query = await page.locator('.yasqe .CodeMirror').evaluate((el) => el.CodeMirror.getValue());
    assert(query.includes('pl:PolicyDocument'), 'the documents query is not in the editor');
    await page.click('.yasqe_queryButton');
    await page.waitForFunction(() => document.querySelectorAll('.yasr table tbody tr').length >= 5, null, { timeout: 30000 });
    const rows = await text(page, '.yasr table tbody');
    assert(rows.includes('苏府办〔2022〕140号'), 'the result rows lack the Suzhou document');
    // Each IRI of the results with its label beside it, read in one query once the answer is in.
    await page.waitForFunction(() => document.querySelectorAll('.yasr .iri-label + a.iri').length >= 5, null, { timeout: 15000 });
    // Each label in view in its cell, even where the table cuts the cell short: [IRI, label, shown].
    const labelled = await page.locator('.yasr .iri-label + a.iri').evaluateAll((links) => links.map((a) => {
      const label = a.previousElementSibling;
      const box = label.getBoundingClientRect();
      const cell = label.closest('td').getBoundingClientRect();
      return [a.getAttribute('href'), label.textContent, box.width > 10 && box.left < cell.right - 10];
    }));
    const suzhouLabel = labelled.find(([named]) => named === iri(SUZHOU_DOC));
    assert(suzhouLabel && suzhouLabel[1].includes('苏州') && suzhouLabel[2],
      `the Suzhou document's IRI has no label in view beside it: ${JSON.stringify(labelled.slice(0, 5))}`);
    await shot(page, 'sparql');
    // A curated query's parameters as a form: the Jiangsu target bound, one roll-up comes back.
    await page.click('button.example[data-query="target-rollup"]');
    const form = page.locator('form.query-params');
    assert(await form.locator('input[name="parent"]').count() === 1 && await form.locator('input[name="parentDoc"]').count() === 1,
      'the roll-up query\'s parameters are not offered');
    await form.locator('input[name="parent"]').fill(iri(JIANGSU_DOC, '/target/7-1'));
    await form.locator('button[type="submit"]').click();
    const bound = await page.locator('.yasqe .CodeMirror').evaluate((el) => el.CodeMirror.getValue());
    assert(bound.includes(`VALUES (?parent) { (<${iri(JIANGSU_DOC, '/target/7-1')}>) }`), `the parameter is not bound: ${bound.slice(0, 400)}`);
    await page.click('.yasqe_queryButton');
    await page.waitForFunction(() => document.querySelectorAll('.yasr table tbody tr').length === 1 && /31500/.test(document.querySelector('.yasr table tbody').textContent),
      null, { timeout: 30000 });
  });

  await step('文号 resolver: 苏政办发[2022]21 lands on the Jiangsu document', async () => {
    await open(page, '/');
    await page.fill('.site-search input', '苏政办发[2022]21');
    await page.press('.site-search input', 'Enter');
    await page.waitForURL(new RegExp(`/explore/doc/${JIANGSU_DOC}(\\?|$)`));
    await ready(page);
    assert((await text(page, '.page-header .kicker')).includes('苏政办发〔2022〕21号'), 'not the Jiangsu document');
    await shot(page, 'resolve');
    await open(page, `/explore/resolve?number=${encodeURIComponent('苏府[2030]9')}`);
    assert((await text(page, '.notice')).includes('苏府[2030]9'), 'an unknown number should say it was not found');
  });

  await step('search for 绿色食品 shows results', async () => {
    const api = await apiJson(`/api/search?q=${encodeURIComponent('绿色食品')}`);
    await open(page, '/');
    await page.fill('.site-search input', '绿色食品');
    await page.press('.site-search input', 'Enter');
    await page.waitForURL('**/explore/search?q=*');
    await ready(page);
    await shot(page, 'search');
    if (api.status === 404) {
      // The search endpoint is not deployed in this build: the page must say so, not break, and
      // must render hits of the documented shape (served here by a stand-in) as text.
      assert(await page.locator('.notice[role="alert"]').count() === 1, 'a missing search service is not reported');
      await page.route('**/api/search?*', (route) => route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ query: '绿色食品', terms: ['绿色食品'], total: 1, facets: {}, hits: [{
          iri: iri(SUZHOU_DOC, '/measure/5'), type: 'measure', label: '（五）加快绿色农业认证',
          snippet: '加强<i>绿色食品</i>、有机农产品认证和管理', document: { iri: iri(SUZHOU_DOC), label: '苏州市实施意见' }, score: 3.2,
        }] }),
      }));
      await open(page, `/explore/search?q=${encodeURIComponent('绿色食品')}`);
      assert(await page.locator('ol.hits li').count() === 1, 'a stand-in hit is not shown');
      assert((await text(page, 'ol.hits .snippet')).includes('<i>绿色食品</i>'), 'the snippet is not shown as text');
      await page.unroute('**/api/search?*');
      console.log('       /api/search answers 404 here: checked the error notice and a stand-in answer only');
      return 'skipped';
    }
    assert(await page.locator('ol.hits li').count() >= 1, 'no search results shown');
    assert((await text(page, 'ol.hits')).includes('绿色食品'), 'results do not mention 绿色食品');
    assert(page.url().includes('/explore/search?q='), 'text that is not a 文号 should land on search');
  });

  await step('every message of the interface exists in both languages', async () => {
    const problems = await messageProblems();
    assert(problems.length === 0, problems.join('\n'));
  });

  await step('evidence inline: a target link opens by keyboard to its method, score and both quotes, in Chinese', async () => {
    await open(page, `/explore/target?iri=${encodeURIComponent(iri(SUZHOU_DOC, '/target/7-1'))}`);
    const details = page.locator('.chain details.evidence').first();
    assert(!(await details.evaluate((el) => el.open)), 'the evidence should start closed');
    assert(!(await details.locator('.evidence-body').isVisible()), 'closed evidence is visible');
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    assert(await details.evaluate((el) => el.open), 'Enter on the summary does not open the evidence');
    const shown = await details.innerText();
    for (const expected of ['方法', '同一指标', '得分 1.00', '占比 0.35', '全市各类环境管理体系认证证书达17500张', '全省各类环境管理体系认证证书达50000张']) {
      assert(shown.includes(expected), `the target link's evidence lacks ${expected}: ${shown}`);
    }
    assert(!/same indicator|share 0\.35|parent document reached/.test(shown), `English in the Chinese evidence: ${shown}`);
    await shot(page, 'evidence-target');
  });

  await step('evidence inline: a measure link shows the passages on both sides, without the PDF line breaks', async () => {
    await open(page, `/explore/measure?iri=${encodeURIComponent(iri(SUZHOU_DOC, '/measure/5'))}`);
    const row = page.locator('table.alignments').first().locator('tr', { hasText: '苏政办发〔2022〕21号' });
    await row.locator('details.evidence summary').click();
    const body = row.locator('details.evidence .evidence-body');
    assert(await body.isVisible(), 'a click does not open the evidence');
    const text = await body.innerText();
    assert(text.includes('文本复用') && text.includes('得分 0.89'), `method or score missing: ${text.slice(0, 200)}`);
    const quotes = await row.locator('blockquote.evidence-quote').allTextContents();
    assert(quotes.length >= 6 && quotes.length % 2 === 0, `expected passages on both sides, saw ${quotes.length} quotes`);
    assert(quotes.some((q) => q.includes('鼓励发展绿色有机种植和生态健康养殖')), `a passage is still broken across lines: ${quotes[0]}`);
    assert(quotes.every((q) => !q.includes('\n')), 'a quote keeps the source file\'s line breaks');
    const sides = await row.locator('.evidence-who').allTextContents();
    assert(sides.some((w) => w.includes('本措施')) && sides.some((w) => w.includes('苏政办发〔2022〕21号')), `the two sides are not named: ${sides.join(' / ')}`);
    await shot(page, 'evidence-measure');
  });

  await step('evidence inline on a document: citations with the quoted words and page, each measure with its parents and children', async () => {
    await open(page, `/explore/doc/${SUZHOU_DOC}`);
    const cite = page.locator('.doc-links [data-links="cites"]').locator('li', { hasText: '苏政办发〔2022〕21号' });
    await cite.locator('details.evidence summary').click();
    const quote = await cite.locator('blockquote.evidence-quote').first().textContent();
    assert(quote.includes('苏政办发〔2022〕21') && !quote.includes('\n'), `the citing words: ${quote}`);
    assert((await cite.locator('.evidence-facts').textContent()).includes('贯彻落实'), 'the citation\'s relation is not shown');
    const lineage = page.locator('#m5 .measure-lineage');
    const panel = await lineage.innerText();
    assert(panel.includes('苏政办发〔2022〕21号') && panel.includes('加快绿色农业认证'), `measure 5's parent is not beside it: ${panel}`);
    const item = lineage.locator('li', { hasText: '苏政办发〔2022〕21号' });
    await item.locator('details.evidence summary').click();
    await item.locator('blockquote.evidence-quote').first().waitFor({ timeout: 10000 });
    assert(await item.locator('blockquote.evidence-quote').count() >= 6, 'the passages are not loaded when the evidence opens');
    await shot(page, 'document-evidence');
    const covered = await text(page, `.coverage-parent[data-parent="${iri(JIANGSU_DOC)}"] .coverage-counts`);
    assert(covered.includes('传达 16 项，未传达 0 项'), `Suzhou's coverage of the Jiangsu measures: ${covered}`);
    assert((await text(page, '.coverage-local')).includes('加强技术支撑和服务'), 'the measure Suzhou added is not listed');
  });

  await step('coverage: a document shows which of its parent\'s measures it dropped, as coverage.rq finds them', async () => {
    let found = null;
    for (const doc of (await apiJson('/api/documents?inCorpus=true')).body) {
      const coverage = (await apiJson(`/api/documents/${doc.path}/coverage`)).body;
      const parent = coverage?.parents.find((p) => p.dropped > 0);
      if (parent) { found = { doc, parent }; break; }
    }
    assert(found, 'no document of the store dropped a parent measure');
    await open(page, `/explore/doc/${found.doc.path}`);
    const card = page.locator(`.coverage-parent[data-parent="${found.parent.parent.iri}"]`);
    const counts = await card.locator('.coverage-counts').innerText();
    assert(counts.includes(`传达 ${found.parent.passedDown} 项，未传达 ${found.parent.dropped} 项`), `the counts: ${counts}`);
    const listed = await card.locator('.coverage-dropped li').allTextContents();
    const dropped = found.parent.measures.filter((m) => !m.childMeasure).map((m) => m.parentMeasure.heading);
    assert(listed.length === dropped.length && dropped.every((h) => listed.some((l) => l.includes(h))), `dropped: ${listed.join(', ')}`);
    await shot(page, 'document-coverage');
  });

  await step('versions: a document\'s page shows what changed in its targets against its other versions, as succession.rq finds it', async () => {
    // Which pairs and changes there are is the curated query's answer over /sparql, not a fact of the test.
    const query = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'queries', 'succession.rq'), 'utf8');
    const response = await fetch(`${base}/sparql`, { method: 'POST', body: new URLSearchParams({ query }),
      headers: { Accept: 'application/sparql-results+json' } });
    const rows = (await response.json()).results.bindings.filter((b) => b.targetChange);
    assert(rows.length, 'succession.rq finds no target change in the store');
    const earlier = rows[0].earlier.value;
    const mine = rows.filter((b) => b.earlier.value === earlier && b.later.value === rows[0].later.value);
    await open(page, `/explore/doc/${new URL(earlier).pathname.replace(/^\/id\/doc\//, '')}`);
    const card = page.locator(`.target-changes[data-earlier="${earlier}"][data-later="${rows[0].later.value}"]`);
    const shown = await card.locator('tbody tr').count();
    assert(shown === mine.length, `${shown} rows shown, ${mine.length} changes in succession.rq`);
    const kinds = await card.locator('tbody .badge').allTextContents();
    const names = { raised: '提高', lowered: '降低', unchanged: '未变', restated: '改述', added: '新增', dropped: '删去' };
    for (const b of mine) assert(kinds.includes(names[b.targetChange.value]), `no ${b.targetChange.value} shown: ${kinds.join(', ')}`);
    const versions = await page.locator('.doc-links [data-links="versions"]').innerText();
    assert(versions.includes(rows[0].change.value === 'continues' ? '被后续文件接续' : '定稿'), `the versions list: ${versions}`);
    await shot(page, 'document-versions');
  });

  await step('source panel: the served file, its address and SHA-256, checked against the bytes served', async () => {
    await open(page, `/explore/doc/${SUZHOU_DOC}`);
    const shown = (await text(page, 'code.sha256')).trim();
    const file = await page.request.get(`${base}/api/documents/${SUZHOU_DOC}/source`);
    const actual = createHash('sha256').update(await file.body()).digest('hex');
    assert(shown === actual, `SHA-256 shown ${shown}, of the bytes served ${actual}`);
    const address = await text(page, 'a.source-address');
    assert(address === `${base}/api/documents/${SUZHOU_DOC}/source`, `address shown: ${address}`);
  });

  await step('a national document not ingested says so plainly and shows what the citations tell', async () => {
    await open(page, '/explore/doc/guo-fa/2021/4');
    const notice = await text(page, '.not-ingested-notice');
    assert(notice.includes('未收录'), `no plain notice: ${notice}`);
    const quotes = await page.locator('.citing-quotes blockquote').allTextContents();
    assert(quotes.length >= 2 && quotes.every((q) => q.includes('国发〔2021〕4')), `the citing words are not shown: ${quotes.join(' / ')}`);
    assert(await page.locator('form.upload-document').count() === 0, 'a reader who is not signed in is offered an upload');
    await shot(page, 'document-not-ingested');
  });

  await step('inverse links: the Delta plan counts the documents that follow its measures', async () => {
    const delta = (await apiJson('/api/documents?inCorpus=true')).body.find((d) => (d.label || '').includes('长三角绿色认证一体化'));
    assert(delta, 'the Delta plan is not in the store');
    await open(page, `/explore/doc/${delta.path}`);
    const citedBy = page.locator('.doc-links [data-links="citedBy"]');
    const listed = await citedBy.innerText();
    for (const number of ['苏府办〔2022〕140号', '连政办发〔2022〕68号', '苏政办发〔2022〕21号']) {
      assert(listed.includes(number), `${number} follows the Delta plan's measures but is not listed: ${listed}`);
    }
    assert(listed.includes('共 3 份文件') && !listed.includes('无'), `the count: ${listed}`);
  });

  await step('a target whose parent document is not ingested says so', async () => {
    const jiangsu = (await apiJson(`/api/documents/${JIANGSU_DOC}`)).body;
    let orphan = null;
    for (const target of jiangsu.targets.filter((x) => x.value != null && !x.localAddition)) {
      const lineage = (await apiJson(`/api/targets/lineage?iri=${encodeURIComponent(target.iri)}`)).body;
      if (lineage && lineage.parents.length === 0) { orphan = target; break; }
    }
    assert(orphan, 'every Jiangsu target has a parent: nothing to check');
    const missing = jiangsu.cites.filter((link) => !link.inCorpus && link.relation === 'implements');
    assert(missing.length > 0, 'the Jiangsu document implements no document that is not ingested');
    await open(page, `/explore/target?iri=${encodeURIComponent(orphan.iri)}`);
    const said = await text(page, '.no-parent');
    assert(said.includes('未收录'), `the page does not say the parent document is not ingested: ${said}`);
    for (const link of missing) assert(said.includes(link.label), `the page does not name ${link.number || link.label}: ${said}`);
    await shot(page, 'target-parent-not-ingested');
  });

  await step('documents told apart: search results and the overview give 文号, issuer, region and date', async () => {
    await open(page, `/explore/search?q=${encodeURIComponent('绿色食品')}`);
    const docs = await page.locator('ol.hits .hit-doc').allInnerTexts();
    assert(docs.some((d) => d.includes('连政办发〔2022〕68号') && d.includes('连云港市人民政府办公室') && d.includes('连云港市')),
      `a Lianyungang result lacks its 文号, issuer or region: ${docs.join(' / ')}`);
    assert(docs.some((d) => d.includes('苏府办〔2022〕140号') && d.includes('2022-07-19')), 'a Suzhou result lacks its 文号 or date');
    await open(page, '/');
    const row = await page.locator('table.documents tr', { hasText: '苏府办〔2022〕140号' }).innerText();
    assert(row.includes('苏州市人民政府办公室') && row.includes('苏州市') && row.includes('2022-07-19'), `the overview row: ${row}`);
  });

  await step('one resolver: the header box and the overview read every spelling and say how', async () => {
    const spellings = [
      ['header', '苏政办发﹝2022﹞21號', ['﹝﹞', '繁体']],
      ['overview', '苏政办发2022年21号', ['2022年']],
      ['header', '苏政办发 【2022】 21', ['【】', '补上了“号”', '空格']],
      ['overview', '苏政办发[2022]21', ['[]']],
    ];
    for (const [box, spelling, said] of spellings) {
      await open(page, '/');
      const input = box === 'header' ? '.site-search input' : 'form.resolver input';
      await page.fill(input, spelling);
      await page.press(input, 'Enter');
      await page.waitForURL(new RegExp(`/explore/doc/${JIANGSU_DOC}\\?`));
      await ready(page);
      const notice = await text(page, '.notice.reading');
      assert(notice.includes('苏政办发〔2022〕21号') && said.every((x) => notice.includes(x)), `${box} ${spelling}: ${notice}`);
    }
    await shot(page, 'resolve-reading');
  });

  await step('search: words marked, snippets around them, facets with counts, no raw scores', async () => {
    const api = (await apiJson(`/api/search?q=${encodeURIComponent('绿色食品认证')}`)).body;
    await open(page, `/explore/search?q=${encodeURIComponent('绿色食品认证')}`);
    const marks = await page.locator('ol.hits mark.term').allTextContents();
    assert(marks.length >= 3 && marks.every((m) => api.terms.includes(m)), `marked words ${marks.join(',')} are not the query's ${api.terms.join(',')}`);
    const snippets = await page.locator('ol.hits .snippet').all();
    for (const snippet of snippets) {
      assert(await snippet.locator('mark.term').count() >= 1, `a snippet without the words searched for: ${await snippet.textContent()}`);
    }
    const hits = await text(page, 'ol.hits');
    assert(!/\b\d+\.\d{2}\b/.test(hits), `a raw score is shown: ${hits.match(/\b\d+\.\d{2}\b/)}`);
    const level = page.locator('.facet[data-facet="level"]');
    const municipal = level.locator('a', { hasText: '市级' });
    const counted = Number((await municipal.textContent()).match(/\((\d+)\)/)[1]);
    assert(counted > 0 && counted < api.total, `the municipal count ${counted} of ${api.total}`);
    for (const facet of ['region', 'year', 'kind', 'cert', 'indicator']) {
      assert(await page.locator(`.facet[data-facet="${facet}"] a .facet-count`).count() >= 1, `no ${facet} facet`);
    }
    await municipal.click();
    await page.waitForURL(/level=municipal/);
    await ready(page);
    assert(await page.locator('ol.hits li').count() === Math.min(counted, 20), 'the level filter does not keep the counted results');
    const docs = await page.locator('ol.hits .hit-doc').allInnerTexts();
    assert(docs.every((d) => !d.includes('江苏省人民政府办公厅') && !d.includes('苏政办发')), `a provincial result under 市级: ${docs.join(' / ')}`);
    // A certificate type narrows further, to the count its facet gave.
    const cert = page.locator('.facet[data-facet="cert"] > ul > li > a:not(.chosen)').first();
    const certCount = Number((await cert.textContent()).match(/\((\d+)\)/)[1]);
    await cert.click();
    await page.waitForURL(/cert=/);
    await ready(page);
    assert(page.url().includes('level=municipal'), 'choosing a certificate type drops the level filter');
    assert(await page.locator('ol.hits li').count() === Math.min(certCount, 20), `the certificate-type filter keeps ${await page.locator('ol.hits li').count()} of ${certCount}`);
    await shot(page, 'search-facets');
  });

  await step('language switch: English labels, kept in the URL and across reloads', async () => {
    await open(page, `/explore/doc/${SUZHOU_DOC}`);
    await page.click('button.lang-switch');
    await page.waitForURL(/lang=en/);
    await ready(page);
    assert((await text(page, '.site-nav')).includes('Overview'), 'the interface is not in English');
    assert((await text(page, 'dl.facts')).includes('municipal'), 'levels are not in English');
    await page.reload();
    await ready(page);
    assert((await text(page, '.site-nav')).includes('Overview'), 'English is not kept on reload');
    await page.click('a[href*="certificate-type"], a.chip.cert');
    await ready(page);
    assert(page.url().includes('lang=en'), 'links do not carry the language');
    await shot(page, 'cert-en');
    // The search facets in English where the reference data names a value so: certificate types and regions.
    await open(page, `/explore/search?q=${encodeURIComponent('绿色食品认证')}&lang=en`);
    const certs = await page.locator('.facet[data-facet="cert"] > ul > li > a:not(.chosen)').allInnerTexts();
    assert(certs.length && certs.every((c) => !/[\u4e00-\u9fff]/.test(c)), `certificate types not in English: ${certs.join(' / ')}`);
    const regions = await page.locator('.facet[data-facet="region"] > ul > li > a:not(.chosen)').allInnerTexts();
    assert(regions.some((r) => r.includes('Jiangsu') || r.includes('Suzhou')), `regions not in English: ${regions.join(' / ')}`);
    await shot(page, 'search-en');
    // The curated queries described in English on the English page, in Chinese on the Chinese one.
    await open(page, '/explore/sparql?lang=en');
    const summaryEn = await text(page, 'button.example[data-query="documents"] .example-summary');
    assert(summaryEn.startsWith('Every policy document'), `the documents query is not described in English: ${summaryEn}`);
    await open(page, '/explore/sparql?lang=zh');
    const summaryZh = await text(page, 'button.example[data-query="documents"] .example-summary');
    assert(/[\u4e00-\u9fff]/.test(summaryZh) && !summaryZh.includes('Every'), `the documents query is not described in Chinese: ${summaryZh}`);
    await page.click('button.example[data-query="target-rollup"]');
    const hint = await text(page, 'form.query-params #param-parent-hint');
    assert(/[\u4e00-\u9fff]/.test(hint), `the parameter is not described in Chinese: ${hint}`);
    await open(page, `/explore/doc/${SUZHOU_DOC}?lang=en`);
    await page.click('button.lang-switch');
    await ready(page);
    assert(!page.url().includes('lang=en'), 'switching back leaves lang=en in the URL');
  });

  await step('document text is escaped: <script>, <img onerror> and <b> in a document show as text', async () => {
    const resolved = await apiJson(`/api/resolve?number=${encodeURIComponent(FIXTURE_NUMBER)}`);
    if (resolved.status !== 200) {
      if (requireFixtures) throw new Error(`the fixture ${FIXTURE_NUMBER} (e2e/fixtures/markup-in-text.txt) is not in the store`);
      return 'skipped';
    }
    await open(page, `/explore/doc/${resolved.body.document.path}`);
    const title = await text(page, 'h1');
    assert(title.includes('<b>推进</b>'), `the title should show its <b> as text: ${title}`);
    const body = await text(page, '.doc-body');
    assert(body.includes('<script>window.__xss=1</script>'), 'the <script> in a measure is not shown as text');
    assert(body.includes('<img src=x onerror=window.__xss=2>'), 'the <img> in a measure is not shown as text');
    assert(await page.evaluate(() => window.__xss === undefined), 'a script from the document ran');
    assert(await page.locator('main script, main img, main h1 b').count() === 0, 'document text became markup');
    await page.click('article.measure h3 a >> nth=0');
    await ready(page);
    assert((await text(page, 'h1')).includes('<script>'), 'the measure page does not show <script> as text');
    assert(await page.evaluate(() => window.__xss === undefined), 'a script from the measure ran');
    await open(page, `/explore/doc/${resolved.body.document.path}`);
    await shot(page, 'escaped');
  });

  await step('keyboard: the first Tab reaches a skip link that moves focus to the content', async () => {
    await open(page, `/explore/doc/${SUZHOU_DOC}`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement.textContent, href: document.activeElement.getAttribute('href') }));
    assert(first.text === '跳到正文' && first.href === '#main', `the first Tab stop: ${JSON.stringify(first)}`);
    assert(await page.locator('a.skip-link').isVisible(), 'the skip link is not visible when focused');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement && document.activeElement.closest('main'));
    assert(await page.locator('main[data-ready="true"] article.measure').count() > 0, 'following the skip link rebuilt or emptied the page');
  });

  await step('unknown explorer path shows a not-found page', async () => {
    await open(page, '/explore/nowhere');
    assert(await page.locator('.card.error').count() === 1, 'no error panel');
  });

  await context.close();
}

async function phone(browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN',
  });
  await watch(context, 'phone');
  const page = await context.newPage();
  watchPage(page, 'phone');
  const overview = (await apiJson('/api/overview')).body;
  const baseIri = overview?.baseIri || 'http://localhost:8080/';
  const iri = (slug, rest = '') => `${baseIri}id/doc/${slug}${rest}`;
  const pages = [
    ['phone-overview', '/', 'svg.timeline'],
    ['phone-document', `/explore/doc/${SUZHOU_DOC}`, 'mark.hl-target'],
    ['phone-target', `/explore/target?iri=${encodeURIComponent(iri(SUZHOU_DOC, '/target/7-1'))}`, '.chain-card'],
    ['phone-lineage', `/explore/lineage?iri=${encodeURIComponent(iri(SUZHOU_DOC, '/target/7-1'))}`, '.graph[data-ready="true"] canvas'],
    ['phone-compare', `/explore/compare?child=${encodeURIComponent(iri(SUZHOU_DOC, '/measure/5'))}&parent=${encodeURIComponent(iri(JIANGSU_DOC, '/measure/5'))}`, 'mark.passage'],
    ['phone-sparql', '/explore/sparql', '.yasqe .CodeMirror'],
  ];
  for (const [name, url, selector] of pages) {
    await step(`phone: ${name.replace('phone-', '')} fits the screen`, async () => {
      await open(page, url);
      await page.waitForSelector(selector);
      await noSidewaysScroll(page, name);
      assert(await page.locator('.site-search input').isVisible(), 'the search box is hidden');
      if (name === 'phone-lineage') {
        const outside = await page.locator('.graph').evaluate((el) => {
          const box = el.cytoscape.elements().renderedBoundingBox();
          return box.x1 < -1 || box.y1 < -1 || box.x2 > el.clientWidth + 1 || box.y2 > el.clientHeight + 1;
        });
        assert(!outside, 'the graph does not open fitted to a phone\'s screen');
      }
      if (name === 'phone-sparql') {
        await page.selectOption('.examples-select', 'targets');
        await page.tap('.yasqe_queryButton');
        await page.waitForFunction(() => document.querySelectorAll('.yasr table tbody tr').length >= 5, null, { timeout: 30000 });
        await noSidewaysScroll(page, name);
      }
      await shot(page, name);
    });
  }
  await context.close();
}

async function curation(browser) {
  const [username, password] = curatorAccount.split(/:(.*)/s);
  const overview = (await apiJson('/api/overview')).body;
  const baseIri = overview?.baseIri || 'http://localhost:8080/';
  const targetIri = `${baseIri}id/doc/lian-zheng-ban-fa/2022/68/target/7-1`;
  const targetPath = `/explore/target?iri=${encodeURIComponent(targetIri)}`;
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  await watch(context, 'curator');
  const page = await context.newPage();
  watchPage(page, 'curator');

  await step('curation: a reader who is not signed in sees no editor, and the curation page asks for a sign-in', async () => {
    await open(page, targetPath);
    assert(await page.locator('form.target-editor').count() === 0, 'an editor is offered without a sign-in');
    await open(page, '/explore/curate');
    assert(await page.locator('form.sign-in input[name="password"]').count() === 1, 'no sign-in form');
    await shot(page, 'curate-sign-in');
  });

  await step('curation: a wrong password is refused and said so', async () => {
    await page.fill('form.sign-in input[name="username"]', username);
    await page.fill('form.sign-in input[name="password"]', `${password}-wrong`);
    await page.click('form.sign-in button[type="submit"]');
    await page.waitForFunction(() => (document.querySelector('form.sign-in .form-message')?.textContent || '').length > 0);
    assert((await text(page, 'form.sign-in .form-message')).includes('用户名或密码错误'), 'the refusal is not shown');
  });

  let decided;
  await step('curation: the curator signs in and decides the weakest link of the review queue with one key press', async () => {
    await page.fill('form.sign-in input[name="password"]', password);
    await page.click('form.sign-in button[type="submit"]');
    await page.waitForSelector('.review-queue');
    await ready(page);
    assert((await text(page, '.signed-in')).includes(username), 'who is signed in is not shown');
    const items = page.locator('ol.queue li.queue-item');
    assert(await items.count() > 0, 'the review queue is empty');
    decided = await items.first().getAttribute('data-iri');
    assert(await items.first().getAttribute('aria-current') === 'true', 'the first item is not the current one');
    await shot(page, 'curate-queue');
    await page.keyboard.press('y');
    await page.waitForSelector('li.queue-item[data-index="0"] .queue-state[data-state="confirm"]');
    assert(await items.nth(1).getAttribute('aria-current') === 'true' || await items.count() === 1, 'the queue did not move on');
    const history = (await apiJson(`/api/corrections?target=${encodeURIComponent(decided)}`)).body;
    assert(history.length === 1 && history[0].action === 'confirm' && history[0].curator === username, `stored: ${JSON.stringify(history)}`);
  });

  await step('curation: the curator edits a target in place, with a note', async () => {
    await open(page, targetPath);
    const form = page.locator('form.target-editor');
    assert(await form.count() === 1, 'no editor for a signed-in curator');
    await form.locator('input[name="value"]').fill('1200');
    await form.locator('input[name="deadline"]').fill('2026');
    await form.locator('input[name="note"]').fill('数值应为1200张，时限2026年（见原文第七条）');
    await form.locator('button[type="submit"]').click();
    await page.waitForSelector('.page-header .badge[data-curation="corrected"]');
    await ready(page);
    await shot(page, 'target-corrected');
  });

  await step('curation: the curator adds a citation by 文号, read by the resolver as it is typed', async () => {
    await open(page, '/explore/doc/lian-zheng-ban-fa/2022/68');
    const form = page.locator('form.add-citation');
    assert(await form.count() === 1, 'no form to add a citation');
    // The form stays inside the side column it stands in, on a desktop and on a phone.
    for (const [width, height] of [[390, 844], [1366, 900]]) {
      await page.setViewportSize({ width, height });
      const overflow = await overflowOfColumn(page, 'form.add-citation');
      assert(overflow <= 1, `the form to add a citation overflows its column by ${overflow}px on a ${width}px screen`);
      await noSidewaysScroll(page, `add-citation-${width}`);
    }
    await form.locator('input[name="number"]').fill('国办发[2019]9号');
    await page.waitForFunction(() => (document.querySelector('form.add-citation .resolver-reading')?.textContent || '').includes('识别为'));
    await form.locator('select[name="relation"]').selectOption('implements');
    await form.locator('input[name="note"]').fill('序言中引用，抽取遗漏');
    await form.locator('button[type="submit"]').click();
    await page.waitForFunction(() => (document.querySelector('.doc-links [data-links="cites"]')?.textContent || '').includes('国办发〔2019〕9号'));
    await ready(page);
    await shot(page, 'document-citation-added');
  });

  await step('curation: the curator rejects an alignment from the measure page; it is gone after lineage is rebuilt', async () => {
    const measure = `${baseIri}id/doc/lian-zheng-ban-fa/2022/68/measure/7`;
    await open(page, `/explore/measure?iri=${encodeURIComponent(measure)}`);
    const before = (await apiJson(`/api/measures/alignments?iri=${encodeURIComponent(measure)}`)).body.parents;
    assert(before.length > 0, 'the measure has no parent alignment to reject');
    const reject = page.locator('table.alignments details.reject-link').first();
    await reject.locator('summary').click();
    await reject.locator('input[name="note"]').fill('只是套话相同，并非对应');
    await reject.locator('button[type="submit"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('table.alignments details.reject-link').length < n && document.querySelector('main[data-ready="true"]'),
      await page.locator('table.alignments details.reject-link').count(), { timeout: 60000 });
    const after = (await apiJson(`/api/measures/alignments?iri=${encodeURIComponent(measure)}`)).body.parents;
    assert(!after.some((a) => a.iri === before[0].iri), 'the rejected alignment is still served');
  });

  await step('curation: the curator adds a target the extractor missed to the measure, from its page', async () => {
    const measure = `${baseIri}id/doc/lian-zheng-ban-fa/2022/68/measure/7`;
    await open(page, `/explore/measure?iri=${encodeURIComponent(measure)}`);
    const add = page.locator('details.add-fact form.add-target');
    assert(await add.count() === 1, 'no form to add a target');
    await page.locator('details.add-fact:has(form.add-target) > summary').click();
    // Words of the measure's text (an added target quotes what it was read from; other words are refused).
    await add.locator('input[name="quote"]').fill('在有条件的地方建设环保产业认证示范区');
    await add.locator('input[name="indicator"]').fill('环保产业认证示范区');
    await add.locator('input[name="value"]').fill('3');
    await add.locator('input[name="unit"]').fill('个');
    await add.locator('input[name="deadline"]').fill('2025');
    await add.locator('input[name="note"]').fill('原文第七条的目标，抽取遗漏');
    await submitCorrection(page, add, 'the added target');
    await ready(page);
    const history = (await apiJson(`/api/corrections?target=${encodeURIComponent(measure)}`)).body;
    const added = history.find((c) => c.action === 'add' && c.kind === 'target');
    assert(added && added.appliesTo && !added.orphaned, `the added target is not stored: ${JSON.stringify(history)}`);
    const query = `SELECT ?v ?s WHERE { <${added.appliesTo}> <https://w3id.org/policy-lineage/def#value> ?v ; `
      + '<https://w3id.org/policy-lineage/def#curationStatus> ?s }';
    const rows = (await apiJson(`/sparql?query=${encodeURIComponent(query)}`)).body?.results.bindings || [];
    assert(rows.length === 1 && Number(rows[0].v.value) === 3 && rows[0].s.value.endsWith('/added'),
      `the added target is served as ${JSON.stringify(rows)}`);
    // A first-class target: its own page (value, deadline, its measure, marked added, its history) ...
    await open(page, `/explore/target?iri=${encodeURIComponent(added.appliesTo)}`);
    assert((await text(page, 'h1')).includes('建设环保产业认证示范区'), `the added target's page: ${await text(page, 'h1')}`);
    assert(await page.locator('[data-curation="added"]').count() >= 1, 'the added target\'s page does not mark it added');
    assert((await text(page, 'main')).includes('原文第七条的目标，抽取遗漏'), 'the added target\'s page shows no history');
    assert(await page.locator('form.target-editor').count() === 0 && await page.locator('.added-not-editable').count() === 1,
      'the added target\'s page offers an editor the service would refuse');
    await shot(page, 'target-added');
    // ... and a row of its document's targets, marked added.
    await open(page, '/explore/doc/lian-zheng-ban-fa/2022/68');
    const row = page.locator('table.targets tr', { hasText: '建设环保产业认证示范区' });
    assert(await row.count() >= 1, 'the document\'s page does not list the added target');
    assert(await row.first().locator('[data-curation="added"]').count() === 1, 'the document\'s page does not mark the target added');
  });

  await step('curation: the curator rejects an agency a measure names and adds it back as leading, and adds a certificate type', async () => {
    const measure = `${baseIri}id/doc/lian-zheng-ban-fa/2022/68/measure/7`;
    const named = async () => {
      const detail = (await apiJson('/api/documents/lian-zheng-ban-fa/2022/68?limit=1000')).body;
      return detail.sections.flatMap((s) => s.measures).find((m) => m.iri === measure);
    };
    const before = await named();
    assert(before && before.agencies.length > 0, `measure 7 names no agency: ${JSON.stringify(before?.agencies)}`);
    const agency = before.agencies[0];
    await open(page, `/explore/measure?iri=${encodeURIComponent(measure)}`);
    const item = page.locator(`li.responsibility[data-responsibility="${agency.responsibility}"]`);
    assert(await item.count() === 1, `no control to reject the agency ${agency.label}`);
    await item.locator('summary').click();
    await item.locator('input[name="note"]').fill('原文未写明该单位负责此条');
    await submitCorrection(page, item, 'the rejection of the agency');
    // The page is built again without it (waiting for that, not for a page that may still be the one before).
    await page.locator(`li.responsibility[data-responsibility="${agency.responsibility}"]`).waitFor({ state: 'detached', timeout: 30000 });
    await ready(page);
    assert(!(await named()).agencies.some((a) => a.responsibility === agency.responsibility), 'the rejected agency is still served');

    const add = page.locator('details.add-fact:has(form.add-responsibility)');
    await add.locator('summary').click();
    await add.locator('input[name="agency"]').fill(agency.iri);
    await add.locator('select[name="lead"]').selectOption('true');
    await add.locator('input[name="note"]').fill('原文写明该单位牵头');
    await submitCorrection(page, add, 'the added agency');
    await ready(page);
    const again = (await named()).agencies.find((a) => a.iri === agency.iri && a.responsibility !== agency.responsibility);
    assert(again && again.lead, `the agency added back is served as ${JSON.stringify((await named()).agencies)}`);
    await page.locator(`li.responsibility[data-responsibility="${again.responsibility}"]`).waitFor({ timeout: 30000 });

    const type = ['organic-product', 'green-food', 'haccp', 'gap'].find((n) => !before.certificateTypes.some((c) => c.notation === n));
    const cert = page.locator('details.add-fact:has(form.add-certificate-type)');
    await cert.locator('summary').click();
    await cert.locator('input[name="type"]').fill(type);
    await cert.locator('input[name="note"]').fill('原文提到该认证');
    await submitCorrection(page, cert, 'the added certificate type');
    await ready(page);
    const statement = `${measure}/certificate-type/${type}`;
    assert((await named()).certificateTypes.some((c) => c.notation === type && c.statement === statement), `the certificate type ${type} is not served`);
    await page.locator(`li.certificate-type[data-statement="${statement}"]`).waitFor({ timeout: 30000 });
    await shot(page, 'measure-curated-agencies');
  });

  await step('curation: the curator uploads the file of a cited national document; its page then shows it ingested', async () => {
    await open(page, '/explore/doc/guo-fa/2021/4');
    const form = page.locator('form.upload-document');
    assert(await form.count() === 1, 'no upload offered to a curator on a document not ingested');
    const file = ['国务院关于加快建立健全绿色低碳循环发展经济体系的指导意见', '国发〔2021〕4号',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '建立健全绿色低碳循环发展经济体系，促进经济社会发展全面绿色转型，是解决我国资源环境生态问题的基础之策。现提出如下意见。',
      '一、总体要求', '（一）指导思想。以习近平新时代中国特色社会主义思想为指导，坚定不移贯彻新发展理念。',
      '二、健全绿色低碳循环发展的生产体系', '（二）推进工业绿色升级。推行产品绿色设计，建设绿色制造体系。',
      '国务院', '2021年2月2日'].join('\n');
    await form.locator('input[type="file"]').setInputFiles({ name: 'guo-fa-2021-4.txt', mimeType: 'text/plain', buffer: Buffer.from(file, 'utf8') });
    await form.locator('button[type="submit"]').click();
    await page.waitForSelector('dl.facts a[download]', { timeout: 90000 });
    await ready(page);
    assert(await page.locator('.not-ingested-notice').count() === 0, 'the page still says the document is not ingested');
    assert((await text(page, '.page-header .kicker')).includes('国发〔2021〕4号'), 'the uploaded document is not the one cited');
    await shot(page, 'document-uploaded');
  });

  await context.close();
  const reader = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
  await watch(reader, 'reader');
  const publicPage = await reader.newPage();
  watchPage(publicPage, 'reader');
  await step('curation: the public page shows the target corrected, with who, when and why', async () => {
    await open(publicPage, targetPath);
    assert(await publicPage.locator('.page-header .badge[data-curation="corrected"]').count() === 1, 'no corrected badge for a reader');
    const facts = await text(publicPage, 'dl.facts');
    assert(facts.includes('1,200') && facts.includes('2026'), `the corrected value and deadline are not shown: ${facts}`);
    const history = await text(publicPage, '.curation-history');
    assert(history.includes(username) && history.includes('1200') && history.includes('原为'), `history: ${history}`);
    assert(await publicPage.locator('form.target-editor').count() === 0, 'a reader is offered the editor');
    await shot(publicPage, 'target-corrected-public');
  });
  await reader.close();
}

async function main() {
  mkdirSync(screenshots, { recursive: true });
  console.log(`explorer e2e against ${base}; screenshots in ${screenshots}`);
  let browser;
  try {
    // Playwright gives each launch a fresh, temporary user-data-dir of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
  } catch (error) {
    console.log(`FAIL - cannot start Chromium at ${CHROMIUM}: ${error.message}`);
    process.exit(2);
  }
  try {
    if (only !== 'curation') {
      await desktop(browser);
      await phone(browser);
    }
    if (curatorAccount) await curation(browser);
  } finally {
    await browser.close();
  }
  if (problems.length) {
    failed++;
    console.log(`FAIL - the browser reported problems:\n       ${[...new Set(problems)].join('\n       ')}`);
  }
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.log(`FAIL - ${error.stack || error}`);
  process.exit(1);
});
