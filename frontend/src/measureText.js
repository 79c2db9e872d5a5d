// A measure's text with its targets, agencies and certificate types highlighted in place and linked.
import { h } from './dom.js';
import { lang, t } from './i18n.js';
import { annotate, compact, locate } from './highlight.js';
import { hrefFor } from './links.js';
import { targetValue } from './components.js';

function certLabel(cert) {
  return lang() === 'en' && cert.labelEn ? cert.labelEn : cert.label;
}

/** The measure's text as nodes; targets are this measure's TargetViews. */
export function highlightedMeasure(measure, targets) {
  const text = measure.text || '';
  const compacted = compact(text);
  const outer = [];
  for (const target of targets) {
    const found = locate(compacted, target.quote)[0] || locate(compacted, target.exact)[0];
    if (found) outer.push({ ...found, target });
  }
  const inner = [];
  for (const agency of measure.agencies || []) {
    for (const range of locate(compacted, agency.asWritten, { all: true })) inner.push({ ...range, agency });
  }
  for (const cert of measure.certificateTypes || []) {
    for (const spelling of cert.spellings || [cert.label]) {
      for (const range of locate(compacted, spelling, { all: true })) inner.push({ ...range, cert });
    }
  }
  // The longest mention wins where two overlap: 国推绿色产品认证 rather than 绿色产品认证 inside it.
  inner.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  return annotate(text, outer, inner,
    (range, children) => [
      h('mark', { class: ['hl', 'hl-target', range.target.localAddition ? 'local' : null], title: targetValue(range.target) }, children),
      h('a', { class: 'target-link', href: hrefFor(range.target.iri), title: range.target.quote },
        `${t('target.link')} ${targetValue(range.target)}`.trim()),
    ],
    (range, piece) => range.agency
      ? (range.agency.iri
        ? h('a', { class: 'hl hl-agency', href: hrefFor(range.agency.iri), title: range.agency.label }, piece)
        : h('span', { class: 'hl hl-agency' }, piece))
      : h('a', { class: 'hl hl-cert', href: hrefFor(range.cert.iri), title: certLabel(range.cert) }, piece));
}

export function legend() {
  return h('p', { class: 'legend small' }, t('doc.legend'), ' ',
    h('mark', { class: 'hl hl-target' }, t('legend.target')), ' ',
    h('span', { class: 'hl hl-agency' }, t('legend.agency')), ' ',
    h('span', { class: 'hl hl-cert' }, t('legend.cert')));
}

export function agencyChips(agencies) {
  const seen = new Set();
  return (agencies || []).filter((a) => {
    const key = a.iri || a.asWritten;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((a) => a.iri
    ? h('a', { class: ['chip', 'agency', a.lead ? 'lead' : null], href: hrefFor(a.iri), title: a.asWritten }, a.label || a.asWritten)
    : h('span', { class: 'chip agency' }, a.asWritten));
}

export function certChips(certs) {
  return (certs || []).map((c) => h('a', { class: 'chip cert', href: hrefFor(c.iri) }, certLabel(c)));
}
