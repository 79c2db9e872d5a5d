// Coverage and roll-ups: which of a parent document's measures a document passed down and which it dropped, the
// measures it added, and whether the lower documents' targets add up to a target. Each row carries its evidence
// (the alignment's method and score, the two targets' words), as the curated queries coverage.rq, no-counterpart.rq
// and target-rollup.rq answer it at /sparql.
import { h, s } from './dom.js';
import { t } from './i18n.js';
import { levelColour } from './levels.js';
import { docHref, hrefFor } from './links.js';
import { badge, docLink, empty, formatNumber, formatScore, levelBadge, section, table, targetValue } from './components.js';
import { evidence, side } from './evidence.js';

function measureName(measure, byIri) {
  const known = byIri.get(measure.iri);
  const label = known ? [known.number, known.heading].filter(Boolean).join(' ') : [measure.ordinal, measure.heading].filter(Boolean).join(' ');
  return h('a', { href: hrefFor(measure.iri) }, label || measure.iri);
}

/** A bar in two parts, passed down and dropped, with the counts written beside it. */
function coverageBar(passed, dropped) {
  const total = Math.max(passed + dropped, 1);
  const width = 300;
  const passedWidth = (passed / total) * width;
  return s('svg', { viewBox: `0 0 ${width + 4} 18`, class: 'coverage-bar', role: 'img',
    'aria-label': t('coverage.counts', { passed, dropped, total: passed + dropped }) },
  s('rect', { x: 0, y: 2, width: passedWidth, height: 14, class: 'covered' }),
  s('rect', { x: passedWidth, y: 2, width: width - passedWidth, height: 14, class: 'dropped' }));
}

function parentCoverage(parent, ownMeasures, alignments) {
  const dropped = parent.measures.filter((m) => !m.childMeasure);
  const alignmentOf = (m) => alignments.find((a) => a.measure === m.childMeasure?.iri && a.other === m.parentMeasure.iri);
  const rows = parent.measures.map((m) => {
    const a = alignmentOf(m);
    return [
      measureName(m.parentMeasure, new Map()),
      m.childMeasure ? measureName(m.childMeasure, ownMeasures) : badge(t('coverage.dropped'), 'warn'),
      a ? evidence({ methods: a.methods, score: a.score, notes: [h('span', { class: 'small' }, `${t('col.reuse')} ${formatScore(a.reuseCoefficient)}`)] })
        : '',
    ];
  });
  return h('div', { class: 'coverage-parent', dataset: { parent: parent.parent.iri } },
    h('h3', null, levelBadge(parent.parent.level), ' ', docLink(parent.parent)),
    h('p', { class: 'coverage-counts' }, coverageBar(parent.passedDown, parent.dropped), ' ',
      t('coverage.counts', { passed: parent.passedDown, dropped: parent.dropped, total: parent.measures.length })),
    dropped.length
      ? h('div', { class: 'coverage-dropped' }, h('h4', null, t('coverage.droppedList')),
        h('ul', { class: 'measure-list' }, dropped.map((m) => h('li', null, measureName(m.parentMeasure, new Map())))))
      : h('p', { class: 'muted small' }, t('coverage.noneDropped')),
    h('details', { class: 'coverage-table' }, h('summary', null, t('coverage.allMeasures', { n: parent.measures.length })),
      table([t('coverage.parentMeasure'), t('coverage.childMeasure'), t('evidence.title')], rows, { className: 'coverage' })));
}

/**
 * The document's coverage of each parent it derives from, and the measures it adds. `detail` is the document as the page
 * has it (its measures name the child side); `alignments` its measure alignments (the evidence of each row).
 */
export function coverageSection(coverage, detail, alignments) {
  if (!coverage || (!coverage.parents.length && !coverage.localMeasures.length)) return null;
  const own = new Map(detail.sections.flatMap((sec) => sec.measures).map((m) => [m.iri, m]));
  return section(t('coverage.title'),
    h('p', { class: 'muted small' }, t('coverage.hint')),
    coverage.parents.length ? coverage.parents.map((p) => parentCoverage(p, own, alignments)) : empty(t('coverage.noParents')),
    coverage.localMeasures.length
      ? h('div', { class: 'coverage-local' }, h('h3', null, t('coverage.local', { n: coverage.localMeasures.length })),
        h('ul', { class: 'measure-list' }, coverage.localMeasures.map((m) => h('li', null, measureName(m, own)))))
      : null);
}

function percent(value) {
  return `${formatNumber(Math.round(Number(value) * 1000) / 10)}%`;
}

/** The parent's value as a bar, each counted child a part of it in its level's colour, what is left hatched. */
function rollupChart(rollup) {
  const parentValue = Number(rollup.parent.value);
  const counted = rollup.children.filter((c) => c.counted);
  const sum = counted.reduce((total, c) => total + Number(c.target.value), 0);
  const scale = Math.max(parentValue, sum, 1);
  const width = 600;
  const svg = s('svg', { viewBox: `0 0 ${width + 2} 54`, class: 'rollup-chart', role: 'img',
    'aria-label': rollup.sums ? summaryText(rollup) : t('rollup.none') });
  let x = 0;
  for (const child of counted) {
    const w = (Number(child.target.value) / scale) * width;
    svg.append(s('rect', { x, y: 4, width: Math.max(w, 1), height: 22, fill: levelColour(child.document.level), class: 'part' },
      s('title', null, `${child.document.jurisdiction?.label || child.document.label} ${targetValue(child.target)}`)));
    if (w > 60) {
      svg.append(s('text', { x: x + 4, y: 19, class: 'part-label' }, child.document.jurisdiction?.label || ''));
    }
    x += w;
  }
  if (x < (parentValue / scale) * width) {
    svg.append(s('rect', { x, y: 4, width: (parentValue / scale) * width - x, height: 22, class: 'remaining' }));
  }
  const parentX = (parentValue / scale) * width;
  svg.append(s('line', { x1: parentX, x2: parentX, y1: 0, y2: 32, class: 'parent-mark' }),
    s('text', { x: Math.min(parentX, width - 2), y: 46, 'text-anchor': 'end', class: 'parent-label' },
      `${t('rollup.parentTarget')} ${targetValue(rollup.parent)}`));
  return h('div', { class: 'chart-wrap' }, svg);
}

function summaryText(rollup) {
  const { sums, parent } = rollup;
  if (!sums) return parent.unit === '%' ? t('rollup.percentageNone') : t('rollup.none');
  const unit = parent.unit || '';
  if (Number(sums.remaining) < 0) {
    return t('rollup.over', { n: rollup.counted, sum: `${formatNumber(sums.childValues)} ${unit}`, parent: targetValue(parent),
      excess: `${formatNumber(-Number(sums.remaining))} ${unit}` });
  }
  return t('rollup.summary', { n: rollup.counted, sum: `${formatNumber(sums.childValues)} ${unit}`, parent: targetValue(parent),
    percent: percent(sums.shares), remaining: `${formatNumber(sums.remaining)} ${unit}` });
}

function whyNotCounted(child) {
  if (child.counted) return badge(t('rollup.counted'), 'info');
  if (child.evidence.deadlineDiffers) return badge(t('rollup.otherDeadline'), 'warn');
  return badge(child.target.unit === '%' ? t('rollup.percentage') : t('rollup.otherUnit'), 'warn');
}

/** The sum in a few words, for a roll-up's one-line summary: 18,500 张 = 37%. */
function shortSum(rollup) {
  if (!rollup.sums) return rollup.parent.unit === '%' ? t('rollup.percentageShort') : t('rollup.noneShort');
  return t('rollup.short', { n: rollup.counted, sum: `${formatNumber(rollup.sums.childValues)} ${rollup.parent.unit || ''}`,
    percent: percent(rollup.sums.shares) });
}

/** A bar as long as the parent's value, filled as far as the children's sum reaches. */
function miniBar(rollup) {
  const share = rollup.sums ? Math.min(Number(rollup.sums.shares), 1) : 0;
  const over = rollup.sums && Number(rollup.sums.remaining) < 0;
  return s('svg', { viewBox: '0 0 102 12', class: 'rollup-mini', 'aria-hidden': 'true' },
    s('rect', { x: 1, y: 1, width: 100, height: 10, class: 'remaining' }),
    s('rect', { x: 1, y: 1, width: share * 100, height: 10, class: over ? 'over' : 'filled' }));
}

/**
 * One target's roll-up: the lower targets that follow it, each with its evidence, their sum, what is left. Folded (a
 * line naming the indicator, the parent's value and the sum), unless `open`.
 */
export function rollupView(rollup, { open = false } = {}) {
  const parent = rollup.parent;
  const rows = rollup.children.map((child) => [
    h('span', null, levelBadge(child.document.level), ' ', child.document.jurisdiction?.label || '', ' ',
      h('a', { class: 'small', href: docHref(child.document.iri) }, child.document.number || child.document.label)),
    h('a', { href: hrefFor(child.target.iri) }, targetValue(child.target)),
    child.share != null ? percent(child.share) : '',
    child.target.deadline || '',
    whyNotCounted(child),
    evidence({
      methods: [child.evidence.method], score: child.evidence.score, share: child.share,
      sides: [
        side(t('evidence.childTarget', { where: child.document.jurisdiction?.label || '' }), child.target.quote),
        side(t('evidence.parentTarget', { where: parent.scope?.label || '' }), parent.quote),
      ],
      explanation: child.evidence.explanation,
    }),
  ]);
  const body = [
    h('p', { class: 'rollup-summary' }, summaryText(rollup)),
    rollup.sums ? rollupChart(rollup) : null,
    table([t('col.jurisdiction'), t('rollup.child'), t('col.share'), t('col.deadline'), t('rollup.inSum'), t('evidence.title')], rows,
      { className: 'rollup-children' }),
  ];
  if (open) return h('div', { class: 'rollup open', dataset: { target: parent.iri } }, body);
  return h('details', { class: 'rollup', dataset: { target: parent.iri } },
    h('summary', null,
      h('span', { class: 'rollup-name' }, parent.indicatorLabel || parent.quote), ' ',
      h('span', { class: 'muted small' }, `${targetValue(parent)}${parent.deadline ? ` · ${parent.deadline}` : ''}`), ' ',
      miniBar(rollup), ' ', h('span', { class: 'rollup-short small' }, shortSum(rollup))),
    h('p', { class: 'small' }, h('a', { href: hrefFor(parent.iri) }, parent.quote)),
    body);
}

/** The roll-ups of a document's targets, those that lower targets follow. */
export function rollupSection(rollups) {
  if (!rollups?.length) return null;
  return section(t('rollup.title'), h('p', { class: 'muted small' }, t('rollup.hint')), rollups.map((r) => rollupView(r)));
}
