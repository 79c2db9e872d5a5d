// One document: its metadata, its text by section and measure with targets, agencies and
// certificate types highlighted in place, and its links both ways.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t, tOr } from '../i18n.js';
import { encodePath, hrefFor, lineageHref, rdfHref } from '../links.js';
import {
  badge, docLink, empty, facts, formatScore, levelBadge, pageHeader, refLink, relationName, section, statusName,
  table, targetValue,
} from '../components.js';
import { agencyChips, certChips, highlightedMeasure, legend } from '../measureText.js';

/**
 * The page of the source file a quote is on, linked to the file opened at that page (PDF viewers follow #page=N);
 * nothing when the file has no pages or is not served.
 */
function pageLink(source, page) {
  if (!source || page == null) return null;
  return h('a', { class: 'page-ref', href: `${source}#page=${page}`, target: '_blank', rel: 'noopener',
    title: t('doc.pageTitle', { n: page }) }, t('doc.page', { n: page }));
}

function linkList(links, { depth = false, source = null } = {}) {
  if (!links.length) return empty();
  const sorted = [...links].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0));
  return h('ul', { class: 'links' }, sorted.map((link) =>
    h('li', { title: link.evidence || null },
      levelBadge(link.level), ' ',
      h('span', { class: 'relation' }, relationName(link.relation)),
      depth && link.depth != null ? h('span', { class: 'muted small' }, ` ${t('doc.depth', { n: link.depth })}`) : null,
      link.score != null && link.score < 1 ? h('span', { class: 'muted small' }, ` ${formatScore(link.score)}`) : null,
      ' ', docLink(link),
      link.page != null && source ? [' ', pageLink(source, link.page)] : null,
      link.inCorpus ? null : [' ', h('span', { class: 'badge not-ingested' }, t('doc.notIngested'))])));
}

function measureCard(measure, targets, source) {
  return h('article', { class: 'measure', id: `m${measure.key}`, dataset: { measure: measure.iri } },
    h('h3', null,
      h('a', { href: hrefFor(measure.iri) }, [measure.number, measure.heading].filter(Boolean).join(' ')),
      measure.noCounterpart ? badge(t('measure.noCounterpart'), 'warn') : null,
      measure.page != null && source ? [' ', pageLink(source, measure.page)] : null),
    h('p', { class: 'measure-text' }, highlightedMeasure(measure, targets)),
    measure.agencies?.length || measure.certificateTypes?.length
      ? h('div', { class: 'chips' }, agencyChips(measure.agencies), certChips(measure.certificateTypes))
      : null);
}

function textSections(detail, source) {
  const targetsByMeasure = new Map();
  for (const target of detail.targets) {
    if (!targetsByMeasure.has(target.measure)) targetsByMeasure.set(target.measure, []);
    targetsByMeasure.get(target.measure).push(target);
  }
  return detail.sections.map((sec) => h('section', { class: 'doc-section' },
    sec.heading || sec.number ? h('h2', null, [sec.number, sec.heading].filter(Boolean).join(' ')) : null,
    sec.measures.map((m) => measureCard(m, targetsByMeasure.get(m.iri) || [], source))));
}

function targetTable(targets, source) {
  const counted = targets.filter((target) => target.value != null);
  if (!counted.length) return empty();
  return table([t('col.target'), t('col.indicator'), t('col.value'), t('col.deadline')],
    counted.map((target) => [
      h('span', null, h('a', { href: hrefFor(target.iri) }, target.quote),
        target.localAddition ? [' ', badge(t('target.localAddition'), 'local')] : null,
        target.page != null && source ? [' ', pageLink(source, target.page)] : null),
      target.indicatorLabel || '',
      targetValue(target),
      target.deadline || '',
    ]), { className: 'targets' });
}

export async function documentPage(ctx) {
  const path = ctx.match[1].split('/').map(decodeURIComponent).join('/');
  const detail = await api.document(path);
  const doc = detail.summary;
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
    [t('doc.kinds'), doc.kinds?.map((kind) => tOr('kind', kind)).join(' · ')],
    [t('doc.alternativeTitles'), detail.alternativeTitles?.join('；')],
    // The file as it was read (the PDF, Word or OFD as published, or the text), served by the API.
    [t('doc.source'), source ? h('a', { href: source, download: detail.sourceFile }, detail.sourceFile) : detail.sourceFile],
  ]), doc.inCorpus ? null : h('p', { class: 'notice' }, t('doc.citedOnly')));
  const links = h('aside', { class: 'doc-links' },
    section(t('doc.cites'), linkList(detail.cites, { source })),
    section(t('doc.citedBy'), linkList(detail.citedBy)),
    section(t('doc.ancestors'), linkList(detail.ancestors, { depth: true })),
    section(t('doc.descendants'), linkList(detail.descendants, { depth: true })));
  const body = h('div', { class: 'doc-body' },
    detail.targets.length ? section(t('doc.targets'), targetTable(detail.targets, source)) : null,
    detail.sections.length
      ? section(t('doc.text'), legend(), textSections(detail, source))
      : null,
    detail.sourceText
      ? h('details', { class: 'card source-text' }, h('summary', null, t('doc.sourceText')), h('pre', null, detail.sourceText))
      : null);
  // A document known only from citations has no text: its links then take the whole width.
  const layout = body.childElementCount ? h('div', { class: 'doc-layout' }, body, links) : h('div', { class: 'doc-layout links-only' }, links);
  return h('div', { class: 'page document', dataset: { doc: doc.iri } }, header, meta, layout);
}
