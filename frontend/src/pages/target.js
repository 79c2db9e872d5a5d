// A target: its chain upward as a person reads it (city value → province value, share, deadline),
// the full trace, and the targets every jurisdiction set for the same indicator in a small chart.
import { api, mapLimited } from '../api.js';
import { h, s } from '../dom.js';
import { t } from '../i18n.js';
import { levelColour, levelRank } from '../levels.js';
import { compareHref, docHref, encodePath, href, hrefFor, lineageHref, pathOf } from '../links.js';
import { evidence, side } from '../evidence.js';
import { addLink, history, session, statusBadge, targetEditor } from '../curation.js';
import { rollupView } from '../coverage.js';
import {
  badge, docLink, empty, facts, formatNumber, formatScore, levelBadge, pageHeader, relationName, section, table,
  targetValue,
} from '../components.js';

const MAX_DEPTH = 4;

/** Parent targets upward, each with its own parents, as far as the links go. */
async function parentTree(lineage, depth) {
  if (depth >= MAX_DEPTH) return [];
  return (await mapLimited(lineage.parents, 3, async (link) => {
    const above = await api.targetLineage(link.parent.iri);
    return { link, lineage: above, parents: await parentTree(above, depth + 1) };
  })).filter((x) => x && !x.error);
}

function levelOf(lineage, targetIri) {
  const sibling = lineage.siblings.find((x) => x.target === targetIri);
  if (sibling) return sibling.level;
  const step = lineage.steps.find((x) => x.node === targetIri);
  return step ? step.level : null;
}

function targetCard(target, level, documentRef, extra) {
  return h('div', { class: 'chain-card', style: { '--level': levelColour(level) }, dataset: { target: target.iri } },
    h('div', { class: 'chain-where' }, levelBadge(level), ' ', target.scope?.label || ''),
    h('a', { class: 'chain-value', href: hrefFor(target.iri) }, targetValue(target) || target.quote),
    h('div', { class: 'chain-deadline' }, target.deadline ? `${t('col.deadline')} ${target.deadline}` : ''),
    documentRef ? h('div', { class: 'chain-doc small' }, h('a', { href: docHref(documentRef.iri) }, documentRef.label)) : null,
    target.localAddition ? badge(t('target.localAddition'), 'local') : null,
    extra);
}

/** A target's page link in its document's served source, when that file has pages. */
function quotePage(target) {
  const path = pathOf(target.doc);
  if (!path || target.page == null) return null;
  return h('a', { class: 'page-ref', href: `/api/documents/${encodePath(path)}/source#page=${target.page}`, target: '_blank', rel: 'noopener' },
    t('doc.page', { n: target.page }));
}

function chainBranch(node, child) {
  const { link, lineage, parents } = node;
  const parentTarget = link.parent;
  const notes = [
    link.inheritedUnchanged ? badge(t('target.inheritedUnchanged'), 'info') : null,
    link.deadlineDiffers ? badge(t('target.deadlineDiffers'), 'warn') : null,
  ];
  const proof = evidence({
    methods: [link.method || 'same-indicator'], score: link.score, share: link.share, notes,
    sides: [
      side(t('evidence.childTarget', { where: child.scope?.label || '' }), child.quote, quotePage(child)),
      side(t('evidence.parentTarget', { where: parentTarget.scope?.label || '' }), parentTarget.quote, quotePage(parentTarget)),
    ],
    explanation: link.explanation,
  });
  return h('div', { class: 'chain-step' },
    h('div', { class: 'chain-arrow' },
      h('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'),
      link.share != null
        ? h('span', { class: 'share' }, `${t('target.share')} ${formatNumber(link.share)} (${Math.round(link.share * 100)}%)`)
        : null,
      h('span', { class: 'muted small' }, `${t('col.score')} ${formatScore(link.score)}`),
      notes),
    h('div', { class: 'chain-parent' },
      targetCard(parentTarget, levelOf(lineage, parentTarget.iri), link.parentDocument),
      proof,
      parents.length ? h('div', { class: 'chain-branches' }, parents.map((p) => chainBranch(p, parentTarget))) : null));
}

function siblingChart(lineage) {
  const current = lineage.target;
  const rows = [...lineage.siblings]
    .filter((x) => x.value != null)
    .sort((a, b) => levelRank(a.level) - levelRank(b.level) || Number(b.value) - Number(a.value));
  if (!rows.length) return empty();
  const unit = current.unit;
  const comparable = rows.filter((x) => x.unit === unit || !unit);
  const max = Math.max(...comparable.map((x) => Number(x.value)), 1);
  const rowHeight = 30;
  const labelWidth = 150;
  const barWidth = 330;
  const width = labelWidth + barWidth + 150;
  const svg = s('svg', {
    viewBox: `0 0 ${width} ${rows.length * rowHeight + 6}`, class: 'bar-chart', role: 'group',
    'aria-label': t('target.siblings'),
  });
  rows.forEach((row, i) => {
    const y = i * rowHeight + 4;
    const isCurrent = row.target === current.iri;
    const length = row.unit === unit || !unit ? Math.max(2, (Number(row.value) / max) * barWidth) : 0;
    const name = `${row.jurisdiction?.label || row.document?.label || ''}`;
    svg.append(s('a', { href: hrefFor(row.target) },
      s('title', null, row.quote || ''),
      s('text', { x: labelWidth - 8, y: y + 17, 'text-anchor': 'end', class: isCurrent ? 'bar-label current' : 'bar-label' }, name),
      s('rect', {
        x: labelWidth, y: y + 3, width: length, height: rowHeight - 10, rx: 3,
        fill: levelColour(row.level), class: isCurrent ? 'bar current' : 'bar',
      }),
      s('text', { x: labelWidth + length + 6, y: y + 17, class: 'bar-value' },
        `${formatNumber(row.value)} ${row.unit || ''}${row.deadline ? ` · ${row.deadline}` : ''}${row.localAddition ? ` ★ ${t('target.localAddition')}` : ''}`)));
  });
  return h('div', { class: 'chart-wrap' }, svg);
}

function siblingTable(lineage) {
  return table([t('col.level'), t('col.jurisdiction'), t('col.value'), t('col.deadline'), t('col.document')],
    [...lineage.siblings].sort((a, b) => levelRank(a.level) - levelRank(b.level)).map((x) => [
      levelBadge(x.level),
      h('span', null, x.jurisdiction?.label || '', x.target === lineage.target.iri ? [' ', badge(t('target.this'), 'info')] : null),
      h('span', null, h('a', { href: hrefFor(x.target) }, targetValue(x)), x.localAddition ? [' ', badge(t('target.localAddition'), 'local')] : null),
      x.deadline || '',
      h('a', { href: docHref(x.document.iri) }, x.document.label),
    ]), { className: 'siblings' });
}

/**
 * Why no parent target is shown: when the documents this one cites are not ingested, the parent target may be in
 * one of them, and the reader is told which, rather than only that nothing was found.
 */
async function noParentNotice(target) {
  let detail = null;
  try {
    detail = await api.documentByIri(target.doc);
  } catch {
    // The document's links could not be read: say only that no parent was found.
  }
  const missing = (detail?.cites || []).filter((link) => !link.inCorpus && ['implements', 'forwards'].includes(link.relation));
  if (!missing.length) return h('p', { class: 'muted no-parent' }, t('target.noParent'));
  return h('div', { class: 'notice no-parent' },
    h('p', null, t('target.parentNotIngested')),
    h('ul', null, missing.map((link) => h('li', null, docLink(link), ' ', h('span', { class: 'badge not-ingested' }, t('doc.notIngested'))))),
    h('p', { class: 'small' }, t('target.parentNotIngestedHint')));
}

function traceTable(lineage) {
  const rows = lineage.steps.filter((x) => x.relation !== 'self');
  return table([t('col.depth'), t('col.kind'), t('col.level'), t('col.node'), t('col.relation'), t('col.score'), t('col.share')],
    rows.map((step) => {
      const label = step.nodeType === 'document'
        ? docLink({ iri: step.node, label: step.label, number: step.docNumber })
        : h('span', null, h('a', { href: hrefFor(step.node) }, step.label),
          step.docNumber ? h('span', { class: 'muted small' }, ` ${step.docNumber}`) : null);
      const compare = step.nodeType === 'measure' && step.relation === 'text-reuse'
        ? [' ', h('a', { class: 'button small', href: compareHref(lineage.target.measure, step.node) }, t('measure.compare'))]
        : null;
      return [
        String(step.step),
        t(`kind.${step.nodeType}`),
        levelBadge(step.level),
        h('span', null, label, compare,
          step.evidence && step.relation !== 'self' ? evidence({ methods: [step.relation], score: step.score, sides: [side(t('evidence.quote'), step.evidence)] }) : null),
        relationName(step.relation),
        formatScore(step.score),
        step.share != null ? formatNumber(step.share) : '',
      ];
    }), { className: 'trace' });
}

export async function targetPage(ctx) {
  const iri = ctx.params.get('iri');
  const lineage = await api.targetLineage(iri);
  const target = lineage.target;
  const level = levelOf(lineage, iri);
  const tree = await parentTree(lineage, 0);
  const noParent = tree.length || target.localAddition ? null : await noParentNotice(target);
  const ownDoc = lineage.steps.find((x) => x.nodeType === 'document' && x.step === 0);
  const ownMeasure = lineage.steps.find((x) => x.nodeType === 'measure' && x.step === 0);
  const docRef = ownDoc ? { iri: ownDoc.node, label: ownDoc.label, number: ownDoc.docNumber } : { iri: target.doc, label: target.doc };
  const [corrections, who, rollup] = await Promise.all([api.corrections(iri), session(), api.rollup(iri).catch(() => null)]);
  const reload = () => ctx.navigate(location.pathname + location.search, { replace: true });
  return h('div', { class: 'page target-page', dataset: { target: iri } },
    pageHeader(t('target.title'), target.quote,
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: lineageHref(iri) }, t('doc.lineage')),
        target.localAddition ? badge(t('target.localAddition'), 'local') : null,
        target.milestone ? badge(t('target.milestone'), 'info') : null,
        target.aspirational ? badge(t('target.aspirational'), 'info') : null,
        statusBadge(target.status))),
    section(null, facts([
      [t('col.value'), targetValue(target)],
      [t('col.deadline'), target.deadline],
      [t('target.indicator'), target.indicator ? h('a', { href: href('/explore/resource', { iri: target.indicator }) }, target.indicatorLabel || target.indicator) : null],
      [t('target.scope'), target.scope ? h('span', null, levelBadge(level), ' ', target.scope.label) : null],
      [t('target.measure'), ownMeasure ? h('a', { href: hrefFor(ownMeasure.node) }, ownMeasure.label) : null],
      [t('target.document'), docLink(docRef)],
    ])),
    section(t('target.chain'),
      h('p', { class: 'muted small' }, target.localAddition ? t('target.localAdditionHint') : t('target.chainHint')),
      h('div', { class: 'chain' },
        targetCard(target, level, null, null),
        tree.length ? h('div', { class: 'chain-branches' }, tree.map((node) => chainBranch(node, target)))
          : noParent || h('p', { class: 'muted' }, t('target.noParent')))),
    corrections.length || who.curator
      ? section(t('curation.title'),
        history(corrections),
        // A target a curator added lives in the curated graph only, and a later correction cannot name it yet (the service
        // refuses one): no form that would be refused, but how to correct it.
        who.curator && target.status === 'added' ? h('p', { class: 'muted small added-not-editable' }, t('curation.addedNotEditable')) : null,
        who.curator && !target.milestone && target.status !== 'added' ? targetEditor(target, reload) : null,
        who.curator && !target.milestone && target.status !== 'added' ? addLink('target-link', iri, reload) : null)
      : null,
    rollup?.children.length
      ? section(t('rollup.title'), h('p', { class: 'muted small' }, t('rollup.hint')), rollupView(rollup, { open: true }))
      : null,
    section(t('target.siblings'), siblingChart(lineage), siblingTable(lineage)),
    section(t('target.trace'), traceTable(lineage)));
}
