// A small Fedify server for Fellowship's interop tests, on a loopback port, driven over HTTP.
// Usage: node peer.js PORT [MAX_LIFETIME_SECONDS]   (PORT 0: the system picks a free port)
// It prints "fedify-peer listening on ORIGIN" once it answers, and exits when its parent closes its standard
// input, on SIGTERM or SIGINT, or when its lifetime is up, so a crashed test never leaves it running.

import http from "node:http";
import { Actors } from "./actors.js";
import { controlApi } from "./control.js";
import { buildFederation } from "./federation.js";
import { inspectInboxPost } from "./inspect.js";
import { Recorder, recordOutgoing, schemeOf } from "./recorder.js";

const MAX_BODY = 1024 * 1024;
const FETCH_TIMEOUT_MS = 15_000;
const INBOX_PATH = /^\/(users\/[^/]+\/)?inbox$/;

const port = Number(process.argv[2]);
const lifetimeSeconds = Number(process.argv[3] ?? 1800);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error("usage: node peer.js PORT [MAX_LIFETIME_SECONDS]");
  process.exit(2);
}

const recorder = new Recorder();
recordOutgoing(recorder, FETCH_TIMEOUT_MS);
const actors = new Actors();
// Built once the socket is bound: every id the peer makes carries the port the system gave it.
let origin;
let federation;
let control;

async function handle(request) {
  const path = new URL(request.url).pathname;
  if (path.startsWith("/control/")) return control(request);
  const record = request.method === "POST" && INBOX_PATH.test(path)
    ? recorder.receive(await inspectInboxPost(request, federation.createContext(request, { record: null })))
    : null;
  const response = await federation.fetch(request, {
    contextData: { record },
    onNotFound: () => new Response("Not found", { status: 404 }),
    onNotAcceptable: () => new Response("Not acceptable", { status: 406 }),
  });
  if (record != null) {
    record.status = response.status;
    record.answer = (await response.clone().text()).slice(0, 500);
  }
  return response;
}

const server = http.createServer(async (incoming, outgoing) => {
  let status = 500;
  let scheme = "none";
  try {
    const request = await toRequest(incoming);
    scheme = schemeOf(request.headers);
    const response = await handle(request);
    status = response.status;
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    status = error.status ?? 500;
    console.error("fedify-peer: " + (error?.stack ?? error));
    if (!outgoing.headersSent) outgoing.writeHead(status, { "Content-Type": "text/plain" });
    outgoing.end(String(error?.message ?? error));
  } finally {
    if (!incoming.url.startsWith("/control/")) {
      recorder.incoming({ method: incoming.method, path: incoming.url, scheme, status });
    }
  }
});
server.requestTimeout = 30_000;

/** The node request as a fetch Request, its body read whole up to a limit. */
async function toRequest(incoming) {
  const chunks = [];
  let size = 0;
  for await (const chunk of incoming) {
    size += chunk.length;
    if (size > MAX_BODY) throw Object.assign(new Error("body too large"), { status: 413 });
    chunks.push(chunk);
  }
  const headers = new Headers();
  for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
    headers.append(incoming.rawHeaders[i], incoming.rawHeaders[i + 1]);
  }
  const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
  return new Request(`http://${incoming.headers.host ?? new URL(origin).host}${incoming.url}`, {
    method: incoming.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

function stop(reason) {
  console.error(`fedify-peer: stopping (${reason})`);
  server.close();
  process.exit(0);
}

process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
process.stdin.on("end", () => stop("standard input closed"));
process.stdin.on("error", () => stop("standard input failed"));
process.stdin.resume();
setTimeout(() => stop("lifetime over"), lifetimeSeconds * 1000);

server.listen(port, "127.0.0.1", () => {
  origin = `http://127.0.0.1:${server.address().port}`;
  federation = buildFederation(actors, origin);
  control = controlApi({ federation, actors, recorder });
  console.log(`fedify-peer listening on ${origin}`);
});
