// Curation in the explorer: who is signed in, a curated fact's status and history, and the forms a
// signed-in curator corrects with. Every write goes to /api/corrections with a note saying why.
import { api } from './api.js';
import { h } from './dom.js';
import { t, tOr } from './i18n.js';
import { badge } from './components.js';
import { docHref } from './links.js';

let current = null;

/** The session, asked once per page load (and again after signing in or out). */
export function session() {
  if (!current) current = api.session().catch(() => ({ username: null, curator: false, curatorsConfigured: false }));
  return current;
}

export function forgetSession() {
  current = null;
}

/** A fact's curation status as a badge; nothing for a fact as extracted. */
export function statusBadge(status) {
  if (!status || status === 'extracted') return null;
  return h('span', { class: `badge curation ${status}`, dataset: { curation: status } }, tOr('curation', status));
}

function describeValues(values) {
  return Object.entries(values || {}).map(([name, value]) => `${tOr('field', name)} ${value}`).join(' · ');
}

/** Every correction of a fact, oldest first: when, who, what, why; an orphaned one says so. */
export function history(corrections) {
  if (!corrections.length) return null;
  return h('ol', { class: 'curation-history' }, corrections.map((c) => h('li', { dataset: { correction: c.iri } },
    h('span', { class: 'muted small' }, `${c.time.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC')} · ${c.curator}`), ' ',
    badge(tOr('action', c.action), 'info'), ' ',
    c.values && Object.keys(c.values).length ? h('span', null, describeValues(c.values), ' ') : null,
    c.replaced?.length ? h('span', { class: 'muted small' }, t('curation.replaced', { old: c.replaced.map((r) => r.object).join(', ') }), ' ') : null,
    h('q', null, c.note),
    c.orphaned ? [' ', badge(t('curation.orphaned'), 'warn')] : null)));
}

let fields = 0;

/** A labelled input of a form; the label names it for screen readers too (ids unique: a page may hold several forms). */
export function field(name, label, attrs = {}) {
  const id = `curate-${name}-${++fields}`;
  const input = attrs.tag === 'select'
    ? h('select', { id, name }, attrs.options.map(([value, text]) => h('option', { value }, text)))
    : h('input', { id, name, type: 'text', ...attrs });
  return { input, row: h('div', { class: 'form-row' }, h('label', { for: id }, label), input) };
}

/**
 * A form that sends one correction: build(values) gives the request from the inputs, or throws a message;
 * the service's refusal (no note, a value it cannot read) is shown as it says it.
 */
export function correctionForm({ title, fields, build, submitLabel, onSaved, className }) {
  const note = field('note', t('curation.note'), { required: true, placeholder: t('curation.notePlaceholder') });
  const message = h('p', { class: 'form-message', role: 'alert' });
  const form = h('form', {
    class: ['curation-form', className],
    onsubmit: async (event) => {
      event.preventDefault();
      message.textContent = '';
      try {
        const request = build();
        request.note = note.input.value.trim();
        const saved = await api.correct(request);
        message.textContent = t('curation.saved');
        if (onSaved) onSaved(saved);
      } catch (error) {
        message.textContent = error.message;
      }
    },
  },
  h('h3', null, title),
  fields.map((f) => f.row),
  note.row,
  h('button', { type: 'submit' }, submitLabel || t('curation.save')),
  message);
  return form;
}

const COMPARATORS = ['>=', '>', '=', '~', '<=', '<'];

function comparatorField(value) {
  const f = field('comparator', t('field.comparator'), { tag: 'select', options: COMPARATORS.map((c) => [c, c]) });
  f.input.value = value || '=';
  return f;
}

/**
 * A target's value, range, unit, comparator and deadline, edited in place; only what was changed is sent. A deadline or an
 * upper value the text does not state is removed by typing none.
 */
export function targetEditor(target, onSaved) {
  const text = (v) => (v != null ? String(v) : '');
  const original = { value: text(target.value), upper: text(target.upperValue), unit: target.unit || '', comparator: target.comparator || '=',
    deadline: target.deadline || '' };
  const value = field('value', t('field.value'), { value: original.value, inputmode: 'decimal' });
  const upper = field('upper', t('field.upper'), { value: original.upper, inputmode: 'decimal' });
  const unit = field('unit', t('field.unit'), { value: original.unit });
  const comparator = comparatorField(original.comparator);
  const deadline = field('deadline', t('field.deadline'), { value: original.deadline, inputmode: 'numeric' });
  const form = correctionForm({
    title: t('curation.editTarget'),
    className: 'target-editor',
    fields: [value, upper, unit, comparator, deadline],
    onSaved,
    build: () => {
      const values = {};
      for (const [name, f] of [['value', value], ['upper', upper], ['unit', unit], ['comparator', comparator], ['deadline', deadline]]) {
        let typed = f.input.value.trim();
        // A field emptied says the target has none: the service is told so in words.
        if (!typed && original[name] && (name === 'deadline' || name === 'upper')) typed = 'none';
        if (typed === original[name] || !typed) continue;
        if ((name === 'value' || name === 'upper') && typed !== 'none' && Number(typed) === Number(original[name])) continue;
        values[name] = typed;
      }
      if (!Object.keys(values).length) throw new Error(t('curation.nothingChanged'));
      return { action: 'edit', target: target.iri, values };
    },
  });
  form.insertBefore(h('p', { class: 'muted small' }, t('curation.noneHint')), form.querySelector('.form-row'));
  return form;
}

/** Behind a disclosure: a form that adds what the extractor or lineage missed. */
function disclosure(summary, form) {
  return h('details', { class: 'add-fact' }, h('summary', null, summary), form);
}

/** Add a target the extractor missed to a measure (or a document): its value, unit, comparator, deadline and the words quoted. */
export function addTarget(holderIri, onSaved) {
  const value = field('value', t('field.value'), { inputmode: 'decimal', required: true });
  const unit = field('unit', t('field.unit'), { required: true });
  const comparator = comparatorField('>=');
  const deadline = field('deadline', t('field.deadline'), { inputmode: 'numeric' });
  const indicator = field('indicator', t('field.indicator'), { required: true });
  const quote = field('quote', t('field.quote'), { required: true });
  return disclosure(t('curation.addTarget'), correctionForm({
    title: t('curation.addTarget'),
    className: 'add-target',
    fields: [quote, indicator, value, unit, comparator, deadline],
    onSaved,
    build: () => {
      const values = { value: value.input.value.trim(), unit: unit.input.value.trim(), comparator: comparator.input.value,
        indicator: indicator.input.value.trim(), quote: quote.input.value.trim() };
      if (deadline.input.value.trim()) values.deadline = deadline.input.value.trim();
      return { action: 'add', kind: 'target', target: holderIri, values };
    },
  }));
}

/** Add a link lineage missed: the measure (kind alignment) or target (kind target-link) given follows the parent named by its IRI. */
export function addLink(kind, childIri, onSaved) {
  const parent = field('parent', t('field.parent'), { required: true, placeholder: 'http://…', autocomplete: 'off' });
  const title = t(kind === 'alignment' ? 'curation.addAlignment' : 'curation.addTargetLink');
  return disclosure(title, correctionForm({
    title,
    className: `add-${kind}`,
    fields: [parent],
    onSaved,
    build: () => ({ action: 'add', kind, target: childIri, values: { parent: parent.input.value.trim() } }),
  }));
}

/** Reject a fact (an alignment, a measure's naming of an agency or a certificate type), behind a disclosure so the note is asked for before anything is sent. */
export function rejectFact(iri, title, onSaved, className = 'reject-link') {
  return h('details', { class: className, dataset: { fact: iri } },
    h('summary', null, title),
    correctionForm({
      title,
      fields: [],
      submitLabel: t('curate.reject'),
      onSaved,
      build: () => ({ action: 'reject', target: iri }),
    }));
}

/** Reject a computed link (an alignment). */
export function rejectLink(iri, onSaved) {
  return rejectFact(iri, t('curation.rejectAlignment'), onSaved);
}

/** Name an agency responsible for a measure, by the agency's IRI (its page's address), leading or not. */
export function addResponsibility(measureIri, onSaved) {
  const agency = field('agency', t('field.agency'), { required: true, placeholder: 'http://…/id/agency/…', autocomplete: 'off' });
  const lead = field('lead', t('field.lead'), { tag: 'select', options: [['false', t('curation.notLead')], ['true', t('curation.lead')]] });
  return disclosure(t('curation.addResponsibility'), correctionForm({
    title: t('curation.addResponsibility'),
    className: 'add-responsibility',
    fields: [agency, lead],
    onSaved,
    build: () => ({ action: 'add', kind: 'responsibility', target: measureIri, values: { agency: agency.input.value.trim(), lead: lead.input.value } }),
  }));
}

/** Say a measure names a certificate type, by the type's notation (organic-product). */
export function addCertificateType(measureIri, onSaved) {
  const type = field('type', t('field.type'), { required: true, placeholder: 'organic-product', autocomplete: 'off' });
  return disclosure(t('curation.addCertificateType'), correctionForm({
    title: t('curation.addCertificateType'),
    className: 'add-certificate-type',
    fields: [type],
    onSaved,
    build: () => ({ action: 'add', kind: 'certificate-type', target: measureIri, values: { type: type.input.value.trim() } }),
  }));
}

/** Add a citation the extractor missed, by the cited document's 文号, read by the service's resolver as it is typed. */
export function addCitation(docIri, onSaved) {
  const number = field('number', t('field.number'), { placeholder: '国办发〔2019〕9号', autocomplete: 'off' });
  const relation = field('relation', t('field.relation'), {
    tag: 'select',
    options: ['implements', 'forwards', 'mentions', 'reports-on'].map((r) => [r, tOr('relation', r)]),
  });
  const reading = h('p', { class: 'muted small resolver-reading', 'aria-live': 'polite' });
  let timer = null;
  number.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const text = number.input.value.trim();
      if (!text) {
        reading.textContent = '';
        return;
      }
      try {
        const resolved = await api.resolve(text);
        reading.textContent = t('curation.reads', { number: resolved.number || text })
          + (resolved.document?.label ? ` · ${resolved.document.label}` : '');
      } catch (error) {
        // A 文号 of a document not stored is still one: the citation names it before the document arrives.
        reading.textContent = error.status === 404 ? t('curation.reads', { number: text }) : t('curation.notANumber');
      }
    }, 250);
  });
  const form = correctionForm({
    title: t('curation.addCitation'),
    className: 'add-citation',
    fields: [number, relation],
    onSaved,
    build: () => ({ action: 'add', kind: 'citation', target: docIri, values: { number: number.input.value.trim(), relation: relation.input.value } }),
  });
  form.insertBefore(reading, form.querySelector('.form-row:nth-of-type(2)'));
  return form;
}

/**
 * For a signed-in curator on the page of a document known only from citations: upload its file. When the file turns out to
 * be this document, `onDone` shows it ingested; another document is named with a link to it.
 */
export function uploadForm(doc, onDone) {
  const input = h('input', { type: 'file', name: 'file', id: 'upload-file', required: true,
    accept: '.txt,.html,.htm,.pdf,.docx,.doc,.wps,.ofd,.png,.jpg,.jpeg,.tif,.tiff' });
  const message = h('p', { class: 'form-message small', role: 'status' });
  const button = h('button', { type: 'submit' }, t('upload.send'));
  return h('form', {
    class: 'upload-document',
    onsubmit: async (event) => {
      event.preventDefault();
      if (!input.files.length) return;
      button.disabled = true;
      message.textContent = t('upload.sending');
      try {
        const outcome = await api.upload(input.files[0]);
        if (outcome.documentIri === doc.iri) {
          onDone();
        } else {
          message.replaceChildren(t('upload.another'), ' ', h('a', { href: docHref(outcome.documentIri) }, outcome.documentIri));
        }
      } catch (error) {
        message.textContent = error.message;
      } finally {
        button.disabled = false;
      }
    },
  },
  h('h3', null, t('upload.title')),
  h('p', { class: 'small muted' }, t('upload.hint', { doc: doc.number || doc.label || doc.iri })),
  h('label', { for: 'upload-file' }, t('upload.file')), ' ', input, ' ', button, message);
}
