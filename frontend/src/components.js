// Small building blocks shared by the pages.
import { h } from './dom.js';
import { t, tOr } from './i18n.js';
import { levelColour, levelKey, levelName } from './levels.js';
import { docHref, hrefFor } from './links.js';

export function levelBadge(level) {
  return h('span', { class: `badge level level-${levelKey(level)}`, style: { '--level': levelColour(level) } }, levelName(level));
}

export function badge(text, kind) {
  return h('span', { class: ['badge', kind] }, text);
}

/** A document as a link: its 文号 when it has one, then its title. */
export function docLink(doc, { showNumber = true } = {}) {
  if (!doc) return '';
  const number = doc.number || doc.docNumber;
  return h('a', { href: docHref(doc.iri), class: 'doc-link' },
    showNumber && number ? h('span', { class: 'doc-number' }, number) : null,
    h('span', { class: 'doc-title' }, doc.label || doc.title || doc.iri));
}

/** A document's date as shown: its date of issue, else "not before" the earliest it can be (≥2022-01-01 from a link). */
export function docDate(doc) {
  if (!doc) return '';
  if (doc.issued) return doc.issued;
  const earliest = doc.earliestDate || (doc.date?.startsWith('≥') ? doc.date.slice(1) : null);
  if (earliest) return `${t('doc.earliest')} ${earliest.slice(0, 4)}`;
  return doc.date || '';
}

/**
 * What tells one document from another whose title is nearly the same: 文号, issuers, region, date, each
 * present only when known.
 */
export function docMeta(doc, { number = true } = {}) {
  if (!doc) return null;
  const parts = [
    number ? doc.number : null,
    doc.issuers?.length ? doc.issuers.join('、') : null,
    doc.jurisdiction?.label ?? (typeof doc.jurisdiction === 'string' ? doc.jurisdiction : null),
    docDate(doc),
  ].filter(Boolean);
  return parts.length ? h('span', { class: 'doc-meta small' }, parts.join(' · ')) : null;
}

/** A link to any resource's explorer page. */
export function refLink(ref, text) {
  if (!ref) return '';
  return h('a', { href: hrefFor(ref.iri) }, text ?? ref.label ?? ref.iri);
}

export function section(title, ...children) {
  return h('section', { class: 'card' }, title ? h('h2', null, title) : null, ...children);
}

/** A definition list of label/value pairs, leaving out empty values. */
export function facts(pairs) {
  const dl = h('dl', { class: 'facts' });
  for (const [label, value] of pairs) {
    if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    dl.append(h('dt', null, label), h('dd', null, value));
  }
  return dl;
}

/** A table that scrolls sideways on a narrow screen rather than squeezing its columns. */
export function table(headers, rows, { className } = {}) {
  // data-label lets a phone show each row as a card with the column names beside the values.
  return h('div', { class: 'table-wrap' },
    h('table', { class: ['stack', className] },
      h('thead', null, h('tr', null, headers.map((header) => h('th', null, header)))),
      h('tbody', null, rows.map((cells) => h('tr', null, cells.map((cell, i) =>
        h('td', { dataset: headers[i] ? { label: headers[i] } : null }, cell)))))));
}

export function empty(text) {
  return h('p', { class: 'muted' }, text ?? t('doc.none'));
}

export function formatNumber(value) {
  if (value == null) return '';
  const number = Number(value);
  return Number.isFinite(number) ? number.toLocaleString(undefined, { maximumFractionDigits: 4 }) : String(value);
}

export function formatScore(value) {
  return value == null ? '' : Number(value).toFixed(2);
}

const COMPARATORS = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '' };

/** A target's value as a person reads it: ≥ 17,500 张 (by 2025). */
export function targetValue(target) {
  if (!target || target.value == null) return target?.deadline ? `${t('col.deadline')} ${target.deadline}` : '';
  const comparator = COMPARATORS[target.comparator] ?? target.comparator ?? '';
  const upper = target.upperValue != null ? `–${formatNumber(target.upperValue)}` : '';
  return `${comparator}${comparator ? ' ' : ''}${formatNumber(target.value)}${upper} ${target.unit ?? ''}`.trim();
}

export function relationName(relation) {
  return tOr('relation', relation);
}

export function statusName(status) {
  return status ? tOr('status', status) : '';
}

export function loading() {
  return h('p', { class: 'loading', role: 'status' }, t('loading'));
}

export function errorPanel(error) {
  const notFound = error && error.status === 404;
  return h('section', { class: 'card error', role: 'alert' },
    h('h2', null, notFound ? t('error.notFound') : t('error.title')),
    h('p', null, error?.message || String(error)),
    h('p', null, h('a', { href: '/' }, t('error.back'))));
}

export function pageHeader(kicker, title, ...rest) {
  return h('header', { class: 'page-header' },
    kicker ? h('p', { class: 'kicker' }, kicker) : null,
    h('h1', null, title),
    ...rest);
}
