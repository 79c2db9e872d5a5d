// Compare view: a child measure beside its parent measure, the passages it reuses highlighted on
// both sides, with the reuse coefficient; or two sibling measures beside each other under one
// parent measure, each with what it took from the parent. Below the columns, the sentences paired as a diff (words
// deleted and inserted, changed numbers marked) and, for siblings, their targets side by side.
import { api } from '../api.js';
import { h } from '../dom.js';
import { lang, t, tOr } from '../i18n.js';
import { compact, locate, nonOverlapping } from '../highlight.js';
import { docHref, hrefFor } from '../links.js';
import { empty, formatScore, levelBadge, pageHeader, section, table, targetValue } from '../components.js';
import { diffTable } from '../textDiff.js';

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

/** Documents by IRI with their measures' targets. */
async function documentsOf(docIris) {
  return Promise.all(docIris.map((iri) => api.documentByIri(iri).catch(() => ({ summary: { iri, label: iri }, targets: [] }))));
}

function diffSection(parentText, childText, parentLabel, childLabel) {
  return section(t('compare.diffTitle'),
    h('p', { class: 'legend small' }, t('compare.diffHint'), ' ',
      h('del', { class: 'diff-del' }, t('compare.deleted')), ' ', h('ins', { class: 'diff-ins' }, t('compare.inserted')), ' ',
      h('mark', { class: 'number-changed' }, t('compare.numberChanged'))),
    diffTable(parentText, childText, parentLabel, childLabel));
}

/**
 * The targets of two sibling measures and of their common parent, a row per indicator: who set what, by when.
 */
function siblingTargets(parent, a, b) {
  const byIndicator = new Map();
  for (const [side, targets] of [['parent', parent], ['a', a], ['b', b]]) {
    for (const target of targets.filter((x) => x.value != null)) {
      const key = target.indicator || target.quote;
      if (!byIndicator.has(key)) byIndicator.set(key, { label: target.indicatorLabel || target.quote });
      const row = byIndicator.get(key);
      row[side] = [...(row[side] || []), target];
    }
  }
  if (!byIndicator.size) return empty(t('compare.noTargets'));
  const cell = (targets) => (targets || []).map((x, i) => [i ? '；' : '',
    h('a', { href: hrefFor(x.iri) }, targetValue(x)), x.deadline ? h('span', { class: 'muted small' }, ` ${x.deadline}`) : null]);
  return [...byIndicator.values()].map((row) => [row.label, cell(row.parent), cell(row.a), cell(row.b)]);
}

async function childAndParent(childIri, parentIri) {
  const child = await api.alignments(childIri);
  const alignment = child.parents.find((a) => a.measure === parentIri);
  if (!alignment) {
    return h('div', { class: 'page compare-page' }, pageHeader(t('compare.title'), child.label),
      section(null, empty(t('compare.notAligned'))));
  }
  const summaries = await api.summaries([child.doc, alignment.doc]);
  const [childDoc, parentDoc] = [child.doc, alignment.doc].map((iri) => summaries.get(iri) || { iri, label: iri });
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
        alignment.measureText, parentRanges, null, null, numbersIn(child.text)))),
    diffSection(alignment.measureText, child.text, `${t('compare.parent')} · ${parentDoc.number || parentDoc.label}`,
      `${t('compare.child')} · ${childDoc.number || childDoc.label}`));
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
  // Whole documents (their measures' targets), so the siblings' targets can be set side by side.
  const [aDetail, bDetail, parentDetail] = await documentsOf([a.doc, b.doc, aLink.doc]);
  const [aDoc, bDoc, parentDoc] = [aDetail, bDetail, parentDetail].map((d) => d.summary);
  const targetsOf = (detail, measure) => (detail.targets || []).filter((x) => x.measure === measure);
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
        (range) => (range.both ? 'both' : null))),
    section(t('compare.targetsTitle'), (() => {
      const rows = siblingTargets(targetsOf(parentDetail, aLink.measure), targetsOf(aDetail, a.iri), targetsOf(bDetail, b.iri));
      return Array.isArray(rows)
        ? table([t('col.indicator'), `${t('compare.commonParent')} · ${label(parentDoc)}`, label(aDoc), label(bDoc)], rows,
          { className: 'sibling-targets' })
        : rows;
    })()),
    diffSection(a.text, b.text, label(aDoc), label(bDoc)));
}

export async function comparePage(ctx) {
  const p = ctx.params;
  if (p.get('a') && p.get('b') && p.get('parent')) return siblings(p.get('a'), p.get('b'), p.get('parent'));
  if (p.get('child') && p.get('parent')) return childAndParent(p.get('child'), p.get('parent'));
  throw Object.assign(new Error('compare needs child and parent, or a, b and parent'), { status: 400 });
}
