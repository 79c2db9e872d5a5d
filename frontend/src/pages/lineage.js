// The lineage graph: Cytoscape.js with nodes in rows by level (national on top), coloured by level,
// edges labelled by relation and score; a click opens the node's page. The same nodes and links
// are listed below the graph, for reading on a phone and for screen readers.
import { h, s } from '../dom.js';
import { t } from '../i18n.js';
import { LEVELS, levelColour, levelKey, levelName } from '../levels.js';
import { docHref, hrefFor } from '../links.js';
import { formatNumber, formatScore, levelBadge, pageHeader, relationName, section, table } from '../components.js';
import { buildLineage } from '../lineageGraph.js';

const ROW_ORDER = [...LEVELS, 'unknown'];
const KIND_ORDER = { document: 0, measure: 1, target: 2 };
const PER_ROW = 4;
const X_GAP = 215;
const Y_GAP = 92;
const LEVEL_GAP = 36;
/** Zoom per pixel of wheel: a mouse's notch (100 pixels) zooms by about a fifth, a trackpad's small steps smoothly. */
const WHEEL_RATE = 0.002;

/**
 * Positions in rows by level, national on top; within a level, farther sources sit in a higher
 * sub-row. The order within each row then follows a few barycentre sweeps (each node moves toward
 * the mean position of its neighbours in other rows), which keeps a chain's links short and clear.
 */
function positions(nodes, edges) {
  const byLevel = new Map(ROW_ORDER.map((level) => [level, []]));
  for (const node of nodes) byLevel.get(levelKey(node.level)).push(node);
  const layers = [];
  const levelGaps = [];
  for (const level of ROW_ORDER) {
    const row = byLevel.get(level);
    if (!row.length) continue;
    const depths = [...new Set(row.map((n) => n.depth ?? 1))].sort((a, b) => b - a);
    for (const depth of depths) {
      const sub = row.filter((n) => (n.depth ?? 1) === depth)
        .sort((a, b) => (a.doc || '').localeCompare(b.doc || '') || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.id.localeCompare(b.id));
      for (let start = 0; start < sub.length; start += PER_ROW) layers.push(sub.slice(start, start + PER_ROW));
    }
    levelGaps[layers.length - 1] = true;
  }
  const layerOf = new Map();
  layers.forEach((layer, i) => layer.forEach((node) => layerOf.set(node.id, i)));
  const neighbours = new Map(nodes.map((n) => [n.id, []]));
  for (const edge of edges) {
    neighbours.get(edge.source)?.push(edge.target);
    neighbours.get(edge.target)?.push(edge.source);
  }
  const x = {};
  const place = (layer) => layer.forEach((node, i) => { x[node.id] = (i - (layer.length - 1) / 2) * X_GAP; });
  layers.forEach(place);
  const barycentre = (node, useLayer) => {
    const others = neighbours.get(node.id).filter((id) => useLayer(layerOf.get(id)));
    return others.length ? others.reduce((sum, id) => sum + x[id], 0) / others.length : x[node.id];
  };
  for (let sweep = 0; sweep < 4; sweep++) {
    for (let i = 0; i < layers.length; i++) {
      const bary = new Map(layers[i].map((n) => [n.id, barycentre(n, (l) => l !== i && l < i)]));
      layers[i].sort((a, b) => bary.get(a.id) - bary.get(b.id));
      place(layers[i]);
    }
    for (let i = layers.length - 1; i >= 0; i--) {
      const bary = new Map(layers[i].map((n) => [n.id, barycentre(n, (l) => l !== i && l > i)]));
      layers[i].sort((a, b) => bary.get(a.id) - bary.get(b.id));
      place(layers[i]);
    }
  }
  // Then each row slides toward its neighbours, keeping its order and at least X_GAP between nodes,
  // so a lone source sits between the documents that cite it instead of over unrelated nodes.
  for (let sweep = 0; sweep < 6; sweep++) {
    for (let i = 0; i < layers.length; i++) {
      const layer = layers[i];
      const wanted = layer.map((n) => barycentre(n, (l) => l !== i));
      const xs = [];
      wanted.forEach((w, k) => xs.push(k ? Math.max(w, xs[k - 1] + X_GAP) : w));
      const shift = wanted.reduce((sum, w, k) => sum + (w - xs[k]), 0) / layer.length;
      layer.forEach((node, k) => { x[node.id] = xs[k] + shift; });
    }
  }
  const placed = {};
  let y = 0;
  layers.forEach((layer, i) => {
    for (const node of layer) placed[node.id] = { x: x[node.id], y };
    y += Y_GAP + (levelGaps[i] ? LEVEL_GAP : 0);
  });
  nudge(placed, layers, edges);
  return placed;
}

/**
 * Moves a node sideways, within its row, when a straight edge between two other nodes would run
 * behind it, as long as the move leaves fewer edges running behind nodes overall.
 */
function nudge(placed, layers, edges) {
  const drawn = edges.filter((e) => placed[e.source] && placed[e.target] && !e.relations.every((r) => r === 'contains'));
  const total = () => drawn.reduce((sum, e) => sum + collisions(e, 0, placed), 0);
  const rowOf = new Map();
  for (const layer of layers) for (const node of layer) rowOf.set(node.id, layer);
  let current = total();
  for (let round = 0; round < 3 && current > 0; round++) {
    for (const [id, at] of Object.entries(placed)) {
      if (current === 0) break;
      const row = rowOf.get(id);
      for (const shift of [X_GAP / 2, -X_GAP / 2, X_GAP, -X_GAP]) {
        const x = at.x + shift;
        if (row.some((other) => other.id !== id && Math.abs(placed[other.id].x - x) < X_GAP - 1)) continue;
        const before = at.x;
        at.x = x;
        const after = total();
        if (after < current) {
          current = after;
          break;
        }
        at.x = before;
      }
    }
  }
}

const CITATIONS = new Set(['implements', 'forwards', 'mentions']);

/** Each relation by name; a text-reuse or programme link with its score, a target link with its share. */
function edgeLabel(edge) {
  return edge.relations.filter((r) => r !== 'contains').map((relation) => {
    if (relation === 'same-indicator' && edge.share != null) return `${relationName(relation)} ${t('target.share')} ${formatNumber(edge.share)}`;
    const score = edge.scores[relation];
    const count = edge.counts[relation] > 1 ? ` ×${edge.counts[relation]}` : '';
    return CITATIONS.has(relation) || score == null ? relationName(relation) : `${relationName(relation)}${count} ${formatScore(score)}`;
  }).join(' · ');
}

function edgeClass(edge) {
  if (edge.relations.every((r) => r === 'contains')) return 'contains';
  if (edge.relations.includes('same-indicator')) return 'target-link';
  if (edge.relations.some((r) => r === 'text-reuse' || r === 'named-programme' || r === 'inferred')) return 'reuse';
  return 'citation';
}

const NODE_HALF_WIDTH = 93;
const NODE_HALF_HEIGHT = 33;
const DETOUR = 2 * (NODE_HALF_WIDTH + 24);
const BENDS = [0, DETOUR, -DETOUR, 1.6 * DETOUR, -1.6 * DETOUR, 2.3 * DETOUR, -2.3 * DETOUR, 3 * DETOUR, -3 * DETOUR];

/** How many other nodes an edge drawn with this bend would run behind (Cytoscape's one-point bezier). */
function collisions(edge, bend, placed) {
  const from = placed[edge.source];
  const to = placed[edge.target];
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  // Cytoscape puts the control point at the midpoint, `bend` along the perpendicular (-dy, dx).
  const cx = (from.x + to.x) / 2 - ((to.y - from.y) / length) * bend;
  const cy = (from.y + to.y) / 2 + ((to.x - from.x) / length) * bend;
  let hits = 0;
  for (const [id, at] of Object.entries(placed)) {
    if (id === edge.source || id === edge.target) continue;
    for (let step = 1; step < 20; step++) {
      const u = step / 20;
      const x = (1 - u) ** 2 * from.x + 2 * u * (1 - u) * cx + u ** 2 * to.x;
      const y = (1 - u) ** 2 * from.y + 2 * u * (1 - u) * cy + u ** 2 * to.y;
      if (Math.abs(x - at.x) < NODE_HALF_WIDTH + 8 && Math.abs(y - at.y) < NODE_HALF_HEIGHT + 6) {
        hits++;
        break;
      }
    }
  }
  return hits;
}

/**
 * A straight edge that runs behind another node reads as a chain through that node (national ←
 * regional ← provincial, when the regional plan is not in between at all): such an edge bends, to
 * the first side that is clear. Returns the bend of each edge that needs one.
 */
function detours(edges, placed) {
  const bends = new Map();
  for (const edge of edges) {
    if (!placed[edge.source] || !placed[edge.target] || edge.relations.every((r) => r === 'contains')) continue;
    let best = { bend: 0, hits: collisions(edge, 0, placed) };
    for (const bend of BENDS.slice(1)) {
      if (best.hits === 0) break;
      const hits = collisions(edge, bend, placed);
      if (hits < best.hits) best = { bend, hits };
    }
    if (best.bend !== 0) bends.set(edge.id, best.bend);
  }
  return bends;
}

const LABEL_STOPS = [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8];
const LABEL_SHIFTS = [0, -(NODE_HALF_HEIGHT + 12), NODE_HALF_HEIGHT + 12, -(NODE_HALF_HEIGHT + 36), NODE_HALF_HEIGHT + 36];
const LABEL_BOX = { includeNodes: false, includeEdges: false, includeMainLabels: false, includeSourceLabels: true, includeTargetLabels: false, includeOverlays: false };

/**
 * Moves each edge's label along its edge (the middle first), then just above or below it, to the first place where it
 * covers no node and no label already placed, as Cytoscape draws them (bundled and bent edges included); a label that
 * fits nowhere takes the place with least overlap.
 */
function settleLabels(cy) {
  const pad = 3;
  const grow = (b) => ({ x1: b.x1 - pad, x2: b.x2 + pad, y1: b.y1 - pad, y2: b.y2 + pad });
  const overlap = (a, b) => Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));
  const taken = cy.nodes().map((n) => grow(n.boundingBox({ includeLabels: false, includeOverlays: false })));
  // Not in a batch: each trial must be styled for its box to be measured.
  for (const edge of cy.edges().filter((e) => e.data('label'))) {
    const from = edge.sourceEndpoint();
    const to = edge.targetEndpoint();
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    let best = null;
    for (const dy of LABEL_SHIFTS) {
      for (const u of LABEL_STOPS) {
        edge.data({ labelOffset: u * length, labelShift: dy });
        const box = grow(edge.boundingBox(LABEL_BOX));
        const cost = taken.reduce((sum, other) => sum + overlap(box, other), 0);
        if (!best || cost < best.cost) best = { u, dy, box, cost };
        if (cost === 0) break;
      }
      if (best.cost === 0) break;
    }
    edge.data({ labelOffset: best.u * length, labelShift: best.dy });
    taken.push(best.box);
  }
}

function elements(graph) {
  const placed = positions(graph.nodes, graph.edges);
  const bends = detours(graph.edges, placed);
  return [
    ...graph.nodes.map((node) => ({
      group: 'nodes',
      data: { id: node.id, label: node.label, colour: levelColour(node.level) },
      position: placed[node.id],
      classes: [node.kind, node.inCorpus ? 'in-corpus' : 'cited-only', node.id === graph.start ? 'start' : ''].join(' '),
    })),
    ...graph.edges.map((edge) => ({
      group: 'edges',
      data: {
        id: edge.id, source: edge.source, target: edge.target, label: edgeLabel(edge), detour: bends.get(edge.id) ?? 0,
        labelOffset: 0, labelShift: 0,
      },
      classes: [edgeClass(edge), bends.has(edge.id) ? 'detour' : ''].join(' '),
    })),
  ];
}

const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 190, 'font-size': 13, 'line-height': 1.25,
      'text-valign': 'center', 'text-halign': 'center', width: 186, height: 62, shape: 'round-rectangle', 'background-color': 'data(colour)',
      color: '#fff', 'border-width': 2, 'border-color': 'data(colour)',
      'font-family': '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
    },
  },
  { selector: 'node.cited-only', style: { 'background-color': '#fff', color: 'data(colour)', 'border-style': 'dashed' } },
  { selector: 'node.measure', style: { shape: 'rectangle', 'background-color': '#fff', color: '#1f2328' } },
  { selector: 'node.target', style: { shape: 'ellipse', 'background-color': '#fff', color: '#1f2328', width: 170, height: 66, 'border-width': 3 } },
  { selector: 'node.start', style: { 'border-width': 5, 'border-color': '#111', 'border-style': 'solid' } },
  { selector: 'node:active, node:selected', style: { 'overlay-opacity': 0.12 } },
  { selector: 'node.focused', style: { 'overlay-opacity': 0.2, 'overlay-color': '#1d4ed8', 'overlay-padding': 6 } },
  {
    selector: 'edge',
    style: {
      width: 1.6, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#6b7280',
      'target-arrow-color': '#6b7280', 'source-label': 'data(label)', 'source-text-offset': 'data(labelOffset)',
      'source-text-margin-y': 'data(labelShift)',
      'font-size': 12, color: '#374151', 'text-background-color': '#fff', 'text-background-opacity': 0.95,
      'text-background-padding': 2, 'source-text-rotation': 'none', 'font-family': '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
    },
  },
  { selector: 'edge.reuse', style: { 'line-style': 'dashed', 'line-color': '#7b3fa0', 'target-arrow-color': '#7b3fa0', color: '#5b2d78' } },
  { selector: 'edge.target-link', style: { width: 3, 'line-color': '#c2410c', 'target-arrow-color': '#c2410c', color: '#9a3412' } },
  {
    selector: 'edge.detour',
    style: { 'curve-style': 'unbundled-bezier', 'control-point-distances': 'data(detour)', 'control-point-weights': 0.5 },
  },
  { selector: 'edge.contains', style: { 'line-style': 'dotted', 'line-color': '#9ca3af', 'target-arrow-shape': 'none', width: 1.2 } },
];

/** A small drawing of a node's shape or a link's line, as the graph draws it. */
function glyph(kind) {
  const svg = (...children) => s('svg', { width: 34, height: 16, viewBox: '0 0 34 16', 'aria-hidden': 'true', class: 'legend-glyph' }, ...children);
  const line = (attrs) => svg(s('line', { x1: 1, y1: 8, x2: 27, y2: 8, 'stroke-width': 2, ...attrs }),
    attrs['marker'] === 'none' ? null : s('path', { d: 'M27 4 L33 8 L27 12 Z', fill: attrs.stroke }));
  switch (kind) {
    case 'document': return svg(s('rect', { x: 1, y: 2, width: 32, height: 12, rx: 4, fill: '#1f5fa8' }));
    case 'cited-only': return svg(s('rect', { x: 1, y: 2, width: 32, height: 12, rx: 4, fill: '#fff', stroke: '#1f5fa8', 'stroke-dasharray': '3 2', 'stroke-width': 1.5 }));
    case 'measure': return svg(s('rect', { x: 1, y: 2, width: 32, height: 12, fill: '#fff', stroke: '#1f5fa8', 'stroke-width': 1.5 }));
    case 'target': return svg(s('ellipse', { cx: 17, cy: 8, rx: 15, ry: 6, fill: '#fff', stroke: '#1f5fa8', 'stroke-width': 2 }));
    case 'start': return svg(s('rect', { x: 2, y: 2, width: 30, height: 12, rx: 4, fill: '#fff', stroke: '#111', 'stroke-width': 3 }));
    case 'citation': return line({ stroke: '#6b7280' });
    case 'reuse': return line({ stroke: '#7b3fa0', 'stroke-dasharray': '5 3' });
    case 'target-link': return line({ stroke: '#c2410c', 'stroke-width': 3 });
    default: return line({ stroke: '#9ca3af', 'stroke-dasharray': '1 3', marker: 'none' });
  }
}

/** Every colour, shape and line the graph draws, named: levels, kinds of node, kinds of link. */
function legendBar() {
  const item = (mark, text) => h('li', { class: 'legend-item' }, mark, text);
  return h('div', { class: 'graph-legend small' },
    h('ul', { 'aria-label': t('lineage.legendLevels') }, ROW_ORDER.filter((l) => l !== 'unknown').map((level) =>
      item(h('span', { class: 'swatch', style: { background: levelColour(level) } }), levelName(level)))),
    h('ul', { 'aria-label': t('lineage.legendNodes') },
      ['document', 'cited-only', 'measure', 'target', 'start'].map((kind) => item(glyph(kind), t(`lineage.node.${kind}`)))),
    h('ul', { 'aria-label': t('lineage.legendLinks') },
      item(glyph('citation'), ['implements', 'forwards', 'mentions'].map(relationName).join(' / ')),
      item(glyph('reuse'), ['text-reuse', 'named-programme', 'inferred'].map(relationName).join(' / ')),
      item(glyph('target-link'), `${relationName('same-indicator')}（${t('target.share')}）`),
      item(glyph('contains'), relationName('contains'))));
}

function nodeTable(graph) {
  const order = (n) => ROW_ORDER.indexOf(levelKey(n.level));
  return table([t('col.level'), t('col.kind'), t('col.node')], [...graph.nodes]
    .sort((a, b) => order(a) - order(b) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
    .map((node) => [
      levelBadge(node.level),
      t(`kind.${node.kind}`),
      h('a', { href: node.kind === 'document' ? docHref(node.id) : hrefFor(node.id), dataset: { node: node.id } }, node.fullLabel),
    ]), { className: 'graph-nodes' });
}

function edgeTable(graph) {
  const label = new Map(graph.nodes.map((n) => [n.id, n.fullLabel]));
  return table([t('col.relation'), t('lineage.from'), t('lineage.to')], graph.edges
    .filter((e) => edgeClass(e) !== 'contains')
    .map((edge) => [
      edgeLabel(edge),
      h('a', { href: hrefFor(edge.source) }, label.get(edge.source)),
      h('span', null, '→ ', h('a', { href: hrefFor(edge.target) }, label.get(edge.target))),
    ]), { className: 'graph-edges' });
}

export async function lineagePage(ctx) {
  const iri = ctx.params.get('iri');
  const [graph, { default: cytoscape }] = await Promise.all([buildLineage(iri), import('cytoscape')]);
  // The canvas is one focusable application: arrow keys move from node to node (the full title shown as on hover),
  // Enter opens the node; the lists below the graph hold the same nodes and links as links and text.
  const container = h('div', { class: 'graph', 'aria-label': t('lineage.graphLabel'), role: 'application', tabindex: '0',
    'aria-describedby': 'graph-keys' });
  const tip = h('div', { class: 'graph-tip', role: 'status', 'aria-live': 'polite', hidden: true });
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  let cy = null;
  let focused = -1;
  const fit = () => cy && cy.fit(undefined, 24);
  const open = (id) => {
    const node = byId.get(id);
    if (node) ctx.navigate(node.kind === 'document' ? docHref(node.id) : hrefFor(node.id));
  };
  /** The full title of a node beside it (labels in the graph are cut to a few lines). */
  const showTip = (element) => {
    const node = byId.get(element.id());
    if (!node) return;
    tip.textContent = node.fullLabel;
    const at = element.renderedPosition();
    tip.style.left = `${Math.max(4, Math.min(at.x - 120, container.clientWidth - 250))}px`;
    tip.style.top = `${at.y + element.renderedOuterHeight() / 2 + 6}px`;
    tip.hidden = false;
  };
  const order = () => cy.nodes().sort((a, b) => a.position('y') - b.position('y') || a.position('x') - b.position('x'));
  const focusNode = (index) => {
    const nodes = order();
    if (!nodes.length) return;
    focused = (index + nodes.length) % nodes.length;
    cy.nodes().removeClass('focused');
    const node = nodes[focused];
    node.addClass('focused');
    const at = node.renderedPosition();
    if (at.x < 0 || at.x > container.clientWidth || at.y < 0 || at.y > container.clientHeight) cy.center(node);
    showTip(node);
  };
  container.addEventListener('keydown', (event) => {
    if (!cy) return;
    if (['ArrowRight', 'ArrowDown'].includes(event.key)) focusNode(focused + 1);
    else if (['ArrowLeft', 'ArrowUp'].includes(event.key)) focusNode(focused - 1);
    else if (event.key === 'Enter' && focused >= 0) open(order()[focused].id());
    else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
    else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
    else if (event.key === 'Escape') { tip.hidden = true; cy.nodes().removeClass('focused'); focused = -1; return; }
    else return;
    event.preventDefault();
  });
  // Cytoscape's own wheel zoom samples the first events and then divides a mouse wheel's steps down to a few per cent
  // a notch: the wheel is handled here, before it reaches the canvas, a notch (100 pixels) zooming by a fifth.
  const frame = h('div', { class: 'graph-frame' }, container, tip);
  frame.addEventListener('wheel', (event) => {
    if (!cy) return;
    event.preventDefault();
    event.stopPropagation();
    const pixels = event.deltaY * (event.deltaMode === 1 ? 33 : event.deltaMode === 2 ? 400 : 1);
    const factor = Math.min(2, Math.max(0.5, Math.exp(-pixels * WHEEL_RATE)));
    const box = container.getBoundingClientRect();
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: event.clientX - box.left, y: event.clientY - box.top } });
  }, { capture: true, passive: false });
  ctx.afterRender = () => {
    cy = cytoscape({
      container, elements: elements(graph), style: STYLE, layout: { name: 'preset' },
      minZoom: 0.1, maxZoom: 3, autoungrabify: false,
    });
    // Kept on the element so the end-to-end test (and a curious person's console) can reach the graph.
    container.cytoscape = cy;
    settleLabels(cy);
    // The whole graph in view on any screen, a phone's too: the fit button brings it back after zooming.
    fit();
    cy.on('tap', 'node', (event) => open(event.target.id()));
    cy.on('mouseover', 'node', (event) => showTip(event.target));
    cy.on('mouseout', 'node', () => { if (focused < 0) tip.hidden = true; });
    cy.on('viewport', () => { tip.hidden = true; });
    container.dataset.ready = 'true';
    container.dataset.nodes = String(graph.nodes.length);
  };
  ctx.onLeave(() => cy && cy.destroy());
  const startLink = graph.kind === 'document' ? docHref(iri) : hrefFor(iri);
  return h('div', { class: 'page lineage-page' },
    pageHeader(t('lineage.title'), h('a', { href: startLink }, graph.title), h('p', { class: 'muted small' }, t('lineage.hint'))),
    h('section', { class: 'card graph-card' },
      h('div', { class: 'graph-toolbar' }, legendBar(), h('button', { type: 'button', class: 'small', onclick: fit }, t('lineage.fit'))),
      frame,
      h('p', { id: 'graph-keys', class: 'muted small' }, t('lineage.keys'))),
    section(t('lineage.nodes'), nodeTable(graph)),
    h('details', { class: 'card' }, h('summary', null, h('h2', { class: 'summary-heading' }, t('lineage.edges'))), edgeTable(graph)));
}
