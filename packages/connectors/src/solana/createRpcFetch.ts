import { ArbError } from "@arbkit/core";
import type { Clock } from "@arbkit/core";

/** The `fetch` signature web3.js's `Connection` accepts (the `fetch` option). */
export type RpcFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Options for {@link createRpcFetch}. */
export interface RpcFetchOptions {
  /** The endpoint as it may be logged (already redacted). */
  readonly endpoint: string;
  /** Timers for the request timeout. */
  readonly clock: Clock;
  /** Abort a request that has not answered after this many ms. */
  readonly timeoutMs: number;
  /** Receives each request body sent (`out`) and each successful response body (`in`), verbatim. */
  readonly onFrame: (dir: "in" | "out", text: string) => void;
  /** Scrubs secrets out of error text. */
  readonly redact: (text: string) => string;
  /** The next request number (unique per connector). */
  readonly nextSeq: () => number;
  /** The underlying fetch. @default globalThis.fetch */
  readonly fetch?: RpcFetch;
}

interface RpcRequestBody {
  id?: unknown;
  method?: unknown;
  params?: unknown;
}

/** The account keys a request names, so the echoed id makes the response self-describing. */
function keysOf(method: string, params: unknown): readonly string[] {
  if (!Array.isArray(params)) return [];
  const first: unknown = params[0];
  if (method === "getAccountInfo" && typeof first === "string") return [first];
  if (Array.isArray(first)) return first.filter((k): k is string => typeof k === "string");
  return [];
}

/**
 * Wraps `fetch` for web3.js's `Connection`: a clock-driven timeout, HTTP errors (429 included) turned into
 * `RPC_FAILED` errors carrying only the redacted endpoint, and every request/response body handed to
 * `onFrame` for recording and decoding. It rewrites the JSON-RPC `id` to `method/seq/key1,key2…`: servers
 * echo ids verbatim, so each recorded response body names the accounts it holds and a replay needs no
 * outbound frames.
 *
 * @throws ArbError `RPC_FAILED` (from the returned function) on a non-2xx status, a timeout or a network error.
 */
export function createRpcFetch(options: RpcFetchOptions): RpcFetch {
  const { endpoint, clock, timeoutMs, onFrame, redact } = options;
  const underlying: RpcFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return async (input, init) => {
    let method = "unknown";
    let body = typeof init?.body === "string" ? init.body : undefined;
    if (body !== undefined) {
      const request = JSON.parse(body) as RpcRequestBody;
      if (typeof request.method === "string") {
        method = request.method;
        request.id = `${method}/${options.nextSeq()}/${keysOf(method, request.params).join(",")}`;
        body = JSON.stringify(request);
      }
      onFrame("out", body);
    }
    const fail = (reason: string, status?: number, cause?: unknown): never => {
      throw new ArbError("RPC_FAILED", `${method} on ${endpoint} failed: ${reason}`, { endpoint, method, reason, ...(status === undefined ? {} : { status }) }, cause === undefined ? {} : { cause: new Error(redact(String(cause))) });
    };
    const controller = new AbortController();
    let timedOut = false;
    const cancel = clock.setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      let response: Response;
      try {
        response = await underlying(input, { method: "POST", headers: init?.headers ?? {}, body: body ?? null, signal: controller.signal });
      } catch (error) {
        return fail(timedOut ? `timeout after ${timeoutMs} ms` : redact(error instanceof Error ? error.message : String(error)), undefined, error);
      }
      let text: string;
      try {
        text = await response.text();
      } catch (error) {
        return fail(timedOut ? `timeout after ${timeoutMs} ms` : "response body unreadable", undefined, error);
      }
      if (response.status < 200 || response.status > 299) return fail(`HTTP ${response.status}`, response.status);
      onFrame("in", text);
      return new Response(text, { status: response.status, headers: { "content-type": "application/json" } });
    } finally {
      cancel();
    }
  };
}
