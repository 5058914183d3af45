// What crossed the wire, kept for the Java tests to read through the control API: every request that reached
// an inbox (with its signature scheme and what verified), and every request Fedify sent (with its scheme and
// answer), so a test can tell a first knock from a retry.

const LIMIT = 2000; // bounded: a runaway test cannot grow the peer without end

/** Which HTTP signature scheme a request's headers carry: RFC 9421 has Signature-Input, draft-cavage only Signature. */
export function schemeOf(headers) {
  if (headers.has("signature-input")) return "rfc9421";
  if (headers.has("signature")) return "draft-cavage";
  return "none";
}

export class Recorder {
  #received = [];
  #sent = [];
  #incoming = [];
  #nextId = 1;

  /** A new record for an inbox POST; the listener and the HTTP answer fill in the rest. */
  receive(entry) {
    const record = { seq: this.#nextId++, at: new Date().toISOString(), handledBy: null, ...entry };
    push(this.#received, record);
    return record;
  }

  sent(entry) {
    push(this.#sent, { seq: this.#nextId++, at: new Date().toISOString(), ...entry });
  }

  /** Every request that reached the peer outside the control API, with its scheme and answer. */
  incoming(entry) {
    push(this.#incoming, { seq: this.#nextId++, at: new Date().toISOString(), ...entry });
  }

  get incomingRequests() {
    return this.#incoming;
  }

  get received() {
    return this.#received;
  }

  get sentRequests() {
    return this.#sent;
  }
}

function push(list, item) {
  list.push(item);
  if (list.length > LIMIT) list.splice(0, list.length - LIMIT);
}

/**
 * Wraps the global fetch, which Fedify sends and fetches with, to record each request's scheme and answer.
 * Every request gets a time limit on top of any signal it already has.
 */
export function recordOutgoing(recorder, timeoutMs) {
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const isRequest = input instanceof Request;
    const headers = new Headers(init?.headers ?? (isRequest ? input.headers : undefined));
    const method = init?.method ?? (isRequest ? input.method : "GET");
    const url = isRequest ? input.url : String(input);
    const signals = [AbortSignal.timeout(timeoutMs), init?.signal, isRequest ? input.signal : null];
    const options = { ...init, signal: AbortSignal.any(signals.filter((signal) => signal != null)) };
    const entry = { method, url, scheme: schemeOf(headers), status: null, error: null };
    // Kept only when refused, to show what was refused.
    const body = isRequest && method === "POST" ? input.clone().text() : Promise.resolve(null);
    try {
      const response = await original(input, options);
      entry.status = response.status;
      if (!response.ok) {
        entry.answer = (await response.clone().text()).slice(0, 300);
        entry.body = (await body)?.slice(0, 4000) ?? null;
      }
      return response;
    } catch (error) {
      entry.error = String(error?.message ?? error);
      throw error;
    } finally {
      recorder.sent(entry);
    }
  };
}
