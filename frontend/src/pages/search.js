// Full-text search over documents, measures and targets: the words searched for marked in each result, the
// text around them, each result's document told apart (文号, issuers, region, date), and facets to narrow by
// level, region, year, kind, certificate type and indicator, with counts. A failing search service says so and points to the other ways in.
import { api } from '../api.js';
import { h } from '../dom.js';
import { pickLabel, t, tOr } from '../i18n.js';
import { levelName } from '../levels.js';
import { docHref, href, hrefFor, resolveHref, searchHref } from '../links.js';
import { docMeta, empty, pageHeader, section } from '../components.js';
import { unwrap } from '../evidence.js';

const FACETS = ['level', 'region', 'year', 'kind', 'cert', 'indicator'];
/** Values of a facet shown before the rest are folded away: a query can touch dozens of indicators. */
const SHOWN = 8;

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

/** Text with every occurrence of the searched words in <mark>, as text nodes (never markup). */
export function marked(text, terms) {
  const shown = unwrap(text);
  const words = [...new Set(terms.filter((w) => w && w.trim()))].sort((a, b) => b.length - a.length);
  if (!words.length) return [shown];
  const lower = shown.toLowerCase();
  const nodes = [];
  let at = 0;
  while (at < shown.length) {
    let next = -1;
    let word = null;
    for (const w of words) {
      const i = lower.indexOf(w.toLowerCase(), at);
      if (i >= 0 && (next < 0 || i < next)) {
        next = i;
        word = w;
      }
    }
    if (next < 0) break;
    if (next > at) nodes.push(shown.slice(at, next));
    nodes.push(h('mark', { class: 'term' }, shown.slice(next, next + word.length)));
    at = next + word.length;
  }
  if (at < shown.length) nodes.push(shown.slice(at));
  return nodes;
}

function facetLabel(facet, value) {
  if (facet === 'level') return levelName(value.value);
  if (facet === 'kind') return tOr('kind', value.value);
  // A certificate type or a region in the page's language where the reference data names it so; an indicator as written.
  return pickLabel(value.labels, value.label || value.value);
}

/** The facets as lists of links (each keeps the query and the other filters), the chosen value marked. */
function facetPanel(results, q, filters) {
  return h('nav', { class: 'facets', 'aria-label': t('search.facets') }, FACETS.map((facet) => {
    const values = results.facets?.[facet] || [];
    if (!values.length) return null;
    const link = (value, text, count) => {
      const chosen = (filters[facet] || '') === (value || '');
      return h('li', null, h('a', {
        href: href('/explore/search', { q, ...filters, [facet]: value }),
        class: chosen ? 'chosen' : null, 'aria-current': chosen ? 'true' : null,
      }, text, count != null ? h('span', { class: 'facet-count' }, ` (${count})`) : null));
    };
    // A chosen value stays in view even when it is not among the most frequent.
    const shown = values.filter((v, i) => i < SHOWN || v.value === filters[facet]);
    const folded = values.filter((v) => !shown.includes(v));
    return h('section', { class: 'facet', dataset: { facet } },
      h('h2', null, t(`search.facet.${facet}`)),
      h('ul', null, link('', t('filter.all'), null), shown.map((v) => link(v.value, facetLabel(facet, v), v.count))),
      folded.length
        ? h('details', { class: 'facet-more' }, h('summary', null, t('search.moreFacets', { n: folded.length })),
          h('ul', null, folded.map((v) => link(v.value, facetLabel(facet, v), v.count))))
        : null);
  }));
}

function hitList(results) {
  const terms = results.terms || [];
  if (!results.hits.length) return empty(t('search.none'));
  return h('ol', { class: 'hits' }, results.hits.map((hit) => h('li', { class: 'hit', dataset: { type: hit.type || '' } },
    h('div', null,
      hit.type ? [h('span', { class: 'badge kind' }, tOr('kind', hit.type)), ' '] : null,
      h('a', { href: hrefFor(hit.iri), class: 'hit-label' }, marked(hit.label || hit.iri, terms))),
    hit.snippet ? h('p', { class: 'snippet' }, marked(hit.snippet, terms)) : null,
    hit.document
      ? h('p', { class: 'small hit-doc' },
        hit.document.iri !== hit.iri ? [h('a', { href: docHref(hit.document.iri) }, hit.document.label), ' '] : null,
        docMeta(hit.document))
      : null)));
}

export async function searchPage(ctx) {
  const q = (ctx.params.get('q') || '').trim();
  const filters = Object.fromEntries(FACETS.map((f) => [f, ctx.params.get(f) || '']).filter(([, v]) => v));
  let body;
  if (!q) {
    body = empty(t('search.empty'));
  } else {
    try {
      const results = await api.search(q, filters);
      body = h('div', { class: 'search-layout' },
        facetPanel(results, q, filters),
        h('div', { class: 'search-results' },
          h('p', { class: 'muted small', role: 'status' }, t('search.count', { n: results.total })),
          hitList(results)));
    } catch (error) {
      body = h('div', { class: 'notice', role: 'alert' },
        h('p', null, t('search.unavailable', { status: error.status || error.message })),
        h('p', null, h('a', { href: resolveHref(q) }, t('resolve.title')), ' · ', h('a', { href: href('/explore/sparql') }, t('sparql.title'))));
    }
  }
  return h('div', { class: 'page search-page' },
    pageHeader(t('search.title'), q ? t('search.results', { q }) : t('search.title')),
    section(null, searchBox(q, ctx.navigate), body));
}
