// Any other IRI: its labels and a link to its RDF; an indicator also lists its targets.
import { api } from '../api.js';
import { externalHref, h } from '../dom.js';
import { pickLabel, t } from '../i18n.js';
import { docHref, hrefFor, kindOf, rdfHref } from '../links.js';
import { badge, docLink, facts, levelBadge, pageHeader, refLink, section, table, targetValue } from '../components.js';
import { levelRank } from '../levels.js';

function indicatorTable(indicator) {
  return table([t('col.level'), t('col.jurisdiction'), t('col.value'), t('col.deadline'), t('col.document')],
    [...indicator.targets].sort((a, b) => levelRank(a.level) - levelRank(b.level)).map((x) => [
      levelBadge(x.level),
      x.jurisdiction?.label || '',
      h('span', null, h('a', { href: hrefFor(x.target) }, targetValue(x)), x.localAddition ? [' ', badge(t('target.localAddition'), 'local')] : null),
      x.deadline || '',
      h('a', { href: docHref(x.document.iri) }, x.document.label),
    ]));
}

export async function resourcePage(ctx) {
  const iri = ctx.params.get('iri');
  if (kindOf(iri) !== 'resource') {
    ctx.navigate(hrefFor(iri), { replace: true });
    return null;
  }
  if (/\/id\/indicator\//.test(iri)) {
    const indicator = await api.indicator(iri);
    return h('div', { class: 'page resource-page' },
      pageHeader(t('col.indicator'), indicator.label || iri,
        h('div', { class: 'actions' }, h('a', { class: 'button secondary', href: rdfHref(iri) }, t('resource.rdf')))),
      section(t('indicator.targets'), indicatorTable(indicator)));
  }
  let concept = null;
  try {
    concept = await api.concept(iri);
  } catch (error) {
    if (error.status !== 404) throw error;
  }
  const label = concept ? pickLabel(concept.labels, iri) : iri;
  // A region: the documents issued for it, from the overview's list.
  const documents = (await api.overview()).documents.filter((d) => d.jurisdiction?.iri === iri)
    .sort((a, b) => (b.issued || b.earliestDate || '').localeCompare(a.issued || a.earliestDate || ''));
  const external = externalHref(iri);
  return h('div', { class: 'page resource-page' },
    pageHeader(t('resource.title'), label,
      h('div', { class: 'actions' }, h('a', { class: 'button secondary', href: rdfHref(iri) }, t('resource.rdf')))),
    section(null, facts([
      ['IRI', external ? h('a', { href: external, rel: 'noopener' }, iri) : iri],
      [t('resource.labels'), concept ? Object.entries(concept.labels || {}).map(([l, v]) => `${v} (${l || '-'})`).join(' · ') : null],
      [t('concept.altLabels'), concept?.altLabels?.join('、')],
      [t('concept.notation'), concept?.notation],
      [t('doc.jurisdiction'), concept?.jurisdiction ? refLink(concept.jurisdiction) : null],
    ])),
    documents.length ? section(t('resource.documents'), h('ul', { class: 'links' }, documents.map((d) =>
      h('li', null, levelBadge(d.level), ' ', docLink(d), d.inCorpus ? null : [' ', h('span', { class: 'badge not-ingested' }, t('doc.notIngested'))])))) : null);
}
