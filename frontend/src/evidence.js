// The evidence behind a link, in the page itself: a <details> a person opens with a tap, a click or the
// keyboard (never a hover tooltip), giving the method, the score and the words quoted on each side, in the
// interface language and without the hard line breaks of the source file.
import { h } from './dom.js';
import { lang, t, tOr } from './i18n.js';
import { formatNumber, formatScore } from './components.js';

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/**
 * Text as a person reads it: the line breaks a PDF or a web page put inside sentences are gone (between
 * Chinese characters no space is left; between Latin words one), and runs of spaces are one.
 */
export function unwrap(text) {
  if (text == null) return '';
  return String(text)
    .replace(/[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+/g, (match, offset, whole) => {
      const before = whole[offset - 1] || '';
      const after = whole[offset + match.length] || '';
      return !before || !after || WIDE.test(before) || WIDE.test(after) ? '' : ' ';
    })
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** A method name (a link's kind: text reuse, same indicator, implements, …) in the interface language. */
export function methodName(method) {
  return tOr('relation', method);
}

/**
 * One side of a link as quoted: who says it (a document or a measure, as a node), the words, and where they
 * are in the source file (a page link, when the file has pages).
 */
export function side(label, words, where) {
  const quote = unwrap(words);
  return h('div', { class: 'evidence-side' },
    h('p', { class: 'evidence-who small' }, label, where ? [' ', where] : null),
    quote ? h('blockquote', { class: 'evidence-quote', lang: 'zh-CN' }, quote) : h('p', { class: 'muted small' }, t('evidence.noQuote')));
}

/**
 * The evidence of a link as a disclosure: its summary names the method and the score, its body the two sides
 * and anything else the link records (share, notes). `onOpen` loads what the page did not have yet.
 */
export function evidence({ methods = [], score = null, share = null, notes = [], sides = [], extra = null, explanation = null, onOpen = null }) {
  const facts = [
    methods.length ? `${t('evidence.method')}：${methods.map(methodName).join(' · ')}` : null,
    score != null ? `${t('evidence.score')} ${formatScore(score)}` : null,
    share != null ? `${t('target.share')} ${formatNumber(share)}` : null,
  ].filter(Boolean);
  const body = h('div', { class: 'evidence-body' },
    // The summary names method and score; the body repeats them for a reader who opened it from a screen reader's list.
    h('p', { class: 'evidence-facts small' }, facts.join(lang() === 'en' ? '; ' : '；'), notes.length ? [' ', notes] : null),
    sides.length ? h('div', { class: 'evidence-sides' }, sides) : null,
    extra,
    // The engine explains a link in English: shown to English readers only, so the Chinese page stays Chinese.
    explanation && lang() === 'en' ? h('p', { class: 'muted small evidence-explanation' }, unwrap(explanation)) : null);
  const details = h('details', { class: 'evidence' },
    h('summary', null, t('evidence.title'), facts.length ? h('span', { class: 'muted small' }, ` ${facts.join(' · ')}`) : null),
    body);
  if (onOpen) {
    let loaded = false;
    details.addEventListener('toggle', async () => {
      if (!details.open || loaded) return;
      loaded = true;
      const slot = h('p', { class: 'loading small', role: 'status' }, t('loading'));
      body.append(slot);
      try {
        const more = await onOpen();
        slot.replaceWith(more || '');
      } catch (error) {
        slot.replaceWith(h('p', { class: 'notice small' }, error.message));
      }
    });
  }
  return details;
}

/** The shared passages of a measure alignment, each as the child and the parent have it. */
export function passageSides(passages, childLabel, parentLabel) {
  if (!passages?.length) return h('p', { class: 'muted small' }, t('evidence.noPassages'));
  return h('ol', { class: 'passages' }, passages.map((p) => h('li', { class: 'passage-pair' },
    h('div', { class: 'evidence-sides' },
      side(childLabel, p.childText ?? p.text),
      side(parentLabel, p.parentText ?? p.text)))));
}
