// The SPARQL editor: YASGUI, bundled into the build, against this service's own /sparql, with every
// curated query of queries/ as an example. ?query=NAME opens that example; a query that was run is
// kept in ?sparql= so the page can be shared as it stands.
import { api } from '../api.js';
import { h } from '../dom.js';
import { lang, pickLabel, t } from '../i18n.js';
import { href } from '../links.js';
import { pageHeader } from '../components.js';

/**
 * YASGUI leaves some of its controls without a name a screen reader can say, its tab list without tabs, and its
 * scrolling editor out of the keyboard's reach: named and fixed here, as its parts appear (results come later).
 */
function accessibleYasgui(host, labels) {
  const fix = () => {
    labelIris(host, labels);
    for (const el of host.querySelectorAll('textarea:not([aria-label])')) el.setAttribute('aria-label', t('sparql.editor'));
    for (const el of host.querySelectorAll('.tab input:not([aria-label])')) el.setAttribute('aria-label', t('sparql.tabName'));
    for (const el of host.querySelectorAll('input.autocomplete:not([aria-label])')) el.setAttribute('aria-label', t('sparql.endpoint'));
    for (const el of host.querySelectorAll('select:not([aria-label])')) el.setAttribute('aria-label', t('sparql.option'));
    for (const el of host.querySelectorAll('input:not([aria-label]):not([type=hidden])')) {
      if (!el.labels?.length) el.setAttribute('aria-label', el.placeholder || t('sparql.option'));
    }
    for (const el of host.querySelectorAll('.CodeMirror-scroll:not([tabindex="0"])')) el.setAttribute('tabindex', '0');
    // A tab list holds tabs only: the add-tab button goes just after it.
    for (const list of host.querySelectorAll('[role=tablist]')) {
      for (const child of [...list.children]) if (!child.querySelector('[role=tab]') && child.getAttribute('role') !== 'tab') list.after(child);
    }
  };
  fix();
  const observer = new MutationObserver(fix);
  observer.observe(host, { childList: true, subtree: true });
  return observer;
}

/** An IRI that may stand in angle brackets in a query as it is: results carry IRIs, this keeps anything else out of the text. */
const PLAIN_IRI = /^https?:\/\/[^\s<>"{}|\\^`]+$/i;
/** IRIs of one answer whose labels are asked for at most: a query's text stays well within the service's size limit. */
const MAX_LABELLED = 2000;

/** The IRIs a SPARQL JSON answer holds, each once, as many as one label query asks for. */
export function irisOf(results) {
  const found = new Set();
  for (const row of results?.results?.bindings || []) {
    for (const value of Object.values(row)) {
      if (value.type === 'uri' && PLAIN_IRI.test(value.value)) found.add(value.value);
      if (found.size >= MAX_LABELLED) return [...found];
    }
  }
  return [...found];
}

/** One query for the labels of many IRIs: rdfs:label, skos:prefLabel or dcterms:title, every language. */
export function labelQuery(iris) {
  return `PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?iri ?label WHERE {
  VALUES ?iri { ${iris.map((iri) => `<${iri}>`).join(' ')} }
  { ?iri rdfs:label ?label } UNION { ?iri skos:prefLabel ?label } UNION { ?iri dcterms:title ?label }
}`;
}

/** The label of each IRI in the interface language where one is stored, else Chinese, else any. */
async function fetchLabels(iris) {
  if (!iris.length) return new Map();
  const response = await fetch(new URL('/sparql', location.origin), {
    method: 'POST',
    headers: { Accept: 'application/sparql-results+json', 'Content-Type': 'application/sparql-query' },
    body: labelQuery(iris),
  });
  if (!response.ok) return new Map();
  const byIri = new Map();
  for (const row of (await response.json()).results.bindings) {
    const labels = byIri.get(row.iri.value) || {};
    const language = (row.label['xml:lang'] || '').toLowerCase().split('-')[0];
    if (!(language in labels)) labels[language] = row.label.value;
    byIri.set(row.iri.value, labels);
  }
  return new Map([...byIri].map(([iri, labels]) => [iri, pickLabel(labels)]));
}

/**
 * Each IRI link of the results table gets its label before it (again after the table pages or redraws): first, so a
 * cell the table cuts short with an ellipsis still shows the label.
 */
function labelIris(host, labels) {
  for (const link of host.querySelectorAll('.yasr a.iri')) {
    const label = labels.get(link.getAttribute('href'));
    if (!label || link.previousElementSibling?.classList.contains('iri-label')) continue;
    link.before(h('span', { class: 'iri-label', lang: /[\u4e00-\u9fff]/.test(label) ? 'zh-CN' : lang() === 'en' ? 'en' : null }, label));
  }
}

/** The parameters a curated query's opening comment names (# Parameters: ?doc (a document IRI); ?measure …), with what it says of each. */
export function parametersOf(query) {
  const lines = [description(query), query?.description || ''].join('\n').split('\n');
  const line = lines.find((l) => /^\s*(Parameters\b|参数)/.test(l));
  if (!line) return [];
  return line.replace(/^\s*(Parameters|参数)[^:：]*[:：]/, '').split(/[;；]|[,，]\s*(?=\?)/).flatMap((part) => {
    const found = [...part.matchAll(/\?([A-Za-z]\w*)/g)];
    return found.map((m, i) => ({ name: m[1], hint: i === found.length - 1 ? part.slice(m.index + m[0].length).replace(/[.;。；]\s*$/, '').trim() : '' }));
  });
}

/** What a curated query answers, in the page's language (the English of its opening comment when that is all). */
function summary(query) {
  return pickLabel(query?.summaries, query?.summary || '');
}

function description(query) {
  return pickLabel(query?.descriptions, query?.description || '');
}

/** A value as SPARQL writes it: an IRI in angle brackets, a number as it is, anything else a quoted string. */
function term(value) {
  const v = value.trim();
  if (/^https?:\/\/[^\s<>"{}|\\^`]+$/i.test(v)) return `<${v}>`;
  if (/^-?\d+(\.\d+)?$/.test(v)) return v;
  return JSON.stringify(v);
}

/**
 * The query with its parameters bound: a one-row VALUES block opening its (outer) WHERE clause, as the service binds a
 * curated query's parameters; the values are data, never query text.
 */
export function bindParameters(text, values) {
  const given = Object.entries(values).filter(([, v]) => v && v.trim());
  if (!given.length) return text;
  const block = `\n  VALUES (${given.map(([n]) => `?${n}`).join(' ')}) { (${given.map(([, v]) => term(v)).join(' ')}) }`;
  return text.replace(/WHERE\s*\{/i, (where) => `${where}${block}`);
}

/** A form with a field for each parameter of the curated query; binding puts the values into the editor's query. */
function parameterForm(query, onBind) {
  const params = parametersOf(query);
  if (!params.length) return h('p', { class: 'muted small query-params-none' }, t('sparql.noParameters'));
  const inputs = params.map((p) => h('input', { type: 'text', name: p.name, id: `param-${p.name}`, placeholder: p.hint || '', 'aria-describedby': `param-${p.name}-hint` }));
  return h('form', {
    class: 'query-params inline-form',
    onsubmit: (event) => {
      event.preventDefault();
      onBind(Object.fromEntries(inputs.map((input) => [input.name, input.value])));
    },
  },
  h('p', { class: 'small' }, t('sparql.parameters')),
  params.map((p, i) => h('div', { class: 'query-param' },
    h('label', { for: `param-${p.name}` }, `?${p.name}`), inputs[i],
    h('span', { class: 'muted small', id: `param-${p.name}-hint` }, p.hint))),
  h('button', { type: 'submit' }, t('sparql.bind')));
}

export async function sparqlPage(ctx) {
  const [queries, { default: Yasgui }] = await Promise.all([
    api.queries(),
    import('@zazuko/yasgui'),
    import('@zazuko/yasgui/build/yasgui.min.css'),
  ]);
  const chosenName = ctx.params.get('query');
  const shared = ctx.params.get('sparql');
  const chosen = queries.find((q) => q.name === chosenName) || queries.find((q) => q.name === 'documents') || queries[0];
  const endpoint = new URL('/sparql', location.origin).href;
  const editor = h('div', { class: 'yasgui-host', id: 'sparql-editor' });
  let yasgui = null;
  let current = shared ? null : chosen;

  const paramsSlot = h('div', { class: 'query-params-slot' });
  const showParameters = (query) => {
    paramsSlot.replaceChildren(query ? parameterForm(query, (values) => {
      const bound = bindParameters(query.text, values);
      yasgui.getTab().getYasqe().setValue(bound);
    }) : '');
  };
  showParameters(current);
  const load = (query) => {
    current = query;
    yasgui.getTab().getYasqe().setValue(query.text);
    showParameters(query);
    for (const item of list.querySelectorAll('button[data-query]')) item.classList.toggle('active', item.dataset.query === query.name);
    picker.value = query.name;
    history.replaceState(null, '', href('/explore/sparql', { query: query.name }));
  };

  const list = h('ul', { class: 'examples' }, queries.map((query) =>
    h('li', null, h('button', {
      type: 'button', class: query === current ? 'example active' : 'example', dataset: { query: query.name },
      title: description(query) || summary(query), onclick: () => load(query),
    }, h('span', { class: 'example-name' }, `${query.name}.rq`), h('span', { class: 'example-summary' }, summary(query))))));

  // A phone gets the examples as one drop-down, so the editor stays near the top of the screen.
  const picker = h('select', {
    class: 'examples-select', 'aria-label': t('sparql.examples'),
    onchange: (event) => load(queries.find((q) => q.name === event.target.value)),
  }, queries.map((query) => h('option', { value: query.name, selected: query === current }, `${query.name}.rq — ${summary(query)}`)));

  ctx.afterRender = () => {
    yasgui = new Yasgui(editor, {
      requestConfig: { endpoint, method: 'POST', acceptHeaderSelect: 'application/sparql-results+json' },
      endpointCatalogueOptions: { getData: () => [{ endpoint }], keys: [] },
      copyEndpointOnNewTab: true,
      populateFromUrl: false,
      persistenceId: null,
      autofocus: false,
      yasqe: { value: shared || chosen?.text || '', persistenceId: null, resizeable: true, editorHeight: '320px' },
      yasr: { persistenceId: null },
    });
    observer = accessibleYasgui(editor, labels);
    const yasqe = yasgui.getTab().getYasqe();
    yasqe.setValue(shared || chosen?.text || '');
    // The labels of the IRIs an answer holds, in one query once it is in; the table shows them as it draws.
    // (The tab tells of the answer just before its results table takes it: hence the turn of the event loop.)
    yasgui.on('queryResponse', (instance, tab) => setTimeout(() => {
      const results = tab.getYasr()?.results?.getAsJson?.();
      labels.clear();
      fetchLabels(irisOf(results)).then((found) => {
        for (const [iri, label] of found) labels.set(iri, label);
        labelIris(editor, labels);
      }).catch(() => { /* labels are a help: the raw IRIs stay readable without them */ });
    }, 0));
    yasgui.on('query', (instance, tab) => {
      const text = tab.getYasqe().getValue();
      if (!current || current.text !== text) history.replaceState(null, '', href('/explore/sparql', { sparql: text }));
    });
  };
  let observer = null;
  const labels = new Map();
  ctx.onLeave(() => {
    if (observer) observer.disconnect();
    if (yasgui) yasgui.destroy();
  });
  return h('div', { class: 'page sparql-page' },
    pageHeader(null, t('sparql.title'), h('p', { class: 'muted small' }, t('sparql.hint'))),
    h('div', { class: 'sparql-layout' },
      h('nav', { class: 'card examples-card', 'aria-label': t('sparql.examples') }, h('h2', null, t('sparql.examples')), list, picker),
      h('section', { class: 'card editor-card' }, paramsSlot, editor)));
}
