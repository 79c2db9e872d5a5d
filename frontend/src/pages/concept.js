// Agency and certificate-type pages: what each answers for or counts, across documents and levels.
import { api } from '../api.js';
import { h } from '../dom.js';
import { pickLabel, t, tOr } from '../i18n.js';
import { LEVELS, levelKey, levelRank } from '../levels.js';
import { docHref, hrefFor, rdfHref } from '../links.js';
import { badge, empty, facts, formatNumber, levelBadge, pageHeader, refLink, section, table } from '../components.js';

function roleName(mention) {
  if (mention.lead) return t('role.lead');
  return tOr('role', mention.role);
}

function byLevel(mentions) {
  const counts = new Map();
  for (const m of mentions) counts.set(levelKey(m.level), (counts.get(levelKey(m.level)) || 0) + 1);
  return h('p', { class: 'level-counts' }, [...LEVELS, 'unknown'].filter((l) => counts.has(l)).map((level) =>
    h('span', { class: 'level-count' }, levelBadge(level), ` ${counts.get(level)}`)));
}

function mentionTable(mentions) {
  if (!mentions.length) return empty();
  const rows = [...mentions].sort((a, b) => levelRank(a.level) - levelRank(b.level)
    || (a.document?.label || '').localeCompare(b.document?.label || '') || (a.item?.label || '').localeCompare(b.item?.label || ''));
  return table([t('col.level'), t('col.role'), t('col.document'), '', t('col.value')], rows.map((m) => [
    levelBadge(m.level),
    m.lead ? badge(roleName(m), 'lead') : roleName(m),
    m.document ? h('a', { href: docHref(m.document.iri) }, m.document.label) : '',
    m.item && m.item.iri !== m.document?.iri ? h('a', { href: hrefFor(m.item.iri) }, m.item.label) : '',
    m.value != null ? `${formatNumber(m.value)} ${m.unit || ''}${m.deadline ? ` · ${m.deadline}` : ''}` : '',
  ]), { className: 'mentions' });
}

function conceptPage(kicker, concept) {
  const label = pickLabel(concept.labels, concept.iri);
  const otherLabels = Object.entries(concept.labels || {}).filter(([, v]) => v !== label).map(([, v]) => v);
  return h('div', { class: 'page concept-page' },
    pageHeader(kicker, label,
      h('div', { class: 'actions' }, h('a', { class: 'button secondary', href: rdfHref(concept.iri) }, t('doc.rdf')))),
    section(null, facts([
      [t('resource.labels'), otherLabels.join(' · ')],
      [t('concept.altLabels'), concept.altLabels?.join('、')],
      [t('doc.jurisdiction'), concept.jurisdiction ? refLink(concept.jurisdiction) : null],
      [t('concept.function'), concept.function ? refLink(concept.function) : null],
      [t('concept.notation'), concept.notation],
      [t('concept.byLevel'), concept.mentions.length ? byLevel(concept.mentions) : null],
    ])),
    section(t('concept.mentions'), mentionTable(concept.mentions)));
}

export async function agencyPage(ctx) {
  return conceptPage(t('concept.agency'), await api.agency(ctx.params.get('iri')));
}

export async function certificateTypePage(ctx) {
  return conceptPage(t('concept.cert'), await api.certificateType(ctx.params.get('iri')));
}
