// Highlighting in place. Quotes and shared passages come from source text with the line breaks of
// a PDF extraction, the measure text does not have them: both are matched with whitespace removed,
// then mapped back to positions in the text shown.

const SPACE = /\s/;

/** The text without whitespace, and for each of its characters the position in the original. */
export function compact(text) {
  const chars = [];
  const positions = [];
  for (let i = 0; i < text.length; i++) {
    if (!SPACE.test(text[i])) {
      chars.push(text[i]);
      positions.push(i);
    }
  }
  return { text: chars.join(''), positions };
}

function toRange(index, needleLength, compacted) {
  const start = compacted.positions[index];
  const end = compacted.positions[index + needleLength - 1] + 1;
  return { start, end };
}

/** Where needle occurs in text, whitespace ignored on both sides: every occurrence, or the first. */
export function locate(text, needle, { all = false, from = 0 } = {}) {
  const compacted = typeof text === 'string' ? compact(text) : text;
  const target = (needle || '').replace(/\s+/g, '');
  if (!target) return [];
  const ranges = [];
  let index = compacted.text.indexOf(target, from);
  while (index >= 0) {
    ranges.push(toRange(index, target.length, compacted));
    if (!all) break;
    index = compacted.text.indexOf(target, index + target.length);
  }
  return ranges;
}

/** Drops ranges that overlap a range already kept; callers list the preferred ranges first. */
export function nonOverlapping(ranges) {
  const kept = [];
  for (const range of ranges) {
    if (range.end <= range.start) continue;
    if (kept.some((k) => range.start < k.end && k.start < range.end)) continue;
    kept.push(range);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function covering(ranges, start) {
  return ranges.find((r) => r.start <= start && start < r.end) || null;
}

/**
 * The text as nodes, with two layers of annotations: outer ranges (targets, shared passages) wrap
 * inner ones (agencies, certificate types); an inner range crossing an outer edge is split there.
 * makeOuter(range, childNodes) and makeInner(range, text) build the elements; plain text stays text.
 */
export function annotate(text, outer, inner, makeOuter, makeInner) {
  const outerRanges = nonOverlapping(outer);
  const innerRanges = nonOverlapping(inner);
  const cuts = new Set([0, text.length]);
  for (const r of [...outerRanges, ...innerRanges]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  let group = null;
  let groupNodes = [];
  const flush = () => {
    if (group) nodes.push(makeOuter(group, groupNodes));
    else nodes.push(...groupNodes);
    groupNodes = [];
  };
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const o = covering(outerRanges, start);
    if (o !== group) {
      flush();
      group = o;
    }
    const piece = text.slice(start, end);
    const n = covering(innerRanges, start);
    groupNodes.push(n ? makeInner(n, piece) : document.createTextNode(piece));
  }
  flush();
  return nodes;
}
