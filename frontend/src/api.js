// The service's REST API, same origin; every call is a GET that answers JSON.
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
  if (!response.ok) {
    let message = response.statusText;
    try {
      const body = await response.json();
      message = body.detail || body.message || body.title || body.error || message;
    } catch {
      // Not JSON: keep the status text.
    }
    throw new ApiError(response.status, message);
  }
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

export const api = {
  overview: () => getJson('/api/overview'),
  document: (path) => getJson(`/api/documents/${encodePath(path)}`),
  documentByIri: (iri, limit) => getJson('/api/document', { iri, limit }),
  resolve: (number) => getJson('/api/resolve', { number }),
  targetLineage: (iri) => getJson('/api/targets/lineage', { iri }),
  alignments: (iri) => getJson('/api/measures/alignments', { iri }),
  indicator: (iri) => getJson('/api/indicators', { iri }),
  agency: (iri) => getJson('/api/agencies', { iri }),
  certificateType: (iri) => getJson('/api/certificate-types', { iri }),
  concept: (iri) => getJson('/api/concepts', { iri }),
  queries: () => getJson('/api/queries'),
  documentAlignments: (path) => getJson(`/api/documents/${encodePath(path)}/alignments`),
  search: (q, filters) => getJson('/api/search', { q, ...filters }),
};
