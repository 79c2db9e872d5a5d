// Explorer URLs for IRIs. These paths are a contract: the service answers a browser asking for an
// /id/... IRI with a redirect to exactly these pages, so they must not change.
import { lang } from './i18n.js';

// A document's path under /id/doc/ has three segments: issuer, year (or date), serial (or title).
const DOC = /\/id\/doc\/([^/?#]+\/[^/?#]+\/[^/?#]+)$/;
const MEASURE = /\/id\/doc\/[^/?#]+\/[^/?#]+\/[^/?#]+\/measure\/[^/?#]+$/;
const TARGET = /\/id\/doc\/[^/?#]+\/[^/?#]+\/[^/?#]+\/target\/[^/?#]+$/;
const AGENCY = /\/id\/agency\//;
const CERT_TYPE = /\/def\/cert-type\//;

/** An explorer path with its query, keeping the interface language in the URL. */
export function href(path, params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value != null && value !== '') search.set(name, value);
  }
  if (lang() === 'en') search.set('lang', 'en');
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The document's path under /id/doc/ (su-zheng-ban-fa/2022/21), as the explorer and the API name it. */
export function pathOf(docIri) {
  const match = DOC.exec(docIri || '');
  return match ? decodeURIComponent(match[1]) : null;
}

/** A document path in a URL: each segment encoded, the slashes kept. */
export function encodePath(path) {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function docHref(docIri) {
  const path = pathOf(docIri);
  return path ? href(`/explore/doc/${encodePath(path)}`) : href('/explore/resource', { iri: docIri });
}

export function kindOf(iri) {
  if (!iri) return 'resource';
  if (DOC.test(iri)) return 'document';
  if (MEASURE.test(iri)) return 'measure';
  if (TARGET.test(iri)) return 'target';
  if (AGENCY.test(iri)) return 'agency';
  if (CERT_TYPE.test(iri)) return 'certificate-type';
  return 'resource';
}

/** The explorer page of any IRI. */
export function hrefFor(iri) {
  switch (kindOf(iri)) {
    case 'document': return docHref(iri);
    case 'measure': return href('/explore/measure', { iri });
    case 'target': return href('/explore/target', { iri });
    case 'agency': return href('/explore/agency', { iri });
    case 'certificate-type': return href('/explore/cert', { iri });
    default: return href('/explore/resource', { iri });
  }
}

export const lineageHref = (iri) => href('/explore/lineage', { iri });
export const compareHref = (child, parent) => href('/explore/compare', { child, parent });
export const siblingCompareHref = (a, b, parent) => href('/explore/compare', { a, b, parent });
export const searchHref = (q) => href('/explore/search', { q });
export const resolveHref = (number) => href('/explore/resolve', { number });

/** The RDF of a resource, served by the service's linked-data endpoint. */
export function rdfHref(iri) {
  const search = new URLSearchParams({ iri, format: 'ttl' });
  return `/data?${search}`;
}
