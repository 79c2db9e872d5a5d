// The 文号 resolver, the one every box uses (the header's and the overview's): the service reads any spelling
// (/api/resolve), and the person lands on the document, told how the input was read.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { docHref, href, resolveHref, searchHref } from '../links.js';
import { pageHeader, section } from '../components.js';

/** Where a resolved number goes: the document's page, carrying what was typed so the page can say how it was read. */
function landing(resolution) {
  const target = new URL(docHref(resolution.document.iri), location.origin);
  target.searchParams.set('from', resolution.query);
  return target.pathname + target.search;
}

/** The resolver's form; `fallback` sends text that is not a 文号 to full-text search (the header box). */
export function resolverForm(navigate, { value = '', fallback = false, label = t('resolve.title') } = {}) {
  const input = h('input', { type: 'text', name: 'number', value, 'aria-label': label, placeholder: '苏政办发〔2022〕21号' });
  return h('form', {
    class: 'inline-form resolver',
    onsubmit: (event) => {
      event.preventDefault();
      if (input.value.trim()) navigate(resolverHref(input.value.trim(), fallback));
    },
  }, input, h('button', { type: 'submit' }, t('resolve.button')));
}

export function resolverHref(text, fallback = false) {
  return fallback ? href('/explore/resolve', { number: text, fallback: 'search' }) : resolveHref(text);
}

/** How the service read a number, as a sentence per liberty it took with the spelling. */
export function readingNotice(resolution) {
  const notes = (resolution.reading || []).map((note) => t(`reading.${note.spelling}`, { detail: note.detail ?? '' }));
  return h('p', { class: 'notice reading', role: 'status' },
    t('reading.readAs', { input: resolution.query, number: resolution.number }),
    notes.length ? `${t('reading.because')}${notes.join(t('reading.separator'))}。` : t('reading.exact'));
}

export async function resolvePage(ctx) {
  const number = (ctx.params.get('number') || '').trim();
  const fallback = ctx.params.get('fallback') === 'search';
  let problem = null;
  if (number) {
    try {
      const resolution = await api.resolve(number);
      // The resolver's page is only a waypoint: replace it, so Back returns to where the person typed.
      ctx.navigate(landing(resolution), { replace: true });
      return null;
    } catch (error) {
      if (error.status === 400 && fallback) {
        ctx.navigate(searchHref(number), { replace: true });
        return null;
      }
      if (error.status !== 404 && error.status !== 400) throw error;
      problem = error.status === 404 ? t('resolve.notFound', { q: number }) : t('resolve.notANumber', { q: number });
    }
  }
  return h('div', { class: 'page resolve-page' },
    pageHeader(null, t('resolve.title')),
    section(null,
      h('p', { class: 'muted small' }, t('overview.resolverHint')),
      resolverForm(ctx.navigate, { value: number }),
      problem ? h('p', { class: 'notice' }, problem, ' ', h('a', { href: searchHref(number) }, t('resolve.searchInstead'))) : null));
}
