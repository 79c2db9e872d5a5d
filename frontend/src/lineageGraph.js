// The lineage around a document or a target as plain nodes and edges, gathered from the REST API:
// citations and their closure upward, measures that reuse higher measures (which is how a city
// document reaches the Yangtze River Delta plan), and for a target its parent targets with shares.
import { api, mapLimited } from './api.js';
import { kindOf } from './links.js';
import { targetValue } from './components.js';

const CONCURRENCY = 6;
const MAX_TARGET_DEPTH = 4;

const PER_LINE = 12;

/**
 * Chinese has no spaces for Cytoscape to wrap at, so labels are broken into lines here: at most
 * `lines` lines of PER_LINE characters, the last one cut with an ellipsis.
 */
function wrap(text, lines) {
  if (!text) return '';
  const chars = [...text];
  const out = [];
  for (let i = 0; i < chars.length && out.length < lines; i += PER_LINE) out.push(chars.slice(i, i + PER_LINE).join(''));
  if (chars.length > lines * PER_LINE) out[lines - 1] = `${[...out[lines - 1]].slice(0, PER_LINE - 1).join('')}…`;
  return out.join('\n');
}

/**
 * A growing graph: nodes keyed by IRI, edges keyed by child and parent, relations merged. Document and measure nodes get
 * their labels in `finish`, once the documents' summaries (文号, level) are read in one request.
 */
class Graph {
  constructor() {
    this.nodes = new Map();
    this.edges = new Map();
  }

  addDocument(doc, depth) {
    const existing = this.nodes.get(doc.iri);
    if (existing) {
      if (depth != null && (existing.depth == null || Math.abs(depth) < Math.abs(existing.depth))) existing.depth = depth;
      existing.number ||= doc.number || doc.docNumber;
      existing.title ||= doc.label || doc.title;
      existing.level ??= doc.level ?? null;
      return existing;
    }
    const node = {
      id: doc.iri, kind: 'document', level: doc.level ?? null, inCorpus: doc.inCorpus ?? null, depth: depth ?? null, doc: doc.iri,
      number: doc.number || doc.docNumber, title: doc.label || doc.title,
    };
    this.nodes.set(doc.iri, node);
    return node;
  }

  addMeasure(iri, label, docIri, level, depth) {
    if (this.nodes.has(iri)) return this.nodes.get(iri);
    const node = { id: iri, kind: 'measure', level: level ?? null, inCorpus: true, depth, doc: docIri, title: label };
    this.nodes.set(iri, node);
    return node;
  }

  addTarget(target, level, depth) {
    if (this.nodes.has(target.iri)) return this.nodes.get(target.iri);
    const node = {
      id: target.iri, kind: 'target', level, inCorpus: true, depth, doc: target.doc,
      fullLabel: target.quote,
      label: `${target.scope?.label || ''}\n${targetValue(target) || wrap(target.quote, 1)}${target.deadline ? `\n${target.deadline}` : ''}`,
    };
    this.nodes.set(target.iri, node);
    return node;
  }

  /** Labels and levels from the documents' summaries: a document by its 文号 and title, a measure with its document's 文号. */
  finish(summaries) {
    for (const node of this.nodes.values()) {
      const known = summaries.get(node.doc) || {};
      node.level ??= known.level ?? null;
      if (node.kind === 'document') {
        node.inCorpus ??= known.inCorpus ?? false;
        const number = node.number || known.number;
        const title = node.title || known.label || node.id;
        node.fullLabel = [number, title].filter(Boolean).join(' ');
        node.label = number ? `${number}\n${wrap(title, 2)}` : wrap(title, 3);
      } else if (node.kind === 'measure') {
        const number = known.number || known.label;
        node.fullLabel = `${number || ''} ${node.title}`.trim();
        node.label = known.number ? `${known.number}\n${wrap(node.title, 2)}` : wrap(node.title, 3);
      }
    }
  }

  link(child, parent, relation, { score = null, share = null } = {}) {
    if (!this.nodes.has(child) || !this.nodes.has(parent) || child === parent) return;
    const key = `${child} ${parent}`;
    let edge = this.edges.get(key);
    if (!edge) {
      edge = { id: `e${this.edges.size}`, source: child, target: parent, relations: [], scores: {}, counts: {}, share: null };
      this.edges.set(key, edge);
    }
    if (!edge.relations.includes(relation)) edge.relations.push(relation);
    if (score != null) edge.scores[relation] = Math.max(edge.scores[relation] ?? 0, score);
    if (share != null) edge.share = share;
    edge.counts[relation] = (edge.counts[relation] || 0) + 1;
  }
}

async function documentLayer(graph, docIri, { downstream }) {
  const detail = await api.documentByIri(docIri);
  graph.addDocument(detail.summary, 0);
  const ancestorDepth = new Map(detail.ancestors.map((a) => [a.iri, a]));
  for (const a of detail.ancestors) graph.addDocument(a, a.depth);
  for (const c of detail.cites) {
    graph.addDocument(c, 1);
    graph.link(docIri, c.iri, c.relation, { score: ancestorDepth.get(c.iri)?.score ?? c.score });
  }
  if (downstream) {
    for (const d of detail.citedBy) {
      graph.addDocument(d, -1);
      graph.link(d.iri, docIri, d.relation, { score: d.score });
    }
  }
  // Citations among the ancestors themselves, read from each ancestor the corpus holds.
  const upstream = detail.ancestors.filter((a) => a.inCorpus && a.iri !== docIri);
  const details = await mapLimited(upstream, CONCURRENCY, (a) => api.documentByIri(a.iri));
  for (const up of details) {
    if (!up || up.error) continue;
    for (const c of up.cites) {
      graph.addDocument(c, (graph.nodes.get(up.summary.iri)?.depth ?? 1) + 1);
      graph.link(up.summary.iri, c.iri, c.relation, { score: c.score });
    }
  }
  return [detail, ...details.filter((d) => d && !d.error)];
}

/** Measures that follow measures of other documents, summed up as links between the documents: one request a document. */
async function acrossLayer(graph, details) {
  const results = await mapLimited(details, CONCURRENCY, (detail) => api.documentAlignments(detail.summary.path));
  for (const [i, result] of results.entries()) {
    if (!result || result.error) continue;
    const docIri = details[i].summary.iri;
    for (const a of result.filter((x) => x.direction === 'parent' && x.otherDoc !== docIri)) {
      const childDepth = graph.nodes.get(docIri)?.depth ?? 0;
      graph.addDocument({ iri: a.otherDoc, label: a.otherDocLabel }, childDepth + 1);
      for (const method of a.methods) graph.link(docIri, a.otherDoc, method, { score: a.score });
    }
  }
}

async function targetLayer(graph, targetIri) {
  const lineage = await api.targetLineage(targetIri);
  const levels = new Map(lineage.siblings.map((x) => [x.target, x.level]));
  const stepLevel = (iri) => lineage.steps.find((x) => x.node === iri)?.level ?? null;
  const target = lineage.target;
  const own = lineage.steps.find((x) => x.nodeType === 'measure' && x.step === 0);
  const ownDoc = lineage.steps.find((x) => x.nodeType === 'document' && x.step === 0);
  graph.addDocument(ownDoc ? { iri: ownDoc.node, label: ownDoc.label, number: ownDoc.docNumber, level: ownDoc.level } : { iri: target.doc }, 0);
  graph.addTarget(target, levels.get(target.iri) ?? stepLevel(target.iri), 0);
  if (own) {
    graph.addMeasure(own.node, own.label, own.doc, own.level, 0);
    graph.link(target.iri, own.node, 'contains');
    graph.link(own.node, own.doc, 'contains');
  }
  // Parent targets, level by level, with the share each child takes of its parent.
  let frontier = [lineage];
  for (let depth = 1; depth <= MAX_TARGET_DEPTH && frontier.length; depth++) {
    const next = [];
    for (const below of frontier) {
      for (const link of below.parents) {
        const parent = link.parent;
        const parentLevel = levels.get(parent.iri) ?? stepLevel(parent.iri);
        graph.addDocument({ iri: parent.doc, label: link.parentDocument?.label }, depth);
        graph.addTarget(parent, parentLevel, depth);
        graph.link(below.target.iri, parent.iri, 'same-indicator', { score: link.score, share: link.share });
        if (parent.measure) {
          const step = lineage.steps.find((x) => x.node === parent.measure);
          if (step) {
            graph.addMeasure(step.node, step.label, step.doc, step.level, depth);
            graph.link(parent.iri, step.node, 'contains');
            graph.link(step.node, step.doc, 'contains');
          } else {
            graph.link(parent.iri, parent.doc, 'contains');
          }
        }
        next.push(parent.iri);
      }
    }
    frontier = (await mapLimited(next, CONCURRENCY, (iri) => api.targetLineage(iri))).filter((x) => x && !x.error);
  }
  // The measures the target's measure follows, across to regional plans too.
  if (own) {
    const alignments = await api.alignments(own.node);
    for (const parent of alignments.parents) {
      graph.addDocument({ iri: parent.doc, label: parent.docLabel }, 1);
      graph.addMeasure(parent.measure, parent.measureLabel, parent.doc, null, 1);
      for (const method of parent.methods) graph.link(own.node, parent.measure, method, { score: parent.score });
      graph.link(parent.measure, parent.doc, 'contains');
    }
  }
  return lineage;
}

/** The graph around an IRI (a document or a target), and what it started from. */
export async function buildLineage(iri) {
  const graph = new Graph();
  const kind = kindOf(iri);
  let title;
  let startDoc = iri;
  if (kind === 'target') {
    const lineage = await targetLayer(graph, iri);
    startDoc = lineage.target.doc;
    title = lineage.target.quote;
  } else if (kind !== 'document') {
    throw Object.assign(new Error(`not a document or a target: ${iri}`), { status: 404 });
  }
  const details = await documentLayer(graph, startDoc, { downstream: kind === 'document' });
  await acrossLayer(graph, kind === 'target' ? details.slice(0, 1) : details);
  if (!title) title = details[0].summary.label;
  graph.finish(await api.summaries([...new Set([...graph.nodes.values()].map((n) => n.doc))]));
  return { kind, title, start: iri, nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] };
}
