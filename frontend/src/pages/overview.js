// The corpus at a glance: counts, documents by level on a timeline, the latest ingested, and every
// document in a table that filters by level and jurisdiction (the filters live in the URL).
import { api } from '../api.js';
import { h, s } from '../dom.js';
import { t } from '../i18n.js';
import { LEVELS, levelColour, levelKey, levelName, levelRank } from '../levels.js';
import { docHref, href } from '../links.js';
import { resolverForm } from './resolve.js';
import { docLink, docMeta, levelBadge, pageHeader, section, statusName, table } from '../components.js';

const COUNTS = ['documents', 'citedOnly', 'measures', 'targets', 'citations', 'alignments', 'targetLinks'];

function docDate(doc) {
  return doc.issued || doc.earliestDate || null;
}

function shownDate(doc) {
  if (doc.issued) return doc.issued;
  if (doc.earliestDate) return `${t('doc.earliest')} ${doc.earliestDate.slice(0, 4)}`;
  return '';
}

function counts(overview) {
  return h('div', { class: 'counts' }, COUNTS.filter((key) => key in overview.counts).map((key) =>
    h('div', { class: 'count', dataset: { count: key } },
      h('span', { class: 'count-value' }, String(overview.counts[key])),
      h('span', { class: 'count-label' }, t(`count.${key}`)))));
}

function yearFraction(date) {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  return year + (month - 1) / 12 + (day - 1) / 365;
}

/** An SVG swim-lane chart: a lane per level, documents placed by date, undated ones at the right. */
function timeline(documents) {
  const lanes = [...LEVELS];
  if (documents.some((d) => levelKey(d.level) === 'unknown')) lanes.push('unknown');
  const dated = documents.filter(docDate);
  const years = dated.map((d) => yearFraction(docDate(d)));
  const minYear = Math.floor(Math.min(...years, new Date().getFullYear()));
  const maxYear = Math.max(Math.ceil(Math.max(...years, minYear + 1)), minYear + 2);
  const laneHeight = 44;
  const labelWidth = 86;
  const undatedWidth = 90;
  const plotWidth = 720;
  const width = labelWidth + plotWidth + undatedWidth;
  const height = lanes.length * laneHeight + 28;
  const x = (year) => labelWidth + 10 + ((year - minYear) / (maxYear - minYear)) * (plotWidth - 20);
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'group', 'aria-label': t('overview.timeline'),
    preserveAspectRatio: 'xMinYMin meet',
  });
  lanes.forEach((level, i) => {
    const y = i * laneHeight;
    svg.append(
      s('rect', { x: 0, y, width, height: laneHeight, class: i % 2 ? 'lane odd' : 'lane' }),
      s('text', { x: 8, y: y + laneHeight / 2 + 5, class: 'lane-label', fill: levelColour(level) }, levelName(level)));
  });
  for (let year = minYear; year <= maxYear; year++) {
    svg.append(
      s('line', { x1: x(year), x2: x(year), y1: 0, y2: lanes.length * laneHeight, class: 'tick' }),
      s('text', { x: x(year), y: height - 8, class: 'tick-label', 'text-anchor': 'middle' }, String(year)));
  }
  svg.append(s('text', { x: labelWidth + plotWidth + undatedWidth / 2, y: height - 8, class: 'tick-label', 'text-anchor': 'middle' }, t('overview.undated')));
  // Documents close in time stack within their lane rather than hide one another.
  const taken = new Map();
  for (const doc of documents) {
    const lane = lanes.indexOf(levelKey(doc.level));
    const date = docDate(doc);
    const cx = date ? x(yearFraction(date)) : labelWidth + plotWidth + undatedWidth / 2;
    // A range and a dot share a lane apart: ranges in the lower half, so a dated document is never drawn on one.
    const uncertain = Boolean(date && !doc.issued && doc.earliestDate);
    const bucket = `${lane}:${uncertain ? 'range' : ''}${Math.round(cx / 14)}`;
    const index = taken.get(bucket) || 0;
    taken.set(bucket, index + 1);
    const cy = uncertain
      ? lane * laneHeight + laneHeight - 8 - (index % 2) * 8
      : lane * laneHeight + laneHeight / 2 - 4 + (index % 3 - 1) * 9 + Math.floor(index / 3) * 4;
    const colour = levelColour(doc.level);
    const title = [doc.number, doc.label, doc.jurisdiction?.label, shownDate(doc)].filter(Boolean).join(' · ');
    const dotX = cx + Math.floor(index / 3) * 6;
    // Known only as "not before" a year (from its 文号): not a date but a range that opens there, drawn as a
    // dashed arrow over that year rather than a dot on 1 January.
    const span = uncertain ? x(yearFraction(doc.earliestDate) + 1) - x(yearFraction(doc.earliestDate)) : 0;
    svg.append(s('a', { href: docHref(doc.iri), class: uncertain ? 'dot-link not-before' : 'dot-link' },
      s('title', null, title),
      uncertain ? [
        s('line', { x1: dotX, x2: dotX + span, y1: cy, y2: cy, class: 'range', stroke: colour }),
        s('path', { d: `M${dotX + span} ${cy - 5} L${dotX + span + 8} ${cy} L${dotX + span} ${cy + 5} Z`, fill: colour }),
      ] : null,
      s('circle', {
        cx: dotX, cy, r: doc.inCorpus ? 7 : 5.5,
        fill: doc.inCorpus ? colour : '#fff', stroke: colour, 'stroke-width': 2.5,
      }),
      // Ingested documents carry their jurisdiction beside the dot; the rest stay quiet.
      date && doc.inCorpus && doc.jurisdiction
        ? s('text', { x: dotX + 11, y: uncertain ? cy - 4 : cy + 4, class: 'dot-label' }, doc.jurisdiction.label)
        : null));
  }
  return h('div', { class: 'timeline-wrap' }, svg);
}

function latest(documents) {
  const ingested = documents.filter((d) => d.ingested).sort((a, b) => b.ingested.localeCompare(a.ingested)).slice(0, 5);
  return h('ol', { class: 'latest' }, ingested.map((doc) =>
    h('li', null, levelBadge(doc.level), ' ', docLink(doc), ' ', docMeta(doc, { number: false }))));
}

function documentTable(documents, params, navigate) {
  const level = params.get('level') || '';
  const jurisdiction = params.get('jurisdiction') || '';
  const inCorpus = params.get('inCorpus') === 'true';
  const jurisdictions = new Map();
  for (const doc of documents) if (doc.jurisdiction) jurisdictions.set(doc.jurisdiction.iri, doc.jurisdiction.label);
  const update = (name, value) => {
    const next = { level, jurisdiction, inCorpus: inCorpus ? 'true' : '', [name]: value };
    navigate(href('/', next), { replace: true });
  };
  const shown = documents
    .filter((d) => !level || levelKey(d.level) === level)
    .filter((d) => !jurisdiction || d.jurisdiction?.iri === jurisdiction)
    .filter((d) => !inCorpus || d.inCorpus)
    .sort((a, b) => levelRank(a.level) - levelRank(b.level) || (docDate(b) || '').localeCompare(docDate(a) || ''));
  const filters = h('div', { class: 'filters' },
    h('label', null, t('filter.level'), ' ',
      h('select', { onchange: (e) => update('level', e.target.value) },
        h('option', { value: '' }, t('filter.all')),
        [...LEVELS, 'unknown'].map((l) => h('option', { value: l, selected: l === level }, levelName(l))))),
    h('label', null, t('filter.jurisdiction'), ' ',
      h('select', { onchange: (e) => update('jurisdiction', e.target.value) },
        h('option', { value: '' }, t('filter.all')),
        [...jurisdictions].map(([iri, label]) => h('option', { value: iri, selected: iri === jurisdiction }, label)))),
    h('label', { class: 'check' },
      h('input', { type: 'checkbox', checked: inCorpus, onchange: (e) => update('inCorpus', e.target.checked ? 'true' : '') }),
      ' ', t('filter.inCorpus')));
  return [filters, table(
    [t('col.level'), t('col.number'), t('col.title'), t('col.issuer'), t('col.jurisdiction'), t('col.date'), t('col.status')],
    shown.map((doc) => [
      levelBadge(doc.level),
      doc.number || '',
      h('a', { href: docHref(doc.iri), class: doc.inCorpus ? null : 'cited-only' }, doc.label || doc.iri),
      (doc.issuers || []).join('、'),
      doc.jurisdiction?.label || '',
      shownDate(doc),
      statusName(doc.status),
    ]),
    { className: 'documents' })];
}

export async function overviewPage(ctx) {
  const overview = await api.overview();
  const documents = overview.documents;
  return h('div', { class: 'page overview' },
    pageHeader(null, t('overview.title'), h('p', { class: 'lead' }, t('overview.lead'))),
    counts(overview),
    section(t('overview.timeline'), h('p', { class: 'muted small' }, t('overview.timelineHint')), timeline(documents)),
    h('div', { class: 'columns' },
      section(t('overview.latest'), latest(documents)),
      section(t('overview.resolver'), h('p', { class: 'muted small' }, t('overview.resolverHint')), resolverForm(ctx.navigate, { label: t('overview.resolver') }))),
    section(t('overview.documents'), documentTable(documents, ctx.params, ctx.navigate)));
}
