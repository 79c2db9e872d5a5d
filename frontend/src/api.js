// The service's REST API, same origin; reads are GETs that answer JSON, a curator's writes send JSON
// with the CSRF token the service set in the XSRF-TOKEN cookie.
import { encodePath } from './links.js';

/** An API error carrying the HTTP status and the service's message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function getJson(path, params) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(params || {})) {
    if (value != null && value !== '') url.searchParams.set(name, value);
  }
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ApiError(0, error.message);
  }
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** The service's problem detail as an error, or the status text when the body is not JSON. */
async function failure(response) {
  let message = response.statusText;
  try {
    const body = await response.json();
    message = body.detail || body.message || body.title || body.error || message;
  } catch {
    // Not JSON: keep the status text.
  }
  return new ApiError(response.status, message);
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/** A write: JSON in and out, with the session's CSRF token; null for 204 No Content. */
export async function sendJson(method, path, body) {
  let response;
  try {
    response = await fetch(new URL(path, location.origin), {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
      body: body == null ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, error.message);
  }
  if (!response.ok) throw await failure(response);
  return response.status === 204 ? null : response.json();
}

/** A curator's upload: the file as a multipart part named file, with the session's CSRF token; the ingestion's outcome. */
export async function sendFile(path, file) {
  const body = new FormData();
  body.append('file', file, file.name);
  let response;
  try {
    response = await fetch(new URL(path, location.origin), {
      method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() }, body,
    });
  } catch (error) {
    throw new ApiError(0, error.message);
  }
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** Runs tasks with at most `limit` in flight, so a page with many measures does not flood the service. */
export async function mapLimited(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index], index);
      } catch (error) {
        results[index] = { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Document summaries by IRI, a hundred to a request, as a map from IRI to summary. */
async function getSummaries(iris) {
  const unique = [...new Set(iris.filter(Boolean))];
  const found = new Map();
  for (let start = 0; start < unique.length; start += 100) {
    const url = new URL('/api/documents/summaries', location.origin);
    for (const iri of unique.slice(start, start + 100)) url.searchParams.append('iri', iri);
    for (const summary of await getJson(url.pathname + url.search)) found.set(summary.iri, summary);
  }
  return found;
}

export const api = {
  overview: () => getJson('/api/overview'),
  document: (path) => getJson(`/api/documents/${encodePath(path)}`),
  documentByIri: (iri, limit) => getJson('/api/document', { iri, limit }),
  summaries: (iris) => getSummaries(iris),
  resolve: (number) => getJson('/api/resolve', { number }),
  targetLineage: (iri) => getJson('/api/targets/lineage', { iri }),
  alignments: (iri) => getJson('/api/measures/alignments', { iri }),
  indicator: (iri) => getJson('/api/indicators', { iri }),
  agency: (iri) => getJson('/api/agencies', { iri }),
  certificateType: (iri) => getJson('/api/certificate-types', { iri }),
  concept: (iri) => getJson('/api/concepts', { iri }),
  queries: () => getJson('/api/queries'),
  coverage: (path) => getJson(`/api/documents/${encodePath(path)}/coverage`),
  rollup: (iri) => getJson('/api/targets/rollup', { iri }),
  documentAlignments: (path) => getJson(`/api/documents/${encodePath(path)}/alignments`),
  search: (q, filters) => getJson('/api/search', { q, ...filters }),
  session: () => getJson('/api/session'),
  signIn: (username, password) => sendJson('POST', '/api/session', { username, password }),
  signOut: () => sendJson('DELETE', '/api/session'),
  upload: (file) => sendFile('/api/documents', file),
  correct: (correction) => sendJson('POST', '/api/corrections', correction),
  corrections: (target) => getJson('/api/corrections', { target }),
  reviewQueue: (offset, limit, kind) => getJson('/api/corrections/queue', kind ? { offset, limit, kind } : { offset, limit }),
};
