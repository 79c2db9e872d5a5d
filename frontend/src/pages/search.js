// Full-text search over documents, measures and targets; a failing search service says so and
// points to the other ways in rather than leaving a blank page.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t, tOr } from '../i18n.js';
import { docHref, href, hrefFor, resolveHref, searchHref } from '../links.js';
import { empty, formatScore, pageHeader, section } from '../components.js';

function searchBox(q, navigate) {
  const input = h('input', { type: 'search', name: 'q', value: q, 'aria-label': t('search.title'), placeholder: '绿色食品' });
  return h('form', {
    class: 'inline-form page-search', role: 'search',
    onsubmit: (event) => {
      event.preventDefault();
      if (input.value.trim()) navigate(searchHref(input.value.trim()));
    },
  }, input, h('button', { type: 'submit' }, t('search.button')));
}

function hitList(hits) {
  if (!hits.length) return empty(t('search.none'));
  return h('ol', { class: 'hits' }, hits.map((hit) => h('li', { class: 'hit', dataset: { type: hit.type || '' } },
    h('div', null,
      hit.type ? [h('span', { class: 'badge kind' }, tOr('kind', hit.type)), ' '] : null,
      h('a', { href: hrefFor(hit.iri), class: 'hit-label' }, hit.label || hit.iri),
      hit.score != null ? h('span', { class: 'muted small' }, ` ${formatScore(hit.score)}`) : null),
    hit.snippet ? h('p', { class: 'snippet' }, hit.snippet) : null,
    hit.document && hit.document.iri !== hit.iri
      ? h('p', { class: 'small muted' }, h('a', { href: docHref(hit.document.iri) }, hit.document.label))
      : null)));
}

export async function searchPage(ctx) {
  const q = (ctx.params.get('q') || '').trim();
  let results;
  if (!q) {
    results = empty(t('search.empty'));
  } else {
    try {
      results = hitList(await api.search(q));
    } catch (error) {
      results = h('div', { class: 'notice', role: 'alert' },
        h('p', null, t('search.unavailable', { status: error.status || error.message })),
        h('p', null, h('a', { href: resolveHref(q) }, t('resolve.title')), ' · ', h('a', { href: href('/explore/sparql') }, t('sparql.title'))));
    }
  }
  return h('div', { class: 'page search-page' },
    pageHeader(t('search.title'), q ? t('search.results', { q }) : t('search.title')),
    section(null, searchBox(q, ctx.navigate), results));
}
