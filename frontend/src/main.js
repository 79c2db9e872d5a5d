// The explorer: one page shell, history routing over the /explore/... paths the service redirects
// IRIs to, and a page function per path that builds its content from the REST API.
import './style.css';
import { clear, h } from './dom.js';
import { initLang, lang, setLang, t } from './i18n.js';
import { errorPanel, loading } from './components.js';
import { href } from './links.js';
import { overviewPage } from './pages/overview.js';
import { documentPage } from './pages/document.js';
import { measurePage } from './pages/measure.js';
import { targetPage } from './pages/target.js';
import { lineagePage } from './pages/lineage.js';
import { comparePage } from './pages/compare.js';
import { agencyPage, certificateTypePage } from './pages/concept.js';
import { searchPage } from './pages/search.js';
import { resolvePage, resolverHref } from './pages/resolve.js';
import { sparqlPage } from './pages/sparql.js';
import { resourcePage } from './pages/resource.js';
import { curatePage } from './pages/curate.js';

const ROUTES = [
  [/^\/(?:explore\/?)?$/, overviewPage],
  [/^\/explore\/doc\/([^/]+\/[^/]+\/[^/]+)\/?$/, documentPage],
  [/^\/explore\/measure\/?$/, measurePage],
  [/^\/explore\/target\/?$/, targetPage],
  [/^\/explore\/lineage\/?$/, lineagePage],
  [/^\/explore\/compare\/?$/, comparePage],
  [/^\/explore\/agency\/?$/, agencyPage],
  [/^\/explore\/cert\/?$/, certificateTypePage],
  [/^\/explore\/search\/?$/, searchPage],
  [/^\/explore\/resolve\/?$/, resolvePage],
  [/^\/explore\/sparql\/?$/, sparqlPage],
  [/^\/explore\/resource\/?$/, resourcePage],
  [/^\/explore\/curate\/?$/, curatePage],
];

const app = document.getElementById('app');
let main;
let renderToken = 0;
let cleanup = null;

export function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render();
  window.scrollTo(0, 0);
}

function isExplorerPath(pathname) {
  return pathname === '/' || pathname === '/explore' || pathname.startsWith('/explore/');
}

function onLinkClick(event) {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target.closest('a[href]');
  if (!link || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || !isExplorerPath(url.pathname)) return;
  // A link within the page (the skip link, #m5) is the browser's to follow: the page stays as it is.
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
}

function searchForm() {
  const input = h('input', {
    type: 'search', name: 'q', placeholder: t('search.placeholder'), 'aria-label': t('search.placeholder'),
    value: new URL(location.href).searchParams.get('q') || '',
  });
  return h('form', {
    class: 'site-search', role: 'search',
    onsubmit: (event) => {
      event.preventDefault();
      const text = input.value.trim();
      if (!text) return;
      // The service decides what is a 文号, in any spelling: the same resolver as the overview's, falling back to search.
      navigate(resolverHref(text, true));
    },
  }, input, h('button', { type: 'submit' }, t('search.button')));
}

function switchLanguage() {
  setLang(lang() === 'en' ? 'zh' : 'en');
  const url = new URL(location.href);
  if (lang() === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url.pathname + url.search + url.hash);
  render();
}

function shell() {
  clear(app);
  const pathname = location.pathname;
  const navLink = (path, label, active) => h('a', { href: href(path), class: active ? 'active' : null, 'aria-current': active ? 'page' : null }, label);
  main = h('main', { id: 'main', tabindex: '-1' });
  app.append(
    h('a', { class: 'skip-link', href: '#main', onclick: () => main.focus() }, t('skip')),
    h('header', { class: 'site-header' },
      h('a', { href: href('/'), class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '溯'), t('brand')),
      h('nav', { class: 'site-nav', 'aria-label': 'main' },
        navLink('/', t('nav.overview'), pathname === '/' || pathname === '/explore'),
        navLink('/explore/sparql', t('nav.sparql'), pathname.startsWith('/explore/sparql')),
        navLink('/explore/curate', t('nav.curate'), pathname.startsWith('/explore/curate')),
        h('a', { href: '/swagger-ui/index.html', class: 'api-link' }, t('nav.api'))),
      searchForm(),
      h('button', { type: 'button', class: 'lang-switch', title: t('lang.switchTitle'), onclick: switchLanguage }, t('lang.switch'))),
    main);
}

async function render() {
  const token = ++renderToken;
  rendered = location.pathname + location.search;
  if (cleanup) {
    try { cleanup(); } catch { /* a page that failed to build has nothing to release */ }
    cleanup = null;
  }
  initLang();
  shell();
  const url = new URL(location.href);
  const route = ROUTES.find(([pattern]) => pattern.test(url.pathname));
  main.append(loading());
  const ctx = {
    params: url.searchParams,
    match: route ? route[0].exec(url.pathname) : null,
    navigate,
    isCurrent: () => token === renderToken,
    onLeave: (fn) => { cleanup = fn; },
  };
  let content;
  try {
    if (!route) throw Object.assign(new Error(url.pathname), { status: 404 });
    content = await route[1](ctx);
  } catch (error) {
    // A 404 or a bad link is shown on the page; anything else is a bug worth the console too.
    if (!error.status) console.error(error);
    content = errorPanel(error);
  }
  if (token !== renderToken) return;
  clear(main);
  if (content) main.append(content);
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · ${t('brand')}` : t('brand');
  main.dataset.ready = 'true';
  if (ctx.afterRender) ctx.afterRender();
  // A link to a part of a page (#m5) lands on it once the page is built; a move within the app puts the keyboard
  // focus at the start of the new content, as a page load would.
  const anchor = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (anchor) anchor.scrollIntoView();
  if (token > 1) main.focus({ preventScroll: true });
}

document.addEventListener('click', onLinkClick);
// Back and Forward re-render the page; a move to a fragment of the same page (the skip link) does not.
let rendered = null;
window.addEventListener('popstate', () => {
  if (rendered === location.pathname + location.search && location.hash) return;
  render();
});
render();
