// One measure: its text highlighted, the measures it follows and those that follow it, with a
// compare link for each, and its siblings under each parent.
import { api, mapLimited } from '../api.js';
import { addCertificateType, addLink, addResponsibility, addTarget, rejectFact, rejectLink, session } from '../curation.js';
import { h } from '../dom.js';
import { t, tOr } from '../i18n.js';
import { compareHref, docHref, hrefFor, siblingCompareHref } from '../links.js';
import { badge, empty, formatScore, pageHeader, section, table } from '../components.js';
import { agencyChips, certChips, highlightedMeasure, legend } from '../measureText.js';
import { evidence, passageSides } from '../evidence.js';

/** A document named so that two similar titles tell apart: its jurisdiction and 文号, else its title. */
function shortDoc(directory, docIri, label) {
  const doc = directory.get(docIri);
  const short = [doc?.jurisdiction?.label, doc?.number].filter(Boolean).join(' ');
  return h('a', { href: docHref(docIri), title: label || null }, short || label || docIri);
}

function docName(directory, docIri, label) {
  const doc = directory.get(docIri);
  return [doc?.jurisdiction?.label, doc?.number].filter(Boolean).join(' ') || label;
}

/** The passages behind an alignment, as this measure and the other have them; `parent`: the other is the parent. */
function alignmentEvidence(a, parent, directory) {
  const own = t('evidence.thisMeasure');
  const other = `${docName(directory, a.doc, a.docLabel)} ${a.measureLabel}`;
  return evidence({
    methods: a.methods, score: a.score,
    notes: [h('span', { class: 'small' }, `${t('col.reuse')} ${formatScore(a.reuseCoefficient)}`)],
    extra: passageSides(a.passages, parent ? own : other, parent ? other : own),
    explanation: a.explanation,
  });
}

function alignmentRows(alignments, compareLink, directory, parent, curate) {
  return alignments.map((a) => [
    shortDoc(directory, a.doc, a.docLabel),
    h('span', null, h('a', { href: hrefFor(a.measure) }, a.measureLabel || a.measure), alignmentEvidence(a, parent, directory)),
    formatScore(a.score),
    formatScore(a.reuseCoefficient),
    a.methods.map((m) => tOr('relation', m)).join(' · '),
    h('span', null, h('a', { class: 'button small', href: compareLink(a) }, t('measure.compare')), curate ? curate(a) : null),
  ]);
}

function alignmentTable(alignments, compareLink, directory, parent, curate) {
  if (!alignments.length) return empty();
  return table([t('col.document'), t('col.measure'), t('col.score'), t('col.reuse'), t('col.method'), t('col.actions')],
    alignmentRows(alignments, compareLink, directory, parent, curate), { className: 'alignments' });
}

const MAX_PAIRS = 6;

/** Links comparing the children of this measure two by two, as sibling measures. */
function childPairs(children, parentIri, directory) {
  const name = (a) => {
    const doc = directory.get(a.doc);
    return doc?.jurisdiction?.label || doc?.number || a.docLabel;
  };
  const pairs = [];
  for (let i = 0; i < children.length; i++) {
    for (let j = i + 1; j < children.length && pairs.length < MAX_PAIRS; j++) pairs.push([children[i], children[j]]);
  }
  if (!pairs.length) return null;
  return h('p', { class: 'pairs' }, t('measure.compareChildren'), ' ', pairs.map(([a, b]) =>
    h('a', { class: 'button small secondary', href: siblingCompareHref(a.measure, b.measure, parentIri) },
      `${name(a)} ${a.measureLabel} ↔ ${name(b)} ${b.measureLabel}`)));
}

/** The measure as the document API has it (agencies, certificate types, targets), for highlighting. */
export async function measureInDocument(docIri, measureIri) {
  const detail = await api.documentByIri(docIri);
  for (const sec of detail.sections) {
    const measure = sec.measures.find((m) => m.iri === measureIri);
    if (measure) return { detail, measure, targets: detail.targets.filter((x) => x.measure === measureIri) };
  }
  return { detail, measure: null, targets: [] };
}

export async function measurePage(ctx) {
  const iri = ctx.params.get('iri');
  const alignments = await api.alignments(iri);
  const who = await session();
  // A signed-in curator rejects an alignment from its row; lineage is rebuilt before the page comes back without it.
  const curate = who.curator ? (a) => rejectLink(a.iri, () => ctx.navigate(location.pathname + location.search, { replace: true })) : null;
  const [{ detail, measure, targets }, siblingsByParent] = await Promise.all([
    measureInDocument(alignments.doc, iri),
    mapLimited(alignments.parents, 4, async (parent) => {
      const parentAlignments = await api.alignments(parent.measure);
      return { parent, siblings: parentAlignments.children.filter((c) => c.measure !== iri) };
    })]);
  // The documents named on the page, read by IRI (not the whole list of documents).
  const directory = await api.summaries([...alignments.parents, ...alignments.children,
    ...siblingsByParent.filter((x) => x && !x.error).flatMap((x) => x.siblings)].map((a) => a.doc));
  const siblingRows = siblingsByParent.filter((x) => x && !x.error).flatMap(({ parent, siblings }) =>
    siblings.map((sibling) => [
      h('a', { href: hrefFor(parent.measure) }, parent.measureLabel),
      shortDoc(directory, sibling.doc, sibling.docLabel),
      h('a', { href: hrefFor(sibling.measure) }, sibling.measureLabel),
      formatScore(sibling.reuseCoefficient),
      h('a', { class: 'button small', href: siblingCompareHref(iri, sibling.measure, parent.measure) }, t('measure.compare')),
    ]));
  const text = measure
    ? h('p', { class: 'measure-text' }, highlightedMeasure(measure, targets))
    : h('p', { class: 'measure-text' }, alignments.text);
  return h('div', { class: 'page measure-page' },
    pageHeader(h('a', { href: docHref(alignments.doc) }, detail.summary.number || alignments.docLabel), alignments.label,
      alignments.noCounterpart ? badge(t('measure.noCounterpart'), 'warn') : null),
    section(null, legend(), text,
      measure ? h('div', { class: 'chips' }, agencyChips(measure.agencies), certChips(measure.certificateTypes)) : null),
    section(t('measure.parents'), alignmentTable(alignments.parents, (a) => compareHref(iri, a.measure), directory, true, curate)),
    section(t('measure.children'), alignmentTable(alignments.children, (a) => compareHref(a.measure, iri), directory, false, curate),
      childPairs(alignments.children, iri, directory)),
    section(t('measure.siblings'), siblingRows.length
      ? table([t('compare.commonParent'), t('col.document'), t('col.measure'), t('col.reuse'), t('col.actions')], siblingRows)
      : empty()),
    who.curator ? section(t('curation.title'), addTarget(iri, reload(ctx)), addLink('alignment', iri, reload(ctx))) : null,
    who.curator && measure ? namedHere(measure, iri, ctx) : null);
}

/**
 * For a curator: the agencies and certificate types the measure names, each with a form to reject it, and forms to add one
 * the extractor missed (an agency by its IRI, leading or not; a type by its notation). A wrong agency or whether it leads is
 * corrected by rejecting it and adding the right one.
 */
function namedHere(measure, iri, ctx) {
  const seen = new Set();
  const agencies = (measure.agencies || []).filter((a) => a.responsibility && !seen.has(a.responsibility) && seen.add(a.responsibility));
  const types = (measure.certificateTypes || []).filter((c) => c.statement);
  return section(t('curation.namedHere'),
    h('ul', { class: 'named-here' },
      agencies.map((a) => h('li', { class: 'responsibility', dataset: { responsibility: a.responsibility } },
        rejectFact(a.responsibility, t('curation.removeAgency', { name: `${a.label || a.asWritten}${a.lead ? ` (${t('curation.lead')})` : ''}` }),
          reload(ctx), 'reject-responsibility'))),
      types.map((c) => h('li', { class: 'certificate-type', dataset: { statement: c.statement } },
        rejectFact(c.statement, t('curation.removeCertificateType', { name: c.label || c.notation }), reload(ctx), 'reject-certificate-type')))),
    addResponsibility(iri, reload(ctx)),
    addCertificateType(iri, reload(ctx)));
}

function reload(ctx) {
  return () => ctx.navigate(location.pathname + location.search, { replace: true });
}
