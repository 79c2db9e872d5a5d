// Oxigraph as the bench's peer engine: bulk-loads one N-Quads file into an Oxigraph store, then answers the SPARQL
// protocol (GET or POST /query) on 127.0.0.1, the default graph the union of the named graphs, as the service's is.
// Usage: node server.mjs FILE.nq PORT. Prints "loaded N quads in T ms" and then "listening on PORT".
// Oxigraph's Python server is not reachable from this workplace; its npm build (WebAssembly) is the same engine with
// its store in memory, so its load time and latency are those of the engine without disk, and it has no disk figure.
// A query runs to its end on Node's one thread: one the client gave up on still holds back the requests after it.
import { openSync, readSync, closeSync } from "node:fs";
import { createServer } from "node:http";
import oxigraph from "oxigraph";

const [file, port] = process.argv.slice(2);
const store = new oxigraph.Store();

function* chunks(path) {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(8 << 20);
  try {
    let n;
    while ((n = readSync(fd, buffer, 0, buffer.length, null)) > 0) yield new Uint8Array(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

const started = process.hrtime.bigint();
// Oxigraph's bulk path: no transaction, no validation of terms the file's writer already checked.
store.load(chunks(file), { format: "application/n-quads", no_transaction: true, lenient: true });
console.log(`loaded ${store.size} quads in ${Number(process.hrtime.bigint() - started) / 1e6} ms`);

async function queryOf(request) {
  const url = new URL(request.url, "http://localhost");
  if (request.method === "GET") return url.searchParams.get("query");
  let body = "";
  for await (const part of request) body += part;
  if ((request.headers["content-type"] || "").startsWith("application/sparql-query")) return body;
  return new URLSearchParams(body).get("query");
}

createServer(async (request, response) => {
  try {
    const query = await queryOf(request);
    if (!query) {
      response.writeHead(400, { "Content-Type": "text/plain" }).end("no query");
      return;
    }
    const accept = request.headers.accept || "";
    const graphs = /^\s*(PREFIX[^\n]*\n\s*)*(CONSTRUCT|DESCRIBE)/i.test(query);
    const type = graphs ? "application/n-triples" : accept.includes("xml") ? "application/sparql-results+xml" : "application/sparql-results+json";
    const body = store.query(query, { results_format: type, use_default_graph_as_union: true });
    response.writeHead(200, { "Content-Type": type + "; charset=utf-8" }).end(typeof body === "string" ? body : String(body));
  } catch (e) {
    response.writeHead(400, { "Content-Type": "text/plain" }).end(String(e));
  }
}).listen(Number(port), "127.0.0.1", () => console.log(`listening on ${port}`));
