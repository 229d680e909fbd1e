import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { createLiveClock, type Clock } from "@arbkit/core";

/** One account the fake serves. */
export interface FakeAccount {
  readonly owner: string;
  readonly data: Buffer;
  readonly lamports?: number;
}

/** A JSON-RPC call the fake received (HTTP or WebSocket). */
export interface FakeCall {
  readonly transport: "http" | "ws";
  readonly method: string;
  readonly params: unknown;
  /** The request path (where a provider would put an API key). */
  readonly path: string;
}

/** Faults the fake can inject. */
export interface FakeFaults {
  /** Answer this many next HTTP requests with 429 (`Infinity`: all). */
  http429: number;
  /** Never answer HTTP requests (to exercise timeouts) while true. */
  hang: boolean;
  /** Leave this many next HTTP requests unanswered, one per request (the client must time them out). */
  hangNext: number;
  /**
   * After injecting a 429 or a hang, answer normally for this long (ms of the fake's clock) before the next
   * `http429` / `hangNext` fault: requests a client sent before it saw the fault are not hit too, so each
   * fault meets a fresh client session. @default 0
   */
  spacingMs: number;
  /** Serve these bytes instead of the stored data for an address (a malformed account). */
  readonly corrupt: Map<string, Buffer>;
}

/** Something the fake did over HTTP or pubsub, with the fake clock's time (Unix ms). */
export interface FakeRpcEvent {
  readonly at: number;
  /**
   * `429` / `hang`: a fault injected on a request; `released`: a hung request's client gave up;
   * `answer`: a normal HTTP answer; `notify`: an account notification sent to a subscriber.
   */
  readonly kind: "429" | "hang" | "released" | "answer" | "notify";
  readonly method: string;
  /** Account addresses the request or notification named. */
  readonly keys: readonly string[];
}

/** Options of {@link createFakeSolanaRpc}. */
export interface FakeSolanaRpcOptions {
  /** Timestamps of {@link FakeSolanaRpc.events} and the fault spacing. @default the live clock */
  readonly clock?: Clock;
}

/**
 * A loopback fake Solana RPC: HTTP JSON-RPC and WebSocket pubsub on one 127.0.0.1 port (port 0), speaking
 * the wire format @solana/web3.js 1.98 uses (base64 account encoding, `context.slot`, `accountNotification`
 * / `slotNotification` shapes). Test support only.
 */
export interface FakeSolanaRpc {
  /** `http://127.0.0.1:<port>` + `path` (put a fake API key in it). */
  httpUrl(path?: string): string;
  /** `ws://127.0.0.1:<port>` + `path`. */
  wsUrl(path?: string): string;
  /** The current slot (`context.slot` of responses). */
  slot: number;
  /** Fee samples returned by getRecentPrioritizationFees. */
  fees: { slot: number; prioritizationFee: number }[];
  readonly faults: FakeFaults;
  /** Every call received, in order. */
  readonly calls: FakeCall[];
  /** Faults injected, hung requests released, answers and notifications, in order. */
  readonly events: FakeRpcEvent[];
  /** HTTP requests left unanswered and not yet given up by their client. */
  readonly hanging: number;
  /** Sets an account and notifies its subscribers (at the current slot). */
  setAccount(address: string, account: FakeAccount): void;
  /** Moves the slot forward by `by` and notifies slot subscribers. */
  advanceSlot(by?: number): void;
  /** Number of live account subscriptions (per address when given). */
  subscriptions(address?: string): number;
  /** Open WebSocket connections. */
  sockets(): number;
  /** Terminates every WebSocket connection abruptly (no close frame). */
  dropSockets(): void;
  /** Closes the server. */
  close(): Promise<void>;
}

interface Subscription {
  readonly socket: WebSocket;
  readonly kind: "account" | "slot";
  readonly address: string | undefined;
}

/** Starts a {@link FakeSolanaRpc} serving `accounts`. */
export async function createFakeSolanaRpc(accounts: ReadonlyMap<string, FakeAccount>, slot = 1_000, options: FakeSolanaRpcOptions = {}): Promise<FakeSolanaRpc> {
  const clock = options.clock ?? createLiveClock();
  const store = new Map(accounts);
  const subs = new Map<number, Subscription>();
  const calls: FakeCall[] = [];
  const events: FakeRpcEvent[] = [];
  const faults: FakeFaults = { http429: 0, hang: false, hangNext: 0, spacingMs: 0, corrupt: new Map() };
  let lastFaultAt = Number.NEGATIVE_INFINITY;
  let hanging = 0;
  let nextSub = 100;
  const encode = (address: string) => {
    const a = store.get(address);
    if (a === undefined) return null;
    const data = faults.corrupt.get(address) ?? a.data;
    return { data: [data.toString("base64"), "base64"], executable: false, lamports: a.lamports ?? 1_000_000, owner: a.owner, rentEpoch: 0, space: data.length };
  };
  const fake: FakeSolanaRpc = {
    httpUrl: (path = "/") => `http://127.0.0.1:${port}${path}`,
    wsUrl: (path = "/") => `ws://127.0.0.1:${port}${path}`,
    slot,
    fees: [],
    faults,
    calls,
    events,
    get hanging() {
      return hanging;
    },
    setAccount(address, account) {
      store.set(address, account);
      for (const [id, s] of subs) {
        if (s.kind !== "account" || s.address !== address) continue;
        events.push({ at: clock.now(), kind: "notify", method: "accountNotification", keys: [address] });
        s.socket.send(JSON.stringify({ jsonrpc: "2.0", method: "accountNotification", params: { result: { context: { slot: fake.slot }, value: encode(address) }, subscription: id } }));
      }
    },
    advanceSlot(by = 1) {
      fake.slot += by;
      for (const [id, s] of subs) {
        if (s.kind === "slot") s.socket.send(JSON.stringify({ jsonrpc: "2.0", method: "slotNotification", params: { result: { parent: fake.slot - 1, root: fake.slot - 32, slot: fake.slot }, subscription: id } }));
      }
    },
    subscriptions: (address) => [...subs.values()].filter((s) => s.kind === "account" && (address === undefined || s.address === address)).length,
    sockets: () => wss.clients.size,
    dropSockets() {
      for (const socket of wss.clients) socket.terminate();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of wss.clients) socket.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  const answer = (method: string, params: unknown[]): { result?: unknown; error?: { code: number; message: string } } => {
    const context = { slot: fake.slot, apiVersion: "2.0.0" };
    switch (method) {
      case "getAccountInfo":
        return { result: { context, value: encode(String(params[0])) } };
      case "getMultipleAccounts":
        return { result: { context, value: (params[0] as string[]).map(encode) } };
      case "getSlot":
        return { result: fake.slot };
      case "getRecentPrioritizationFees":
        return { result: fake.fees };
      default:
        return { error: { code: -32601, message: "Method not found" } };
    }
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const request = JSON.parse(body) as { id: unknown; method: string; params?: unknown[] };
      calls.push({ transport: "http", method: request.method, params: request.params, path: req.url ?? "/" });
      const params = request.params ?? [];
      const keys = typeof params[0] === "string" ? [params[0]] : Array.isArray(params[0]) ? (params[0] as unknown[]).map(String) : [];
      if (faults.hang) return;
      const now = clock.now();
      const spaced = now - lastFaultAt >= faults.spacingMs;
      if (faults.http429 > 0 && spaced) {
        faults.http429--;
        lastFaultAt = now;
        events.push({ at: now, kind: "429", method: request.method, keys });
        res.writeHead(429, { "content-type": "text/plain" }).end("Too many requests");
        return;
      }
      if (faults.hangNext > 0 && spaced) {
        faults.hangNext--;
        lastFaultAt = now;
        hanging++;
        events.push({ at: now, kind: "hang", method: request.method, keys });
        res.on("close", () => {
          hanging--;
          events.push({ at: clock.now(), kind: "released", method: request.method, keys });
        });
        return;
      }
      events.push({ at: now, kind: "answer", method: request.method, keys });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", ...answer(request.method, request.params ?? []), id: request.id }));
    });
  });
  const wss = new WebSocketServer({ server });
  wss.on("connection", (socket: WebSocket, req: IncomingMessage) => {
    socket.on("message", (raw: Buffer) => {
      const request = JSON.parse(raw.toString("utf8")) as { id?: unknown; method: string; params?: unknown[] };
      calls.push({ transport: "ws", method: request.method, params: request.params, path: req.url ?? "/" });
      if (request.id === undefined) return; // notifications such as web3.js's "ping"
      const reply = (payload: object): void => socket.send(JSON.stringify({ jsonrpc: "2.0", ...payload, id: request.id }));
      const params = request.params ?? [];
      switch (request.method) {
        case "accountSubscribe":
        case "slotSubscribe": {
          const id = nextSub++;
          subs.set(id, { socket, kind: request.method === "slotSubscribe" ? "slot" : "account", address: request.method === "accountSubscribe" ? String(params[0]) : undefined });
          return reply({ result: id });
        }
        case "accountUnsubscribe":
        case "slotUnsubscribe":
          return reply({ result: subs.delete(Number(params[0])) });
        default:
          return reply({ error: { code: -32601, message: "Method not found" } });
      }
    });
    socket.on("close", () => {
      for (const [id, s] of subs) if (s.socket === socket) subs.delete(id);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return fake;
}
