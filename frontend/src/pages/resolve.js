// The 文号 resolver: any spelling of a document number lands on that document's page.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { docHref, resolveHref, searchHref } from '../links.js';
import { pageHeader, section } from '../components.js';

function resolverForm(number, navigate) {
  const input = h('input', { type: 'text', name: 'number', value: number, 'aria-label': t('resolve.title'), placeholder: '苏政办发〔2022〕21号' });
  return h('form', {
    class: 'inline-form resolver',
    onsubmit: (event) => {
      event.preventDefault();
      if (input.value.trim()) navigate(resolveHref(input.value.trim()));
    },
  }, input, h('button', { type: 'submit' }, t('resolve.button')));
}

export async function resolvePage(ctx) {
  const number = (ctx.params.get('number') || '').trim();
  if (number) {
    try {
      const resolution = await api.resolve(number);
      // The resolver's page is only a waypoint: replace it, so Back returns to where the person typed.
      ctx.navigate(docHref(resolution.document.iri), { replace: true });
      return null;
    } catch (error) {
      if (error.status !== 404) throw error;
    }
  }
  return h('div', { class: 'page resolve-page' },
    pageHeader(null, t('resolve.title')),
    section(null,
      resolverForm(number, ctx.navigate),
      number ? h('p', { class: 'notice' }, t('resolve.notFound', { q: number }), ' ',
        h('a', { href: searchHref(number) }, t('resolve.searchInstead'))) : null));
}
