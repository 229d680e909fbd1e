import { createEventBus, type Clock, type EventBus, type MarketEvents } from "@arbkit/core";
import { createArbitrageEngine, type ArbitrageEngine } from "@arbkit/engines";
import type { FrameRecorder } from "@arbkit/connectors";
import type { ArbConfig } from "../config/ArbConfig";
import type { RuntimeSecrets } from "../config/RuntimeSecrets";
import { toEngineOptions } from "../config/toEngineOptions";
import type { Journal } from "../journal/createJournal";
import { createArbMetrics, type ArbMetrics } from "../server/createArbMetrics";
import { createPrometheusConnectorMetrics } from "../server/createPrometheusConnectorMetrics";
import { bindJournal } from "./bindJournal";
import { bindMetrics } from "./bindMetrics";
import { bindStats } from "./bindStats";
import { createMarketConnectors, type MarketConnectors } from "./createMarketConnectors";
import { createRunStats, type RunStats } from "./createRunStats";
import { LiveBookTop } from "./LiveBookTop";

/** Options for {@link createBotSession}. */
export interface BotSessionOptions {
  readonly config: ArbConfig;
  readonly secrets: RuntimeSecrets;
  /** The live clock, or a TestClock driven by a replay. */
  readonly clock: Clock;
  /** Journal to write to. @default none */
  readonly journal?: Journal;
  /** Receives every raw frame (live recording). @default none */
  readonly recorder?: FrameRecorder;
  /** Export Node process metrics. @default true */
  readonly processMetrics?: boolean;
  /** Measures tick-to-decision latency with this monotonic timer (seconds). @default not measured */
  readonly monotonicSeconds?: () => number;
  /** Called with every venue error event (logging). */
  readonly onVenueError?: (event: MarketEvents["error"]) => void;
}

/** The top of a book, for views and `/status`. */
export interface BookTop {
  readonly bid: string | undefined;
  readonly ask: string | undefined;
  /** Receive time of the last book event (Unix ms, session clock). */
  readonly tsInit: number;
}

/**
 * One bot: market bus, venue connectors, the engine from `@arbkit/engines`, metrics, stats and (optionally) a
 * journal, wired the same way for a live run, a replay and a backtest. The CLI adds only presentation.
 */
export interface BotSession {
  readonly config: ArbConfig;
  readonly clock: Clock;
  readonly market: EventBus<MarketEvents>;
  readonly connectors: MarketConnectors;
  readonly engine: ArbitrageEngine;
  readonly metrics: ArbMetrics;
  readonly stats: RunStats;
  /** Best bid/ask per instrument id: the book of the latest book event, read when asked. */
  readonly books: ReadonlyMap<string, BookTop>;
  /** Last pool state receipt time per pool instrument (Unix ms). */
  readonly pools: ReadonlyMap<string, { readonly slot: number; readonly tsInit: number; readonly price: number }>;
  /** Stops the engine and the connectors and unbinds everything. The journal stays open (its owner closes it). */
  stop(): Promise<void>;
}

/**
 * Creates a {@link BotSession}.
 *
 * @throws ArbError `CONFIG_INVALID` when the engine refuses the pairs or settings.
 */
export function createBotSession(options: BotSessionOptions): BotSession {
  const { config, clock } = options;
  const market = createEventBus<MarketEvents>();
  const metrics = createArbMetrics({ processMetrics: options.processMetrics ?? true });
  const connectorMetrics = createPrometheusConnectorMetrics(metrics, clock);
  const stats = createRunStats();
  const books = new Map<string, LiveBookTop>();
  const pools = new Map<string, { slot: number; tsInit: number; price: number }>();
  const now = options.monotonicSeconds;
  let started = 0;
  const offs: (() => void)[] = [];
  // Registered before the engine so it runs first for each event: the start of tick-to-decision.
  if (now !== undefined) {
    offs.push(market.subscribe("book", () => void (started = now())), market.subscribe("pool", () => void (started = now())));
  }
  const engine = createArbitrageEngine({ clock, market, ...toEngineOptions(config) });
  const connectors = createMarketConnectors({
    config,
    secrets: options.secrets,
    bus: market,
    clock,
    metrics: connectorMetrics,
    ...(options.recorder === undefined ? {} : { recorder: options.recorder }),
  });
  const latency = (): void => {
    if (now === undefined) return;
    const seconds = now() - started;
    metrics.decisionLatency.observe(seconds);
    if (stats.decisionLatencies.length < 200_000) stats.decisionLatencies.push(seconds);
  };
  offs.push(
    market.subscribe("book", (e) => {
      const top = books.get(e.instrument);
      if (top === undefined) books.set(e.instrument, new LiveBookTop(e.book, e.tsInit));
      else top.update(e.book, e.tsInit);
      latency();
    }),
    market.subscribe("pool", (e) => {
      const raw = Number(e.state.sqrtPrice) / 2 ** 64;
      pools.set(e.instrument, { slot: e.slot, tsInit: e.tsInit, price: raw * raw * 10 ** (e.decimalsA - e.decimalsB) });
      latency();
    }),
    market.subscribe("error", (e) => options.onVenueError?.(e)),
    bindMetrics(metrics, market, engine),
    bindStats(stats, engine),
  );
  if (options.journal !== undefined) offs.push(bindJournal(options.journal, market, engine.events));
  return {
    config,
    clock,
    market,
    connectors,
    engine,
    metrics,
    stats,
    books,
    pools,
    async stop() {
      engine.stop();
      await connectors.stop();
      for (const off of offs) off();
    },
  };
}
