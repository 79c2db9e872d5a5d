// Compare view: a child measure beside its parent measure, the passages it reuses highlighted on
// both sides, with the reuse coefficient; or two sibling measures beside each other under one
// parent measure, each with what it took from the parent.
import { api } from '../api.js';
import { h } from '../dom.js';
import { lang, t, tOr } from '../i18n.js';
import { compact, locate, nonOverlapping } from '../highlight.js';
import { docHref, hrefFor } from '../links.js';
import { empty, formatScore, levelBadge, pageHeader, section } from '../components.js';

/** Ranges of each passage's text in one side, keeping the passage's index so both sides pair up. */
function passageRanges(text, passages, side, prefix = '') {
  const compacted = compact(text);
  const ranges = [];
  passages.forEach((passage, index) => {
    const found = locate(compacted, passage[side])[0];
    if (found) ranges.push({ ...found, index: `${prefix}${index}`, number: index + 1 });
  });
  return ranges;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** The numbers a text states (17,500 and 17500 alike), to tell which ones the other side changed. */
export function numbersIn(text) {
  return new Set((String(text || '').match(NUMBER) || []).map((n) => n.replace(/,/g, '')));
}

/** Text with each number the other side does not state marked: 17500 here where the parent says 50000. */
function withChangedNumbers(text, otherNumbers) {
  if (!otherNumbers) return [text];
  const nodes = [];
  let at = 0;
  for (const match of text.matchAll(NUMBER)) {
    if (otherNumbers.has(match[0].replace(/,/g, ''))) continue;
    if (match.index > at) nodes.push(text.slice(at, match.index));
    nodes.push(h('mark', { class: 'number-changed', title: t('compare.numberChanged') }, match[0]));
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

function markedText(text, ranges, classFor, otherNumbers) {
  const kept = nonOverlapping(ranges);
  const nodes = [];
  let at = 0;
  for (const range of kept) {
    if (range.start > at) nodes.push(...withChangedNumbers(text.slice(at, range.start), otherNumbers));
    nodes.push(h('mark', {
      class: ['passage', classFor ? classFor(range) : null],
      dataset: { passage: String(range.index) },
      title: `#${range.number}`,
    }, text.slice(range.start, range.end)));
    at = range.end;
  }
  if (at < text.length) nodes.push(...withChangedNumbers(text.slice(at), otherNumbers));
  return h('p', { class: 'measure-text compare-text' }, nodes);
}

function column(title, level, doc, measure, text, ranges, stats, classFor, otherNumbers) {
  return h('article', { class: 'compare-column', dataset: { measure: measure.iri } },
    h('p', { class: 'kicker' }, title),
    h('h2', null, h('a', { href: hrefFor(measure.iri) }, measure.label)),
    h('p', { class: 'small' }, levelBadge(level), ' ', h('a', { href: docHref(doc.iri) }, doc.number || doc.label)),
    stats,
    markedText(text, ranges, classFor, otherNumbers));
}

function stat(label, value, name) {
  return h('div', { class: 'stat', dataset: { stat: name } }, h('span', { class: 'stat-label' }, label), h('span', { class: 'stat-value' }, value));
}

function alignmentStats(alignment, prefix) {
  return h('div', { class: 'stats' },
    stat(prefix ? `${prefix} · ${t('compare.reuse')}` : t('compare.reuse'), formatScore(alignment.reuseCoefficient), 'reuse'),
    stat(t('compare.score'), formatScore(alignment.score), 'score'),
    stat(t('compare.passages'), String(alignment.passages.length), 'passages'),
    stat(t('col.method'), alignment.methods.map((m) => tOr('relation', m)).join(' · '), 'method'));
}

/** Hovering one passage lights up its counterpart on the other side. */
function pairHover(root) {
  const toggle = (event, on) => {
    const mark = event.target.closest('mark[data-passage]');
    if (!mark) return;
    const column = mark.closest('.compare-column');
    for (const other of root.querySelectorAll('mark[data-passage]')) {
      if (other.dataset.passage === mark.dataset.passage && (other.closest('.compare-column') !== column || other === mark)) {
        other.classList.toggle('active', on);
      }
    }
  };
  root.addEventListener('mouseover', (e) => toggle(e, true));
  root.addEventListener('mouseout', (e) => toggle(e, false));
  return root;
}

async function documentsOf(...docIris) {
  const overview = await api.overview();
  const directory = new Map(overview.documents.map((d) => [d.iri, d]));
  return docIris.map((iri) => directory.get(iri) || { iri, label: iri });
}

async function childAndParent(childIri, parentIri) {
  const child = await api.alignments(childIri);
  const alignment = child.parents.find((a) => a.measure === parentIri);
  if (!alignment) {
    return h('div', { class: 'page compare-page' }, pageHeader(t('compare.title'), child.label),
      section(null, empty(t('compare.notAligned'))));
  }
  const [childDoc, parentDoc] = await documentsOf(child.doc, alignment.doc);
  const childRanges = passageRanges(child.text, alignment.passages, 'text');
  const parentRanges = passageRanges(alignment.measureText, alignment.passages, 'text');
  return h('div', { class: 'page compare-page' },
    pageHeader(t('compare.title'), `${child.label} ↔ ${alignment.measureLabel}`,
      // The engine's explanation is English: shown to English readers only.
      h('p', { class: 'muted small' }, t('compare.hint'), ' ', h('mark', { class: 'number-changed' }, t('compare.numberChanged')),
        lang() === 'en' && alignment.explanation ? ` ${alignment.explanation}` : '')),
    h('section', { class: 'card' }, alignmentStats(alignment)),
    pairHover(h('div', { class: 'compare two' },
      column(t('compare.child'), childDoc.level, childDoc, { iri: child.iri, label: child.label }, child.text, childRanges, null, null,
        numbersIn(alignment.measureText)),
      column(t('compare.parent'), parentDoc.level, parentDoc, { iri: alignment.measure, label: alignment.measureLabel },
        alignment.measureText, parentRanges, null, null, numbersIn(child.text)))));
}

function overlaps(range, others) {
  return others.some((o) => range.start < o.end && o.start < range.end);
}

async function siblings(aIri, bIri, parentIri) {
  const [a, b] = await Promise.all([api.alignments(aIri), api.alignments(bIri)]);
  const aLink = a.parents.find((x) => x.measure === parentIri);
  const bLink = b.parents.find((x) => x.measure === parentIri);
  if (!aLink || !bLink) {
    return h('div', { class: 'page compare-page' }, pageHeader(t('compare.siblingsTitle'), `${a.label} ↔ ${b.label}`),
      section(null, empty(t('compare.notAligned'))));
  }
  const [aDoc, bDoc, parentDoc] = await documentsOf(a.doc, b.doc, aLink.doc);
  const parentText = aLink.measureText;
  // Where each sibling's passages sit in the parent: a passage both siblings took is marked as shared.
  const aInParent = passageRanges(parentText, aLink.passages, 'text', 'a');
  const bInParent = passageRanges(parentText, bLink.passages, 'text', 'b');
  const sharedClass = (others, mine) => (range) => {
    const inParent = mine.find((x) => x.index === range.index);
    return inParent && overlaps(inParent, others) ? 'both' : null;
  };
  const aRanges = passageRanges(a.text, aLink.passages, 'text', 'a');
  const bRanges = passageRanges(b.text, bLink.passages, 'text', 'b');
  const parentRanges = [
    ...aInParent.map((r) => ({ ...r, both: overlaps(r, bInParent) })),
    ...bInParent.filter((r) => !overlaps(r, aInParent)),
  ];
  const label = (doc) => doc.jurisdiction?.label || doc.number || doc.label;
  return h('div', { class: 'page compare-page' },
    pageHeader(t('compare.siblingsTitle'), `${label(aDoc)} ${a.label} ↔ ${label(bDoc)} ${b.label}`,
      h('p', { class: 'legend small' },
        h('mark', { class: 'passage' }, t('compare.onlyOne')), ' ',
        h('mark', { class: 'passage both' }, t('compare.both')), ' ',
        h('mark', { class: 'number-changed' }, t('compare.numberChanged')))),
    pairHover(h('div', { class: 'compare two' },
      column(label(aDoc), aDoc.level, aDoc, { iri: a.iri, label: a.label }, a.text, aRanges,
        alignmentStats(aLink), sharedClass(bInParent, aInParent), numbersIn(b.text)),
      column(label(bDoc), bDoc.level, bDoc, { iri: b.iri, label: b.label }, b.text, bRanges,
        alignmentStats(bLink), sharedClass(aInParent, bInParent), numbersIn(a.text)))),
    h('div', { class: 'compare one' },
      column(t('compare.commonParent'), parentDoc.level, parentDoc, { iri: aLink.measure, label: aLink.measureLabel },
        parentText, parentRanges, null,
        (range) => (range.both ? 'both' : null))));
}

export async function comparePage(ctx) {
  const p = ctx.params;
  if (p.get('a') && p.get('b') && p.get('parent')) return siblings(p.get('a'), p.get('b'), p.get('parent'));
  if (p.get('child') && p.get('parent')) return childAndParent(p.get('child'), p.get('parent'));
  throw Object.assign(new Error('compare needs child and parent, or a, b and parent'), { status: 400 });
}
