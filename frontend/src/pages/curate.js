// Curation: a curator signs in here, then works through the review queue, the computed links no one
// has judged, weakest first. One key press per decision (Y confirm, N reject, S skip), with the note
// given once above the queue; buttons do the same for a mouse or a screen reader.
import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { badge, empty, formatScore, pageHeader, section } from '../components.js';
import { hrefFor, docHref } from '../links.js';
import { field, forgetSession, session } from '../curation.js';

const PAGE = 50;

function signInForm(ctx, who) {
  const username = field('username', t('curate.username'), { autocomplete: 'username', required: true });
  const password = field('password', t('curate.password'), { type: 'password', autocomplete: 'current-password', required: true });
  const message = h('p', { class: 'form-message', role: 'alert' });
  return h('form', {
    class: 'curation-form sign-in',
    onsubmit: async (event) => {
      event.preventDefault();
      message.textContent = '';
      try {
        await api.session();
        await api.signIn(username.input.value.trim(), password.input.value);
        forgetSession();
        ctx.navigate(location.pathname + location.search, { replace: true });
      } catch (error) {
        message.textContent = error.status === 401 ? t('curate.wrongPassword') : error.message;
      }
    },
  },
  who.curatorsConfigured ? null : h('p', { class: 'muted small' }, t('curate.noCurators')),
  username.row, password.row,
  h('button', { type: 'submit' }, t('curate.signIn')),
  message);
}

function itemRow(item, index) {
  return h('li', { class: 'queue-item', dataset: { iri: item.iri, index: String(index) } },
    h('div', null, badge(t(`curate.kind.${item.kind}`), 'info'), ' ', h('span', { class: 'muted small' }, `${t('col.score')} ${formatScore(item.score)}`)),
    // A link shows both its ends; an extracted target (no parent) its words and its document.
    h('div', { class: 'queue-ends' },
      h('a', { href: hrefFor(item.child.iri) }, item.child.label || item.child.iri),
      item.parent ? [h('span', { 'aria-hidden': 'true' }, ' → '), h('span', { class: 'visually-hidden' }, t('curate.follows')),
        h('a', { href: hrefFor(item.parent.iri) }, item.parent.label || item.parent.iri)] : null),
    item.childDoc ? h('div', { class: 'muted small' }, h('a', { href: docHref(item.childDoc) }, t('curate.childDoc')),
      item.parentDoc ? [' · ', h('a', { href: docHref(item.parentDoc) }, t('curate.parentDoc'))] : null) : null,
    item.explanation ? h('p', { class: 'small' }, item.explanation) : null,
    h('div', { class: 'queue-state', dataset: { state: 'open' } }));
}

function reviewQueue(ctx, items) {
  const note = field('queue-note', t('curate.queueNote'), { value: t('curate.defaultNote'), required: true });
  const live = h('p', { class: 'queue-status', role: 'status', 'aria-live': 'polite' });
  const rows = items.map(itemRow);
  let position = 0;
  let busy = false;

  function focusRow() {
    rows.forEach((row, i) => {
      row.classList.toggle('current', i === position);
      if (i === position) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    });
    if (rows[position]) rows[position].scrollIntoView({ block: 'nearest' });
    else live.textContent = t('curate.queueDone');
  }

  async function decide(action) {
    if (busy || !items[position]) return;
    const item = items[position];
    const row = rows[position];
    const state = row.querySelector('.queue-state');
    if (action !== 'skip') {
      busy = true;
      state.textContent = t('curate.saving');
      try {
        await api.correct({ action, target: item.iri, note: note.input.value.trim() });
      } catch (error) {
        state.textContent = error.message;
        state.dataset.state = 'error';
        busy = false;
        return;
      } finally {
        busy = false;
      }
    }
    state.dataset.state = action;
    state.textContent = t(`curate.done.${action}`);
    live.textContent = `${t(`curate.done.${action}`)}: ${item.child.label || item.iri}`;
    position++;
    focusRow();
  }

  const onKey = (event) => {
    if (event.target.closest('input, textarea, select') || event.metaKey || event.ctrlKey || event.altKey) return;
    const action = { y: 'confirm', n: 'reject', s: 'skip' }[event.key.toLowerCase()];
    if (!action) return;
    event.preventDefault();
    decide(action);
  };
  document.addEventListener('keydown', onKey);
  ctx.onLeave(() => document.removeEventListener('keydown', onKey));
  ctx.afterRender = focusRow;

  return h('div', { class: 'review-queue' },
    note.row,
    h('p', { class: 'muted small', id: 'queue-keys' }, t('curate.keys')),
    h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: () => decide('confirm'), 'aria-describedby': 'queue-keys' }, t('curate.confirm')),
      h('button', { type: 'button', onclick: () => decide('reject') }, t('curate.reject')),
      h('button', { type: 'button', class: 'secondary', onclick: () => decide('skip') }, t('curate.skip'))),
    live,
    items.length ? h('ol', { class: 'queue' }, rows) : empty(t('curate.queueEmpty')));
}

export async function curatePage(ctx) {
  const who = await session();
  if (!who.username) {
    return h('div', { class: 'page curate-page' },
      pageHeader(t('curate.kicker'), t('curate.title')),
      section(t('curate.signInTitle'), signInForm(ctx, who)));
  }
  const signOut = h('button', {
    type: 'button', class: 'secondary',
    onclick: async () => {
      await api.signOut();
      forgetSession();
      ctx.navigate(location.pathname, { replace: true });
    },
  }, t('curate.signOut'));
  const header = pageHeader(t('curate.kicker'), t('curate.title'),
    h('p', { class: 'signed-in' }, t('curate.signedInAs', { name: who.username }), ' ', signOut));
  if (!who.curator) return h('div', { class: 'page curate-page' }, header, section(null, h('p', null, t('curate.notCurator'))));
  const kind = ctx.params.get('kind') || '';
  const items = await api.reviewQueue(0, PAGE, kind);
  const kinds = field('queue-kind', t('curate.queueKind'), {
    tag: 'select',
    options: [['', t('curate.kind.all')], ...['target', 'alignment', 'target-link'].map((k) => [k, t(`curate.kind.${k}`)])],
  });
  kinds.input.value = kind;
  kinds.input.addEventListener('change', () => ctx.navigate(kinds.input.value ? `${location.pathname}?kind=${kinds.input.value}` : location.pathname));
  return h('div', { class: 'page curate-page' }, header,
    section(t('curate.queueTitle'), h('p', { class: 'muted small' }, t('curate.queueHint')), kinds.row, reviewQueue(ctx, items)));
}
