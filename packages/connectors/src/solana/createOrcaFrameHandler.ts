import { ArbError, isArbError, topics, venueId } from "@arbkit/core";
import type { Clock, EventBus, MarketEvents } from "@arbkit/core";
import { createStalenessWatch } from "../lifecycle/createStalenessWatch";
import type { StatusTracker } from "../lifecycle/createStatusTracker";
import type { ConnectorMetrics } from "../metrics/ConnectorMetrics";
import type { FrameRecorder } from "../recording/FrameRecorder";
import type { FrameSink } from "../recording/FrameSink";
import type { RecordedFrame } from "../recording/RecordedFrame";
import type { OrcaCostOptions } from "./OrcaCostOptions";
import type { OrcaFrameItem } from "./OrcaFrameItem";
import { parseOrcaFrame } from "./parseOrcaFrame";
import { quoteSolanaSwapCost } from "./quoteSolanaSwapCost";
import type { TrackedPool, WhirlpoolTracker } from "./createWhirlpoolTracker";

/** Options for {@link createOrcaFrameHandler}. Internal to the Orca connector. */
export interface OrcaFrameHandlerOptions {
  readonly bus: EventBus<MarketEvents>;
  readonly clock: Clock;
  readonly tracker: WhirlpoolTracker;
  readonly status: StatusTracker;
  readonly metrics: ConnectorMetrics;
  readonly recorder: FrameRecorder | undefined;
  readonly costs: OrcaCostOptions;
  /** A pool is stale when the chain head is this many slots past its newest confirmed data. */
  readonly staleSlotAge: number;
  /** The chain is stale when the head slot has not advanced for this long (ms). */
  readonly staleAfterMs: number;
  /** Called after a pool's state changed (the live connector fetches and subscribes what its window lacks). */
  readonly onPoolChanged?: (pool: TrackedPool) => void;
  /** Called when the head slot went silent for `staleAfterMs` (the live connector resyncs). */
  readonly onChainStale?: () => void;
}

/** The data path shared by live and replay: raw frames in, pool/cost/status/error events out. */
export interface OrcaFrameHandler {
  /** The sink a replay feeds (`venue: "orca"`). */
  readonly sink: FrameSink;
  /** Records a live frame (with the clock's time) and, when inbound, ingests it. */
  handle(conn: string, dir: "in" | "out", text: string): void;
  /** The newest slot seen from the chain (0 before any). */
  headSlot(): number;
  /** Stops the staleness timer. */
  close(): void;
}

/** Creates the {@link OrcaFrameHandler}. */
export function createOrcaFrameHandler(options: OrcaFrameHandlerOptions): OrcaFrameHandler {
  const { bus, clock, tracker, status, metrics, costs } = options;
  const venue = venueId("orca");
  const labels = { venue };
  const subscriptions = new Map<string, string>();
  const reportedUnsupported = new Set<string>();
  let head = 0;
  const publishError = (error: ArbError, instrument?: TrackedPool["instrument"]): void => {
    const now = clock.now();
    bus.publish(topics.error(venue), { venue, instrument, error, tsEvent: now, tsInit: now });
  };
  const chainWatch = createStalenessWatch<"chain">({
    clock,
    staleAfterMs: options.staleAfterMs,
    onStale: (_key, lastSeen) => {
      for (const pool of tracker.pools) {
        if (status.instrument(pool.instrument) === "live") status.setInstrument(pool.instrument, "stale", `no new slot for ${clock.now() - lastSeen} ms`);
      }
      options.onChainStale?.();
    },
  });
  const checkSlotAge = (pool: TrackedPool): void => {
    if (status.instrument(pool.instrument) === "live" && head - pool.dataSlot > options.staleSlotAge) {
      status.setInstrument(pool.instrument, "stale", `data at slot ${pool.dataSlot} is ${head - pool.dataSlot} slots behind the head ${head}`);
    }
  };
  const settle = (pool: TrackedPool): void => {
    if (pool.unsupported !== undefined) {
      if (!reportedUnsupported.has(pool.config.address)) {
        reportedUnsupported.add(pool.config.address);
        const message = `pool ${pool.config.address} uses ${pool.unsupported}, which the swap math does not model`;
        publishError(new ArbError("POOL_UNSUPPORTED", message, { pool: pool.config.address, feature: pool.unsupported }), pool.instrument);
        status.setInstrument(pool.instrument, "closed", `unsupported: ${pool.unsupported}`);
      }
      return;
    }
    tracker.extendForTrades(pool);
    options.onPoolChanged?.(pool);
    if (!tracker.isReady(pool)) return;
    const now = clock.now();
    // While the head slot is silent, fresh-looking data may come from a stalled node: stay out of `live`.
    const fresh = (head === 0 || head - pool.dataSlot <= options.staleSlotAge) && !chainWatch.isStale("chain");
    if (pool.dirty) bus.publish(topics.pool(pool.instrument), tracker.event(pool, now, now));
    if (fresh && status.instrument(pool.instrument) !== "live") {
      status.setInstrument(pool.instrument, "live", `pool state at slot ${pool.dataSlot}`);
      // Arm the wall-time watch at go-live, so a chain that never sends a slot is flagged too.
      if (chainWatch.lastSeen("chain") === undefined) chainWatch.touch("chain");
    }
  };
  const applyItem = (conn: string, item: OrcaFrameItem, touched: Set<TrackedPool>): void => {
    switch (item.kind) {
      case "subscribed":
        if (item.address !== undefined) subscriptions.set(`${conn}#${item.subscription}`, item.address);
        return;
      case "account": {
        const address = item.address ?? subscriptions.get(`${conn}#${item.subscription}`);
        if (address === undefined) return;
        const pool = tracker.apply(address, item.account, item.slot);
        if (pool !== undefined) touched.add(pool);
        return;
      }
      case "slot": {
        if (item.slot <= head) return;
        const resumed = chainWatch.isStale("chain");
        head = item.slot;
        chainWatch.touch("chain");
        for (const pool of tracker.pools) {
          checkSlotAge(pool);
          const current = status.instrument(pool.instrument);
          if (resumed && current !== "live" && current !== "closed" && pool.unsupported === undefined && tracker.isReady(pool) && head - pool.dataSlot <= options.staleSlotAge) {
            status.setInstrument(pool.instrument, "live", `slots resumed at ${head}; pool state at slot ${pool.dataSlot}`);
          }
        }
        return;
      }
      case "fees": {
        const pool = tracker.pool(item.keys[0] ?? "");
        if (pool === undefined) return;
        const percentile = costs.priorityFeePercentile ?? 75;
        const computeUnits = costs.computeUnits ?? 150_000;
        const signatures = costs.signatures ?? 1;
        const cost = quoteSolanaSwapCost({ fees: item.fees, percentile, computeUnits, signatures, lamportsPerSignature: costs.lamportsPerSignature ?? 5000 });
        const now = clock.now();
        bus.publish(topics.solanaCost(pool.instrument), { venue, instrument: pool.instrument, pool: pool.config.address, percentile, computeUnits, signatures, ...cost, tsEvent: now, tsInit: now });
        return;
      }
      case "rpcError":
        metrics.increment("venueErrors", labels);
        publishError(new ArbError("VENUE_ERROR", `${item.method}: ${item.message}`, { venue, message: item.message, reason: item.method }));
        return;
    }
  };
  const ingest = (frame: RecordedFrame): void => {
    if (frame.dir === "out") return;
    metrics.increment("frames", labels);
    metrics.increment("bytes", labels, frame.frame.length);
    const touched = new Set<TrackedPool>();
    const report = (error: unknown): void => {
      if (!isArbError(error)) throw error;
      metrics.increment("parseErrors", labels);
      publishError(error);
    };
    let items: OrcaFrameItem[] = [];
    try {
      items = parseOrcaFrame(frame.frame);
    } catch (error) {
      report(error);
    }
    // One bad account must not hide the good ones beside it; the bad one keeps its previous state.
    for (const item of items) {
      try {
        applyItem(frame.conn, item, touched);
      } catch (error) {
        report(error);
      }
    }
    for (const pool of touched) settle(pool);
  };
  return {
    sink: Object.freeze({ venue, ingest }),
    handle(conn, dir, text) {
      const frame: RecordedFrame = { recvTs: clock.now() / 1000, venue, conn, frame: text, ...(dir === "out" ? { dir } : {}) };
      options.recorder?.write(frame);
      ingest(frame);
    },
    headSlot: () => head,
    close: () => chainWatch.clear(),
  };
}
