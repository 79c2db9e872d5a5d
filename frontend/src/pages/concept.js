// Agency and certificate-type pages: what each answers for or counts, across documents and levels.
import { api } from '../api.js';
import { h } from '../dom.js';
import { pickLabel, t, tOr } from '../i18n.js';
import { LEVELS, levelKey, levelRank } from '../levels.js';
import { docHref, hrefFor, rdfHref } from '../links.js';
import { badge, empty, facts, formatNumber, levelBadge, pageHeader, refLink, section } from '../components.js';

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

/** Measures and targets in document order: （九） after （八）, which a string sort would not give. */
function ordinal(iri) {
  const match = /\/(?:measure|target)\/(\d+)(?:-(\d+))?$/.exec(iri || '');
  return match ? Number(match[1]) * 1000 + Number(match[2] || 0) : Number.MAX_SAFE_INTEGER;
}

/** Mentions grouped by document, documents ordered from the national level down. */
function mentionGroups(mentions) {
  if (!mentions.length) return empty();
  const groups = new Map();
  for (const m of mentions) {
    const key = m.document?.iri || m.item?.iri;
    if (!groups.has(key)) groups.set(key, { document: m.document || m.item, level: m.level, mentions: [] });
    groups.get(key).mentions.push(m);
  }
  const ordered = [...groups.values()].sort((a, b) => levelRank(a.level) - levelRank(b.level)
    || (a.document?.label || '').localeCompare(b.document?.label || ''));
  return h('div', { class: 'mention-groups' }, ordered.map((group) => h('div', { class: 'mention-group' },
    h('h3', null, levelBadge(group.level), ' ', h('a', { href: docHref(group.document.iri) }, group.document.label)),
    h('ul', { class: 'mentions' }, group.mentions
      .sort((a, b) => ordinal(a.item?.iri) - ordinal(b.item?.iri))
      .map((m) => h('li', null,
        m.lead ? badge(roleName(m), 'lead') : h('span', { class: 'role' }, roleName(m)), ' ',
        m.item && m.item.iri !== group.document.iri ? h('a', { href: hrefFor(m.item.iri) }, m.item.label) : null,
        m.value != null ? h('span', { class: 'mention-value' }, ` ${formatNumber(m.value)} ${m.unit || ''}${m.deadline ? ` · ${m.deadline}` : ''}`) : null))))));
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
    section(t('concept.mentions'), mentionGroups(concept.mentions)));
}

export async function agencyPage(ctx) {
  return conceptPage(t('concept.agency'), await api.agency(ctx.params.get('iri')));
}

export async function certificateTypePage(ctx) {
  return conceptPage(t('concept.cert'), await api.certificateType(ctx.params.get('iri')));
}
