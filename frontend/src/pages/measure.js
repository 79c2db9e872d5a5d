// One measure: its text highlighted, the measures it follows and those that follow it, with a
// compare link for each, and its siblings under each parent.
import { api, mapLimited } from '../api.js';
import { h } from '../dom.js';
import { t, tOr } from '../i18n.js';
import { compareHref, docHref, hrefFor, siblingCompareHref } from '../links.js';
import { badge, empty, formatScore, pageHeader, section, table } from '../components.js';
import { agencyChips, certChips, highlightedMeasure, legend } from '../measureText.js';

export function alignmentRows(alignments, compareLink) {
  return alignments.map((a) => [
    h('a', { href: docHref(a.doc) }, a.docLabel || a.doc),
    h('a', { href: hrefFor(a.measure) }, a.measureLabel || a.measure),
    formatScore(a.score),
    formatScore(a.reuseCoefficient),
    a.methods.map((m) => tOr('relation', m)).join(' · '),
    h('a', { class: 'button small', href: compareLink(a) }, t('measure.compare')),
  ]);
}

function alignmentTable(alignments, compareLink) {
  if (!alignments.length) return empty();
  return table([t('col.document'), t('col.measure'), t('col.score'), t('col.reuse'), t('col.method'), ''],
    alignmentRows(alignments, compareLink), { className: 'alignments' });
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
  const { detail, measure, targets } = await measureInDocument(alignments.doc, iri);
  const siblingsByParent = await mapLimited(alignments.parents, 4, async (parent) => {
    const parentAlignments = await api.alignments(parent.measure);
    return { parent, siblings: parentAlignments.children.filter((c) => c.measure !== iri) };
  });
  const siblingRows = siblingsByParent.filter((x) => x && !x.error).flatMap(({ parent, siblings }) =>
    siblings.map((sibling) => [
      h('a', { href: hrefFor(parent.measure) }, parent.measureLabel),
      h('a', { href: docHref(sibling.doc) }, sibling.docLabel),
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
    section(t('measure.parents'), alignmentTable(alignments.parents, (a) => compareHref(iri, a.measure))),
    section(t('measure.children'), alignmentTable(alignments.children, (a) => compareHref(a.measure, iri))),
    section(t('measure.siblings'), siblingRows.length
      ? table([t('compare.commonParent'), t('col.document'), t('col.measure'), t('col.reuse'), ''], siblingRows)
      : empty()));
}
