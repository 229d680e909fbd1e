import {
  createCoinbaseConnector,
  createGeminiConnector,
  createOrcaConnector,
  type BookConnector,
  type ConnectorMetrics,
  type FrameRecorder,
  type FrameSink,
  type OrcaConnector,
} from "@arbkit/connectors";
import type { Clock, EventBus, MarketEvents } from "@arbkit/core";
import type { ArbConfig } from "../config/ArbConfig";
import type { RuntimeSecrets } from "../config/RuntimeSecrets";

/** Options for {@link createMarketConnectors}. */
export interface MarketConnectorsOptions {
  readonly config: ArbConfig;
  readonly secrets: RuntimeSecrets;
  readonly bus: EventBus<MarketEvents>;
  readonly clock: Clock;
  readonly metrics?: ConnectorMetrics;
  /** Receives every raw frame (`arb-cli record`, or `run --record`). */
  readonly recorder?: FrameRecorder;
}

/** The configured venues' connectors: one per enabled venue that a pair uses. */
export interface MarketConnectors {
  readonly coinbase: BookConnector | undefined;
  readonly gemini: BookConnector | undefined;
  readonly orca: OrcaConnector | undefined;
  /** The sinks a replay feeds (same parsing code as live). */
  readonly sinks: readonly FrameSink[];
  /** Opens every live connection. Never called in a replay. */
  start(): void;
  /** Closes every connection; every status becomes `closed`. */
  stop(): Promise<void>;
}

/**
 * Builds the venue connectors a configuration needs, from the library's own factories: Coinbase products and
 * Gemini symbols from the pairs, the Orca pools with their decimals (so no mint fetch is needed), and the RPC
 * endpoints with `ARB_SOLANA_RPC_URL` first (connectors redact keyed URLs in everything they report).
 */
export function createMarketConnectors(options: MarketConnectorsOptions): MarketConnectors {
  const { config, secrets, bus, clock, metrics, recorder } = options;
  const common = { bus, clock, ...(metrics === undefined ? {} : { metrics }), ...(recorder === undefined ? {} : { recorder }) };
  const symbols = (venue: "coinbase" | "gemini"): string[] => [
    ...new Set(config.pairs.flatMap((p) => p.cex.filter((c) => c.venue === venue).map((c) => c.symbol))),
  ];
  const coinbaseProducts = symbols("coinbase");
  const geminiSymbols = symbols("gemini");
  const coinbase =
    config.venues.coinbase.enabled && coinbaseProducts.length > 0
      ? createCoinbaseConnector({ ...common, products: coinbaseProducts, endpoint: config.venues.coinbase.url })
      : undefined;
  const gemini =
    config.venues.gemini.enabled && geminiSymbols.length > 0 ? createGeminiConnector({ ...common, symbols: geminiSymbols, endpoint: config.venues.gemini.url }) : undefined;
  const keyed = secrets.solanaRpcUrl === undefined ? [] : [{ http: secrets.solanaRpcUrl, ws: secrets.solanaWsUrl ?? secrets.solanaRpcUrl.replace(/^http/, "ws") }];
  const orca = config.venues.orca.enabled
    ? createOrcaConnector({
        ...common,
        pools: config.pairs.map((p) => ({
          address: p.pool.address,
          decimalsA: p.pool.baseToken === "A" ? p.base.decimals : p.pool.quoteDecimals,
          decimalsB: p.pool.baseToken === "A" ? p.pool.quoteDecimals : p.base.decimals,
        })),
        endpoints: [...keyed, ...config.venues.orca.rpc.map((e) => ({ http: e.http, ...(e.ws === undefined ? {} : { ws: e.ws }) }))],
        commitment: config.venues.orca.commitment,
        costs: { computeUnits: config.venues.orca.computeUnits, priorityFeePercentile: config.venues.orca.priorityFeePercentile },
      })
    : undefined;
  return {
    coinbase,
    gemini,
    orca,
    sinks: [coinbase?.sink, gemini?.sink, orca?.sink].filter((s): s is FrameSink => s !== undefined),
    start() {
      coinbase?.start();
      gemini?.start();
      orca?.start();
    },
    async stop() {
      coinbase?.close();
      gemini?.close();
      await orca?.stop();
    },
  };
}
