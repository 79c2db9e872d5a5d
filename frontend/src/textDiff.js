// A diff of two measures' words, as a reader compares them: sentences paired (each sentence of one side with the
// sentence of the other it most resembles, in order), and within a pair the words the other side lacks marked as
// deleted or inserted, a changed number marked as such. jsdiff (npm `diff`) does the word diff, with the browser's
// Intl.Segmenter splitting Chinese into words.
import { diffChars, diffWords } from 'diff';
import { h } from './dom.js';
import { t } from './i18n.js';
import { unwrap } from './evidence.js';

const SENTENCE_END = /(?<=[。；;！？!?])/;
/** Below this share of characters in common, two sentences are not a pair: one was dropped, the other added. */
const PAIRED = 0.35;
const NUMBER = /\d+(?:[.,]\d+)*/g;

const SEGMENTER = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

export function sentences(text) {
  return unwrap(text).split(SENTENCE_END).map((x) => x.trim()).filter(Boolean);
}

/** The share of characters two sentences have in common (0 to 1). */
function likeness(a, b) {
  if (!a.length || !b.length) return 0;
  const common = diffChars(a, b).filter((part) => !part.added && !part.removed).reduce((n, part) => n + part.value.length, 0);
  return (2 * common) / (a.length + b.length);
}

/**
 * Sentences of two texts paired in order, as a sequence alignment that maximises the likeness of the pairs: each row
 * has a parent sentence, a child sentence, or both.
 */
export function pairSentences(parentText, childText) {
  const p = sentences(parentText);
  const c = sentences(childText);
  const score = p.map((a) => c.map((b) => likeness(a, b)));
  // best[i][j]: the best total likeness of pairing p[i..] with c[j..].
  const best = Array.from({ length: p.length + 1 }, () => new Array(c.length + 1).fill(0));
  for (let i = p.length - 1; i >= 0; i--) {
    for (let j = c.length - 1; j >= 0; j--) {
      const pair = score[i][j] >= PAIRED ? score[i][j] + best[i + 1][j + 1] : -1;
      best[i][j] = Math.max(pair, best[i + 1][j], best[i][j + 1]);
    }
  }
  const rows = [];
  let i = 0;
  let j = 0;
  while (i < p.length && j < c.length) {
    if (score[i][j] >= PAIRED && best[i][j] === score[i][j] + best[i + 1][j + 1]) {
      rows.push({ parent: p[i++], child: c[j++] });
    } else if (best[i][j] === best[i + 1][j]) {
      rows.push({ parent: p[i++], child: null });
    } else {
      rows.push({ parent: null, child: c[j++] });
    }
  }
  while (i < p.length) rows.push({ parent: p[i++], child: null });
  while (j < c.length) rows.push({ parent: null, child: c[j++] });
  return rows;
}

/** A changed run of words, its numbers marked: 50000 deleted where 17500 is inserted. */
function changedRun(tag, className, text) {
  const nodes = [];
  let at = 0;
  for (const match of text.matchAll(NUMBER)) {
    if (match.index > at) nodes.push(text.slice(at, match.index));
    nodes.push(h('mark', { class: 'number-changed' }, match[0]));
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return h(tag, { class: className }, nodes);
}

/** The two sides of a pair, each with what the other lacks marked: deletions on the parent's, insertions on the child's. */
export function pairDiff(parent, child) {
  const parts = diffWords(parent, child, SEGMENTER ? { intlSegmenter: SEGMENTER } : undefined);
  const parentNodes = [];
  const childNodes = [];
  for (const part of parts) {
    if (part.removed) parentNodes.push(changedRun('del', 'diff-del', part.value));
    else if (part.added) childNodes.push(changedRun('ins', 'diff-ins', part.value));
    else {
      parentNodes.push(part.value);
      childNodes.push(part.value);
    }
  }
  return { parent: parentNodes, child: childNodes };
}

/**
 * The paired sentences of two texts as a table: a row per pair, a sentence only one side has on a row of its own, marked
 * as dropped or added. `parentLabel` and `childLabel` head the columns.
 */
export function diffTable(parentText, childText, parentLabel, childLabel) {
  const rows = pairSentences(parentText, childText);
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'stack diff-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, parentLabel), h('th', { scope: 'col' }, childLabel))),
      h('tbody', null, rows.map((row) => {
        if (row.parent && row.child) {
          const { parent, child } = pairDiff(row.parent, row.child);
          const same = row.parent === row.child;
          return h('tr', { class: same ? 'same' : 'changed' },
            h('td', { dataset: { label: parentLabel } }, parent),
            h('td', { dataset: { label: childLabel } }, child));
        }
        return row.parent
          ? h('tr', { class: 'dropped' }, h('td', { dataset: { label: parentLabel } }, changedRun('del', 'diff-del', row.parent)),
            h('td', { dataset: { label: childLabel } }, h('span', { class: 'muted small' }, t('compare.unpaired'))))
          : h('tr', { class: 'added' }, h('td', { dataset: { label: parentLabel } }, h('span', { class: 'muted small' }, t('compare.unpaired'))),
            h('td', { dataset: { label: childLabel } }, changedRun('ins', 'diff-ins', row.child)));
      }))));
}
