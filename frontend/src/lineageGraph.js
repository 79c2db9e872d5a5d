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

/** A growing graph: nodes keyed by IRI, edges keyed by child and parent, relations merged. */
class Graph {
  constructor(directory) {
    this.directory = directory;
    this.nodes = new Map();
    this.edges = new Map();
  }

  addDocument(doc, depth) {
    const known = this.directory.get(doc.iri) || {};
    const existing = this.nodes.get(doc.iri);
    if (existing) {
      if (depth != null && (existing.depth == null || Math.abs(depth) < Math.abs(existing.depth))) existing.depth = depth;
      return existing;
    }
    const number = doc.number || doc.docNumber || known.number;
    const title = doc.label || doc.title || known.label || doc.iri;
    const node = {
      id: doc.iri, kind: 'document', level: doc.level ?? known.level ?? null,
      inCorpus: doc.inCorpus ?? known.inCorpus ?? false, depth: depth ?? null, doc: doc.iri,
      fullLabel: [number, title].filter(Boolean).join(' '),
      label: number ? `${number}\n${wrap(title, 2)}` : wrap(title, 3),
    };
    this.nodes.set(doc.iri, node);
    return node;
  }

  addMeasure(iri, label, docIri, level, depth) {
    if (this.nodes.has(iri)) return this.nodes.get(iri);
    const doc = this.directory.get(docIri) || {};
    const node = {
      id: iri, kind: 'measure', level: level ?? doc.level ?? null, inCorpus: true, depth, doc: docIri,
      fullLabel: `${doc.number || doc.label || ''} ${label}`.trim(),
      label: doc.number ? `${doc.number}\n${wrap(label, 2)}` : wrap(label, 3),
    };
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

/** Measures that follow measures of other documents, summed up as links between the documents. */
async function acrossLayer(graph, details) {
  const measures = details.flatMap((detail) =>
    detail.sections.flatMap((sec) => sec.measures.map((m) => ({ measure: m.iri, doc: detail.summary.iri }))));
  const results = await mapLimited(measures, CONCURRENCY, (m) => api.alignments(m.measure));
  for (const [i, result] of results.entries()) {
    if (!result || result.error) continue;
    for (const parent of result.parents) {
      if (parent.doc === measures[i].doc) continue;
      const childDepth = graph.nodes.get(measures[i].doc)?.depth ?? 0;
      graph.addDocument({ iri: parent.doc, label: parent.docLabel }, childDepth + 1);
      for (const method of parent.methods) graph.link(measures[i].doc, parent.doc, method, { score: parent.score });
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
  const overview = await api.overview();
  const directory = new Map(overview.documents.map((d) => [d.iri, d]));
  const graph = new Graph(directory);
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
  for (const node of graph.nodes.values()) if (node.level == null) node.level = directory.get(node.doc)?.level ?? null;
  return { kind, title, start: iri, nodes: [...graph.nodes.values()], edges: [...graph.edges.values()] };
}
