import { ArbError, isArbError, topics, venueId } from "@arbkit/core";
import type { CancelTimer, ConnectorStatus, InstrumentId } from "@arbkit/core";
import { Connection, PublicKey, type AccountInfo, type Context, type SlotInfo } from "@solana/web3.js";
import { createStatusTracker } from "../lifecycle/createStatusTracker";
import { createNoopConnectorMetrics } from "../metrics/createNoopConnectorMetrics";
import type { FrameSink } from "../recording/FrameSink";
import { createOrcaFrameHandler } from "./createOrcaFrameHandler";
import { createRpcFailover } from "./createRpcFailover";
import { createRpcFetch } from "./createRpcFetch";
import { createSecretRedactor } from "./createSecretRedactor";
import { createWhirlpoolTracker, type TrackedPool } from "./createWhirlpoolTracker";
import { getTickArrayStartIndex } from "./getTickArrayStartIndex";
import type { OrcaConnectorOptions } from "./OrcaConnectorOptions";
import { redactUrl } from "./redactUrl";
import { disposeConnection } from "./disposeConnection";
import { validateOrcaOptions } from "./validateOrcaOptions";

/** A running Orca Whirlpool connector (see {@link createOrcaConnector}). */
export interface OrcaConnector {
  /** Connects to the first available endpoint and starts streaming. Progress is published as status events. */
  start(): void;
  /** Unsubscribes, cancels every timer and publishes `closed`. Idempotent. */
  stop(): Promise<void>;
  /** Feeds recorded frames through the same decoding path (for `replayRecording`); do not `start()` a replaying connector. */
  readonly sink: FrameSink;
  /** Index of the endpoint in use. */
  endpoint(): number;
  /** The status of a pool instrument, or of the connection when omitted. */
  status(instrument?: InstrumentId): ConnectorStatus | undefined;
}

interface Session {
  readonly index: number;
  readonly conn: string;
  readonly connection: Connection;
  readonly subscribed: Map<string, number>;
  slotSubscription: number | undefined;
  closed: boolean;
  synced: boolean;
}

const CHUNK = 100; // getMultipleAccounts takes at most 100 keys
const ROTATE_FACTOR = 3;

/**
 * Creates the Orca Whirlpool connector: streams each configured pool and the tick arrays around its price
 * over Solana RPC (`getMultipleAccounts` + `accountSubscribe`), re-deriving the arrays as the price moves,
 * reconciling periodically, failing over between endpoints, and publishing immutable `PoolStateEvent`s on
 * `topics.pool(instrument)` and swap-cost estimates on `topics.solanaCost(instrument)`.
 *
 * @throws ArbError `CONFIG_INVALID` for a bad option (no pool, a bad address or URL, …); `start()` throws
 * `ARGUMENT_INVALID` when no endpoint is configured.
 * @example
 * ```ts
 * const orca = createOrcaConnector({ bus, clock: createLiveClock(), pools: [{ address: "Czfq3xZZDmsdGdUyrNLtRhGc47cXcZtLG4crryfu44zE" }],
 *   endpoints: [{ http: "https://api.mainnet-beta.solana.com" }] });
 * bus.subscribe("pool", (e) => console.log(e.slot, e.state.sqrtPrice));
 * orca.start();
 * ```
 */
export function createOrcaConnector(options: OrcaConnectorOptions): OrcaConnector {
  const { bus, clock, endpoints } = options;
  validateOrcaOptions(options);
  const venue = venueId("orca");
  const metrics = options.metrics ?? createNoopConnectorMetrics();
  const commitment = options.commitment ?? "confirmed";
  const redact = createSecretRedactor(endpoints.flatMap((e) => (e.ws === undefined ? [e.http] : [e.http, e.ws])));
  const status = createStatusTracker({ venue, bus, clock, metrics });
  const tickArraysEachSide = options.tickArraysEachSide ?? 3;
  const tracker = createWhirlpoolTracker({ pools: options.pools, tickArraysEachSide, maxTickArraysEachSide: Math.max(tickArraysEachSide, options.maxTickArraysEachSide ?? 10) });
  for (const pool of tracker.pools) status.setInstrument(pool.instrument, "connecting", "created");
  let session: Session | undefined;
  let sessions = 0;
  let seq = 0;
  let stopped = false;
  const timers = new Set<CancelTimer>();
  const windowSyncs = new Map<TrackedPool, Promise<void>>();
  // A change while a window sync runs (the price moved again) needs one more pass once it ends.
  const rerunWindow = new Set<TrackedPool>();
  const startWindowSync = (s: Session, pool: TrackedPool): void => {
    const run = Promise.resolve()
      .then(() => syncWindow(s, pool))
      .finally(() => {
        windowSyncs.delete(pool);
        if (rerunWindow.delete(pool) && session === s && !s.closed) startWindowSync(s, pool);
      });
    windowSyncs.set(pool, run);
  };
  const failover = endpoints.length === 0 ? undefined : createRpcFailover({ endpoints: endpoints.length, clock, ...(options.failoverBackoff === undefined ? {} : { backoff: options.failoverBackoff }) });

  const handler = createOrcaFrameHandler({
    bus,
    clock,
    tracker,
    status,
    metrics,
    recorder: options.recorder,
    costs: options.costs ?? {},
    staleSlotAge: options.staleSlotAge ?? 150,
    staleAfterMs: options.staleAfterMs ?? 10_000,
    onPoolChanged: (pool) => {
      const s = session;
      if (s === undefined || !s.synced) return;
      if (windowSyncs.has(pool)) rerunWindow.add(pool);
      else startWindowSync(s, pool);
    },
    onChainStale: () => {
      if (session !== undefined && session.synced) fail(session, new ArbError("RPC_FAILED", "no new slot: resyncing", { endpoint: redactUrl(endpoints[session.index]?.http ?? ""), method: "slotSubscribe", reason: "head slot stalled" }));
    },
  });

  const synthetic = (s: Session, method: string, params: unknown[], result: number): void => {
    // web3.js hides the socket, so the subscription handshake is recorded in wire shape from what it returns.
    const id = `${method}/${++seq}/${typeof params[0] === "string" ? params[0] : ""}`;
    handler.handle(s.conn, "out", JSON.stringify({ jsonrpc: "2.0", id, method, params }));
    handler.handle(s.conn, "in", JSON.stringify({ jsonrpc: "2.0", result, id }));
  };
  const subscribeAccount = (s: Session, address: string): void => {
    if (s.subscribed.has(address) || s.closed) return;
    const id = s.connection.onAccountChange(
      new PublicKey(address),
      (info: AccountInfo<Buffer>, context: Context) => {
        if (s.closed) return;
        const value = { data: [info.data.toString("base64"), "base64"], executable: info.executable, lamports: info.lamports, owner: info.owner.toBase58(), rentEpoch: info.rentEpoch, space: info.data.length };
        handler.handle(s.conn, "in", JSON.stringify({ jsonrpc: "2.0", method: "accountNotification", params: { result: { context: { slot: context.slot }, value }, subscription: id } }));
      },
      { commitment, encoding: "base64" },
    );
    s.subscribed.set(address, id);
    synthetic(s, "accountSubscribe", [address, { encoding: "base64", commitment }], id);
  };
  const cleanups = new Set<Promise<void>>();
  const dispose = (s: Session): void => {
    const run = disposeConnection(s.connection, [...s.subscribed.values()], s.slotSubscription === undefined ? [] : [s.slotSubscription]).finally(() => cleanups.delete(run));
    cleanups.add(run);
  };
  const fetchAccounts = async (s: Session, keys: readonly string[]): Promise<void> => {
    for (let i = 0; i < keys.length; i += CHUNK) {
      if (s.closed) return;
      await s.connection.getMultipleAccountsInfoAndContext(keys.slice(i, i + CHUNK).map((k) => new PublicKey(k)), { commitment });
    }
  };
  const watchedKeys = (pool: TrackedPool): string[] => [pool.config.address, ...pool.window.values()];

  async function syncWindow(s: Session, pool: TrackedPool): Promise<void> {
    try {
      // Arrays that left the window stay subscribed (their updates are ignored): unsubscribing on a live
      // socket risks the web3.js freeze `disposeConnection` documents. Too many of them rotate the session.
      for (const address of watchedKeys(pool)) subscribeAccount(s, address);
      const watched = tracker.pools.reduce((n, p) => n + p.window.size + 1, 0);
      if (s.subscribed.size > ROTATE_FACTOR * watched) {
        closeSession(s);
        open(s.index);
        return;
      }
      const missing = [...tracker.missingMints(pool), ...tracker.missingArrays(pool)];
      if (missing.length > 0) await fetchAccounts(s, missing);
    } catch (error) {
      fail(s, error);
    }
  }

  async function sync(s: Session): Promise<void> {
    const first = sessions === 1;
    status.setConnection("subscribing", `endpoint #${s.index} ${redactUrl(endpoints[s.index]?.http ?? "")}`);
    s.slotSubscription = s.connection.onSlotChange((info: SlotInfo) => {
      if (!s.closed) handler.handle(s.conn, "in", JSON.stringify({ jsonrpc: "2.0", method: "slotNotification", params: { result: info, subscription: s.slotSubscription } }));
    });
    synthetic(s, "slotSubscribe", [], s.slotSubscription);
    status.setConnection("syncing", "fetching pools");
    for (const pool of tracker.pools) if (status.instrument(pool.instrument) !== "closed") status.setInstrument(pool.instrument, first ? "syncing" : "resyncing", "fetching pool");
    await fetchAccounts(s, tracker.pools.map((p) => p.config.address));
    for (const pool of tracker.pools) for (const address of watchedKeys(pool)) subscribeAccount(s, address);
    await fetchAccounts(s, tracker.pools.flatMap((p) => [...tracker.missingMints(p), ...p.window.values()]));
    if (s.closed) return;
    s.synced = true;
    failover?.succeed(s.index);
    status.setConnection("live", "pools loaded and subscribed");
    // Windows that moved or grew while syncing (price moves, trade coverage) are completed now.
    for (const pool of tracker.pools) if (tracker.missingArrays(pool).length > 0 && !windowSyncs.has(pool)) startWindowSync(s, pool);
    await sampleFees(s);
  }

  async function sampleFees(s: Session): Promise<void> {
    for (const pool of tracker.pools) {
      const w = pool.whirlpool;
      if (w === undefined || s.closed || pool.unsupported !== undefined) continue;
      const current = pool.window.get(getTickArrayStartIndex(w.state.tickCurrentIndex, w.state.tickSpacing));
      const writable = [pool.config.address, w.tokenVaultA, w.tokenVaultB, ...(current === undefined ? [] : [current])];
      await s.connection.getRecentPrioritizationFees({ lockedWritableAccounts: writable.map((k) => new PublicKey(k)) });
    }
  }

  function closeSession(s: Session): void {
    if (s.closed) return;
    s.closed = true;
    dispose(s);
  }

  function open(index: number): void {
    if (stopped) return;
    const endpoint = endpoints[index];
    if (endpoint === undefined) return;
    sessions++;
    const rpcFetch = createRpcFetch({
      endpoint: redactUrl(endpoint.http),
      clock,
      timeoutMs: options.requestTimeoutMs ?? 10_000,
      redact,
      nextSeq: () => ++seq,
      onFrame: (dir, text) => handler.handle(conn, dir, text),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    });
    const conn = `orca-${index}-${sessions}`;
    const config = { commitment, fetch: rpcFetch, disableRetryOnRateLimit: true, httpAgent: false as const, ...(endpoint.ws === undefined ? {} : { wsEndpoint: endpoint.ws }) };
    const connection = options.createConnection?.(endpoint, config) ?? new Connection(endpoint.http, config);
    const s: Session = { index, conn, connection, subscribed: new Map(), slotSubscription: undefined, closed: false, synced: false };
    session = s;
    failover?.use(index);
    sync(s).catch((error: unknown) => fail(s, error));
  }

  function fail(s: Session, error: unknown): void {
    if (s.closed || stopped || failover === undefined) return;
    const arb = isArbError(error)
      ? error
      : new ArbError("RPC_FAILED", redact(error instanceof Error ? error.message : String(error)), { endpoint: redactUrl(endpoints[s.index]?.http ?? ""), method: "unknown", reason: redact(String(error)) });
    const now = clock.now();
    bus.publish(topics.error(venue), { venue, instrument: undefined, error: arb, tsEvent: now, tsInit: now });
    closeSession(s);
    const next = failover.fail(s.index);
    metrics.increment("reconnects", { venue });
    status.setConnection("resyncing", `endpoint #${s.index} failed (${arb.code}); using #${next}`);
    for (const pool of tracker.pools) if (status.instrument(pool.instrument) === "live") status.setInstrument(pool.instrument, "resyncing", "endpoint failed");
    const delay = failover.availableAt(next) - clock.now();
    if (delay <= 0) open(next);
    else {
      const cancel = clock.setTimeout(() => {
        timers.delete(cancel);
        open(next);
      }, delay);
      timers.add(cancel);
    }
  }

  const reconcile = (): void => {
    const s = session;
    if (s === undefined || !s.synced || failover === undefined) return;
    const preferred = failover.preferred();
    if (preferred !== undefined) {
      // Come back to a better endpoint once its cool-down is over; a failure there fails over again.
      closeSession(s);
      open(preferred);
      return;
    }
    fetchAccounts(s, tracker.pools.flatMap(watchedKeys)).catch((error: unknown) => fail(s, error));
  };

  return {
    start(): void {
      if (failover === undefined) throw new ArbError("ARGUMENT_INVALID", "No RPC endpoint configured", { name: "endpoints", value: [], reason: "empty" });
      if (stopped || session !== undefined) return;
      timers.add(clock.setInterval(reconcile, options.reconcileIntervalMs ?? 30_000));
      timers.add(
        clock.setInterval(() => {
          const s = session;
          if (s !== undefined && s.synced) sampleFees(s).catch((error: unknown) => fail(s, error));
        }, options.feeIntervalMs ?? 10_000),
      );
      open(0);
    },
    async stop(): Promise<void> {
      if (stopped) return;
      stopped = true;
      for (const cancel of timers) cancel();
      if (session !== undefined) closeSession(session);
      handler.close();
      status.setAllInstruments("closed", "stopped");
      status.setConnection("closed", "stopped");
      await Promise.allSettled([...windowSyncs.values(), ...cleanups]);
    },
    sink: handler.sink,
    endpoint: () => failover?.current() ?? 0,
    status: (instrument) => (instrument === undefined ? status.connection() : status.instrument(instrument)),
  };
}
