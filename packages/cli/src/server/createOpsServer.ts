import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ArbError, type Clock } from "@arbkit/core";
import type { ControlAuditRecord } from "../journal/JournalRecords";
import { checkBearerToken } from "./checkBearerToken";
import type { ArbMetrics } from "./createArbMetrics";
import { createCachedValue } from "./createCachedValue";
import type { RateLimiter } from "./createRateLimiter";

/** What a control action did. */
export interface ControlOutcome {
  /** Whether the state changed (`false`: it was already paused/running). */
  readonly changed: boolean;
  /** The risk state after the call, e.g. `paused`. */
  readonly state: string;
}

/** Options for {@link createOpsServer}. */
export interface OpsServerOptions {
  /** Bind address. @default "127.0.0.1" (never all interfaces unless asked) */
  readonly host?: string;
  /** TCP port; 0 picks a free one. @default 9464 */
  readonly port?: number;
  readonly metrics: ArbMetrics;
  /** The `/status` document. Must never contain secrets (tokens, keyed URLs). */
  readonly status: () => unknown;
  /** `/healthz`: 200 when ok, 503 otherwise. */
  readonly health: () => { readonly ok: boolean; readonly detail: string };
  /** The actions of `POST /control/pause` and `/control/resume`. */
  readonly control: { pause(reason: string): ControlOutcome; resume(reason: string): ControlOutcome };
  /** The bearer token (from `ARB_CONTROL_TOKEN`); undefined refuses every control call. */
  readonly controlToken: string | undefined;
  /** Limits control calls per remote address; over the limit → 429. */
  readonly rateLimiter: RateLimiter;
  /** Journals one control call and commits it; called before the answer is sent, so every answer is audited. */
  readonly audit: (record: ControlAuditRecord) => void;
  /** The clock of audit timestamps. */
  readonly clock: Clock;
  /**
   * Wall clock and lifetimes (ms) of the cached `/metrics` text and `/status` document: within a lifetime every
   * request gets the same rendering, so many clients cost one rendering. 0 disables caching.
   * @default { clock: options.clock, metricsMs: 1000, statusMs: 250 }
   */
  readonly cache?: { readonly clock?: Clock; readonly metricsMs?: number; readonly statusMs?: number };
}

/** A running ops server. */
export interface OpsServer {
  /** The bound address and port. */
  readonly host: string;
  readonly port: number;
  /** `http://host:port`. */
  readonly url: string;
  /** Stops accepting connections and closes idle ones. */
  close(): Promise<void>;
}

const send = (res: ServerResponse, status: number, body: string | Buffer, type = "application/json; charset=utf-8"): void => {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", "content-length": typeof body === "string" ? Buffer.byteLength(body) : body.length });
  res.end(body);
};
const json = (res: ServerResponse, status: number, value: unknown): void => send(res, status, `${JSON.stringify(value)}\n`);

/** A 200 response rendered once and sent to many clients: the body bytes and their headers. */
interface Rendered {
  readonly body: Buffer;
  readonly headers: Readonly<Record<string, string | number>>;
}
const render = (body: Buffer, type = "application/json; charset=utf-8"): Rendered => ({
  body,
  headers: { "content-type": type, "cache-control": "no-store", "content-length": body.length },
});
const sendRendered = (res: ServerResponse, rendered: Rendered): void => {
  res.writeHead(200, rendered.headers);
  res.end(rendered.body);
};

/**
 * Starts the operations HTTP server (node:http): `GET /metrics` (Prometheus text), `GET /status` (JSON),
 * `GET /healthz`, and `POST /control/pause|resume` guarded by rate limit (429), bearer token (401 without,
 * 403 wrong) and audited in the journal whatever the answer.
 *
 * @throws ArbError `CONNECTION_FAILED` when the address cannot be bound (e.g. port in use).
 * @example
 * ```ts
 * const server = await createOpsServer({ port: 0, metrics, status, health, control, controlToken, rateLimiter, audit, clock });
 * await fetch(`${server.url}/healthz`);
 * ```
 */
export async function createOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const host = options.host ?? "127.0.0.1";
  const cacheClock = options.cache?.clock ?? options.clock;
  // Cached as ready-to-send bytes: a cache hit costs only the HTTP write.
  const metricsText = createCachedValue(cacheClock, options.cache?.metricsMs ?? 1000, async () =>
    render(Buffer.from(await options.metrics.registry.metrics()), options.metrics.registry.contentType),
  );
  const statusText = createCachedValue(cacheClock, options.cache?.statusMs ?? 250, () => render(Buffer.from(`${JSON.stringify(options.status())}\n`)));
  const handleControl = (req: IncomingMessage, res: ServerResponse, action: "pause" | "resume"): void => {
    const remote = req.socket.remoteAddress ?? "unknown";
    const answer = (status: number, detail: string, body: unknown): void => {
      options.metrics.controlRequests.inc({ action, status: String(status) });
      options.audit({ ts: options.clock.now(), action, status, remote, detail });
      json(res, status, body);
    };
    if (!options.rateLimiter.tryAcquire(remote)) return answer(429, "rate limited", { error: "too many control requests" });
    const check = checkBearerToken(req.headers.authorization, options.controlToken);
    if (check.status !== 200) return answer(check.status, check.detail, { error: check.detail });
    const reason = `control API (${remote})`;
    const outcome = action === "pause" ? options.control.pause(reason) : options.control.resume(reason);
    // The next /status and /metrics show the new state, not a rendering cached before it.
    statusText.invalidate();
    metricsText.invalidate();
    return answer(200, outcome.changed ? `${action}d` : `already ${outcome.state}`, { ok: true, ...outcome });
  };
  // noDelay: small responses go out at once instead of waiting on Nagle's algorithm.
  const server: Server = createServer({ noDelay: true }, (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    // Drain any request body; control calls carry no data we need.
    req.resume();
    try {
      if (path === "/metrics" && req.method === "GET") {
        // A fresh rendering is answered at once; otherwise (first request, expired) after the one rendering.
        const ready = metricsText.peek();
        if (ready !== undefined) sendRendered(res, ready);
        else metricsText.get().then(
          (rendered) => sendRendered(res, rendered),
          (error: unknown) => json(res, 500, { error: String(error) }),
        );
      } else if (path === "/status" && req.method === "GET") {
        const ready = statusText.peek();
        if (ready !== undefined) sendRendered(res, ready);
        else statusText.get().then(
          (rendered) => sendRendered(res, rendered),
          (error: unknown) => json(res, 500, { error: String(error) }),
        );
      }
      else if (path === "/healthz" && req.method === "GET") {
        const h = options.health();
        json(res, h.ok ? 200 : 503, h);
      } else if ((path === "/control/pause" || path === "/control/resume") && req.method === "POST") {
        handleControl(req, res, path === "/control/pause" ? "pause" : "resume");
      } else if (["/metrics", "/status", "/healthz", "/control/pause", "/control/resume"].includes(path ?? "")) {
        json(res, 405, { error: `method ${req.method ?? "?"} not allowed on ${path ?? ""}` });
      } else json(res, 404, { error: "not found", paths: ["/metrics", "/status", "/healthz", "POST /control/pause", "POST /control/resume"] });
    } catch (error) {
      json(res, 500, { error: error instanceof ArbError ? error.toJSON() : String(error) });
    }
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new ArbError("CONNECTION_FAILED", `cannot listen on ${host}:${options.port ?? 9464} (${error.code ?? error.message})`, {
        venue: "ops-server",
        endpoint: `${host}:${options.port ?? 9464}`,
        reason: error.code ?? error.message,
      }, { cause: error })),
    );
    server.listen(options.port ?? 9464, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    host: address.address,
    port: address.port,
    url: `http://${urlHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
