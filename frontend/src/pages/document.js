// One document: its metadata, its text by section and measure with targets, agencies and
// certificate types highlighted in place, and its links both ways.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t, tOr } from '../i18n.js';
import { compareHref, encodePath, hrefFor, lineageHref, pathOf, rdfHref } from '../links.js';
import {
  badge, docDate, docLink, empty, facts, formatNumber, formatScore, levelBadge, pageHeader, refLink, relationName, section, statusName,
  table, targetValue,
} from '../components.js';
import { evidence, passageSides, side } from '../evidence.js';
import { readingNotice } from './resolve.js';
import { addCitation, session, statusBadge, uploadForm } from '../curation.js';
import { agencyChips, certChips, highlightedMeasure, legend } from '../measureText.js';
import { coverageSection, rollupSection } from '../coverage.js';

/**
 * The page of the source file a quote is on, linked to the file opened at that page (PDF viewers follow #page=N);
 * nothing when the file has no pages or is not served.
 */
function pageLink(source, page) {
  if (!source || page == null) return null;
  return h('a', { class: 'page-ref', href: `${source}#page=${page}`, target: '_blank', rel: 'noopener',
    title: t('doc.pageTitle', { n: page }) }, t('doc.page', { n: page }));
}

/** The served source file of another document, when it was ingested (its quotes' pages link there). */
function sourceOf(link) {
  const path = pathOf(link.iri);
  return path && link.inCorpus ? `/api/documents/${encodePath(path)}/source` : null;
}

function named(doc) {
  return [doc.number, doc.label].filter(Boolean).join(' ');
}

/**
 * The evidence of a link between two documents: for a citation, the citing words (on the citing document's page)
 * and the cited document as named; for a document that follows this one's measures, how many; for an ancestor or
 * a descendant, the relation that reaches it, its score and depth.
 */
function linkEvidence(link, direction, doc, source) {
  if (direction === 'cites' || direction === 'citedBy') {
    const citing = direction === 'cites' ? doc : link;
    const cited = direction === 'cites' ? link : doc;
    const citingSource = direction === 'cites' ? source : sourceOf(link);
    const sides = link.evidence
      ? [side(t('evidence.citingSide', { doc: named(citing) }), link.evidence,
        link.page != null && citingSource ? pageLink(citingSource, link.page) : null),
      side(t('evidence.citedSide'), named(cited))]
      : [];
    const extra = link.followingMeasures ? h('p', { class: 'small' }, t('doc.followingMeasures', { n: link.followingMeasures })) : null;
    const methods = link.relation === 'follows-measures' ? ['text-reuse'] : [link.relation];
    return evidence({ methods, score: link.score, sides, extra });
  }
  return evidence({
    methods: [link.relation], score: link.score, explanation: link.evidence,
    extra: h('p', { class: 'small' }, t('doc.depth', { n: link.depth })),
  });
}

function linkList(links, direction, doc, { depth = false, source = null } = {}) {
  if (!links.length) return empty();
  const sorted = [...links].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0));
  return h('ul', { class: 'links' }, sorted.map((link) =>
    h('li', null,
      levelBadge(link.level), ' ',
      h('span', { class: 'relation' }, relationName(link.relation)),
      depth && link.depth != null ? h('span', { class: 'muted small' }, ` ${t('doc.depth', { n: link.depth })}`) : null,
      ' ', docLink(link),
      link.jurisdiction || link.date ? h('span', { class: 'doc-meta small' }, ` ${[link.jurisdiction, docDate(link)].filter(Boolean).join(' · ')}`) : null,
      link.inCorpus ? null : [' ', h('span', { class: 'badge not-ingested' }, t('doc.notIngested'))],
      linkEvidence(link, direction, doc, source))));
}

/** One version's value of a changed target as read: 120 张 (2025); a dash on the side that has no such target. */
function versionValue(side) {
  if (!side.target) return '—';
  const value = side.value != null ? `${formatNumber(side.value)} ${side.unit ?? ''}`.trim() : t('versions.noValue');
  return side.deadline ? `${value} (${side.deadline})` : value;
}

/**
 * What changed in the targets between this document and each of its other versions (a draft and its issued document,
 * a repealed document and its replacement, an earlier plan and its continuation): one table a pair, each row the kind
 * of change, the indicator, the value before and after, and on request how the two targets were paired.
 */
function targetChanges(changes, doc, names) {
  if (!changes?.length) return null;
  const pairs = new Map();
  for (const change of changes) {
    const key = `${change.earlier.document} ${change.later.document}`;
    if (!pairs.has(key)) pairs.set(key, []);
    pairs.get(key).push(change);
  }
  const other = (iri) => (iri === doc.iri ? t('versions.thisDocument') : h('a', { href: hrefFor(iri) }, names.get(iri) || t('versions.otherDocument')));
  return [...pairs.values()].map((rows) => {
    const counts = {};
    for (const row of rows) counts[row.kind] = (counts[row.kind] ?? 0) + 1;
    return h('div', { class: 'target-changes', dataset: { earlier: rows[0].earlier.document, later: rows[0].later.document } },
      h('h3', null, relationName(rows[0].succession), ' · ', other(rows[0].earlier.document), ' → ', other(rows[0].later.document)),
      h('p', { class: 'small' }, Object.entries(counts).map(([kind, n]) => `${tOr('change', kind)} ${n}`).join(' · ')),
      table([t('versions.change'), t('col.indicator'), t('versions.before'), t('versions.after')],
        rows.map((row) => [
          badge(tOr('change', row.kind), `change-${row.kind}`),
          [row.indicator ?? '', evidence({ methods: ['indicator-and-deadline'], explanation: row.evidence })],
          row.earlier.target ? h('a', { href: hrefFor(row.earlier.target) }, versionValue(row.earlier)) : '—',
          row.later.target ? h('a', { href: hrefFor(row.later.target) }, versionValue(row.later)) : '—',
        ]), { className: 'target-change-table' }));
  });
}

function linkSection(name, title, ...children) {
  return h('section', { class: 'card', dataset: { links: name } }, h('h2', null, title), ...children);
}

/** Each measure's parents and children beside it, with the evidence of each alignment on request. */
function measureLineage(measure, alignments, names) {
  const mine = alignments.filter((a) => a.measure === measure.iri);
  if (!mine.length) return null;
  const item = (a) => {
    const parent = a.direction === 'parent';
    const docName = names.get(a.otherDoc) || a.otherDocLabel;
    return h('li', null,
      h('a', { href: hrefFor(a.other) }, `${docName} ${a.otherLabel}`),
      ' ', h('a', { class: 'button small secondary', href: parent ? compareHref(measure.iri, a.other) : compareHref(a.other, measure.iri) }, t('measure.compare')),
      evidence({
        methods: a.methods, score: a.score,
        notes: [h('span', { class: 'small' }, `${t('col.reuse')} ${formatScore(a.reuseCoefficient)}`)],
        onOpen: async () => {
          const full = await api.alignments(measure.iri);
          const found = [...full.parents, ...full.children].find((x) => x.measure === a.other);
          const own = t('evidence.thisMeasure');
          return found ? passageSides(found.passages, parent ? own : docName, parent ? docName : own) : null;
        },
      }));
  };
  const parents = mine.filter((a) => a.direction === 'parent');
  const children = mine.filter((a) => a.direction === 'child');
  return h('aside', { class: 'measure-lineage' },
    parents.length ? [h('h4', null, t('measure.parents')), h('ul', { class: 'links' }, parents.map(item))] : null,
    children.length ? [h('h4', null, t('measure.children')), h('ul', { class: 'links' }, children.map(item))] : null);
}

function measureCard(measure, targets, source, lineage) {
  return h('article', { class: 'measure', id: `m${measure.key}`, dataset: { measure: measure.iri } },
    h('h3', null,
      h('a', { href: hrefFor(measure.iri) }, [measure.number, measure.heading].filter(Boolean).join(' ')),
      measure.noCounterpart ? badge(t('measure.noCounterpart'), 'warn') : null,
      measure.page != null && source ? [' ', pageLink(source, measure.page)] : null),
    h('p', { class: 'measure-text' }, highlightedMeasure(measure, targets)),
    measure.agencies?.length || measure.certificateTypes?.length
      ? h('div', { class: 'chips' }, agencyChips(measure.agencies), certChips(measure.certificateTypes))
      : null,
    lineage ? lineage(measure) : null);
}

function textSections(detail, source, lineage) {
  const targetsByMeasure = new Map();
  for (const target of detail.targets) {
    if (!targetsByMeasure.has(target.measure)) targetsByMeasure.set(target.measure, []);
    targetsByMeasure.get(target.measure).push(target);
  }
  return detail.sections.map((sec) => h('section', { class: 'doc-section' },
    sec.heading || sec.number ? h('h2', null, [sec.number, sec.heading].filter(Boolean).join(' ')) : null,
    sec.measures.map((m) => measureCard(m, targetsByMeasure.get(m.iri) || [], source, lineage))));
}

function targetTable(targets, source) {
  const counted = targets.filter((target) => target.value != null);
  if (!counted.length) return empty();
  return table([t('col.target'), t('col.indicator'), t('col.value'), t('col.deadline')],
    counted.map((target) => [
      h('span', null, h('a', { href: hrefFor(target.iri) }, target.quote),
        target.localAddition ? [' ', badge(t('target.localAddition'), 'local')] : null,
        target.status ? [' ', statusBadge(target.status)] : null,
        target.page != null && source ? [' ', pageLink(source, target.page)] : null),
      target.indicatorLabel || '',
      targetValue(target),
      target.deadline || '',
    ]), { className: 'targets' });
}

/**
 * Where the document comes from: the file as read (served), its address, SHA-256, pages; for a document not
 * ingested, that plainly, and everything the citations say of it.
 */
function sourcePanel(detail, source, upload) {
  const doc = detail.summary;
  if (!doc.inCorpus || !detail.source) {
    const quoted = detail.citedBy.filter((link) => link.evidence);
    return section(t('source.title'),
      h('p', { class: 'notice not-ingested-notice' }, t('source.notIngested')),
      facts([
        [t('doc.number'), doc.number],
        [t('source.citedTitles'), [doc.label, ...(detail.alternativeTitles || [])].filter(Boolean).map((title) => `《${title}》`).join('、')],
        [t('doc.date'), docDate(doc)],
        [t('source.citedBy'), String(detail.citedBy.length)],
      ]),
      quoted.length ? h('ul', { class: 'citing-quotes' }, quoted.map((link) => h('li', null,
        side(t('evidence.citingSide', { doc: named(link) }), link.evidence,
          link.page != null && sourceOf(link) ? pageLink(sourceOf(link), link.page) : null)))) : null,
      upload);
  }
  const file = detail.source;
  const address = new URL(source, location.origin).href;
  return section(t('source.title'), facts([
    [t('source.file'), h('a', { href: source, download: file.fileName }, file.fileName)],
    [t('source.format'), file.mediaType],
    [t('source.address'), h('a', { href: source, class: 'source-address' }, address)],
    [t('source.sha256'), h('code', { class: 'sha256' }, file.sha256)],
    [t('source.pages'), file.pages ? t('source.pageCount', { n: file.pages }) : t('source.noPages')],
  ]), h('p', { class: 'muted small' }, file.pages ? t('source.pageHint') : t('source.textHint')));
}

export async function documentPage(ctx) {
  const path = ctx.match[1].split('/').map(decodeURIComponent).join('/');
  const from = ctx.params.get('from');
  // Coverage and roll-ups read the most and sit below the targets: asked for with the rest, shown when they come.
  const coverage = api.coverage(path).catch(() => null);
  const [detail, alignments, resolution] = await Promise.all([
    api.document(path),
    api.documentAlignments(path).catch(() => []),
    from ? api.resolve(from).catch(() => null) : null,
  ]);
  const doc = detail.summary;
  const who = await session();
  const names = new Map();
  for (const link of [...detail.cites, ...detail.citedBy, ...detail.ancestors, ...detail.descendants,
    ...(detail.revisionOf ?? []), ...(detail.revisedBy ?? [])]) {
    names.set(link.iri, link.number || link.label);
  }
  const lineage = (measure) => measureLineage(measure, alignments, names);
  // Where the file as it was read is served: quotes on its pages link there.
  const source = detail.sourceFile && doc.inCorpus ? `/api/documents/${encodePath(path)}/source` : null;
  const date = doc.issued || (doc.earliestDate ? `${t('doc.earliest')} ${doc.earliestDate.slice(0, 4)}` : null);
  const header = pageHeader(doc.number, doc.label || doc.iri,
    h('div', { class: 'actions' },
      h('a', { class: 'button', href: lineageHref(doc.iri) }, t('doc.lineage')),
      h('a', { class: 'button secondary', href: rdfHref(doc.iri) }, t('doc.rdf'))));
  const meta = section(null, facts([
    [t('doc.number'), doc.number],
    [t('doc.issuers'), detail.issuers.length ? detail.issuers.map((issuer, i) => [i ? '、' : '', refLink(issuer)]) : null],
    [t('doc.date'), date],
    [t('doc.level'), levelBadge(doc.level)],
    [t('doc.jurisdiction'), doc.jurisdiction ? refLink(doc.jurisdiction) : null],
    [t('doc.status'), statusName(doc.status)],
    [t('doc.inForce'), detail.inForce ? tOr('inForce', detail.inForce) : null],
    [t('doc.subjects'), detail.subjects?.length ? detail.subjects.map((s, i) => [i ? '、' : '', refLink(s)]) : null],
    [t('doc.kinds'), doc.kinds?.map((kind) => tOr('kind', kind)).join(' · ')],
    [t('doc.alternativeTitles'), detail.alternativeTitles?.join('；')],
  ]));
  // The source first in the side column: the file a quote can be checked against is one click from the text.
  const links = h('aside', { class: 'doc-links' },
    // A curator may add the file of a document the corpus knows only from citations.
    sourcePanel(detail, source, who.curator && !doc.inCorpus
      ? uploadForm(doc, () => ctx.navigate(location.pathname + location.search, { replace: true })) : null),
    linkSection('cites', t('doc.cites'), linkList(detail.cites, 'cites', doc, { source }),
      who.curator && doc.inCorpus ? addCitation(doc.iri, () => ctx.navigate(location.pathname + location.search, { replace: true })) : null),
    linkSection('citedBy', t('doc.citedBy'), h('p', { class: 'muted small' }, t('doc.citedByHint', { n: detail.citedBy.length })),
      linkList(detail.citedBy, 'citedBy', doc)),
    detail.revisionOf?.length || detail.revisedBy?.length
      ? linkSection('versions', t('doc.versions'), linkList([...detail.revisionOf, ...detail.revisedBy], 'revision', doc))
      : null,
    linkSection('ancestors', t('doc.ancestors'), linkList(detail.ancestors, 'ancestor', doc, { depth: true })),
    linkSection('descendants', t('doc.descendants'), linkList(detail.descendants, 'descendant', doc, { depth: true })));
  const rollupSlot = h('div', { class: 'coverage-slot' });
  const coverageSlot = h('div', { class: 'coverage-slot' });
  coverage.then((found) => {
    rollupSlot.replaceWith(...[found && rollupSection(found.rollups)].filter(Boolean));
    coverageSlot.replaceWith(...[found && coverageSection(found, detail, alignments)].filter(Boolean));
  });
  const body = h('div', { class: 'doc-body' },
    detail.targets.length ? section(t('doc.targets'), targetTable(detail.targets, source)) : null,
    // Beside the targets: how they differ from those of the document's other versions.
    detail.targetChanges?.length
      ? h('section', { class: 'card', dataset: { section: 'target-changes' } }, h('h2', null, t('versions.title')),
        h('p', { class: 'muted small' }, t('versions.hint')), targetChanges(detail.targetChanges, doc, names))
      : null,
    // A document known only from citations passes nothing down and sets no targets.
    doc.inCorpus ? [rollupSlot, coverageSlot] : null,
    detail.sections.length
      ? section(t('doc.text'), legend(), textSections(detail, source, lineage))
      : null,
    detail.sourceText
      ? h('details', { class: 'card source-text' }, h('summary', null, t('doc.sourceText')), h('pre', null, detail.sourceText))
      : null);
  // A document known only from citations has no text: its links then take the whole width.
  const layout = body.childElementCount ? h('div', { class: 'doc-layout' }, body, links) : h('div', { class: 'doc-layout links-only' }, links);
  return h('div', { class: 'page document', dataset: { doc: doc.iri } },
    resolution ? readingNotice(resolution) : null, header, meta, layout);
}
