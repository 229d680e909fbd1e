import type { BookConnectorOptions } from "../lifecycle/BookConnectorOptions";

/** The public Gemini market data v2 endpoint. */
export const GEMINI_ENDPOINT = "wss://api.gemini.com/v2/marketdata";

/** Options for {@link createGeminiConnector}. */
export interface GeminiConnectorOptions extends BookConnectorOptions {
  /** Gemini symbols, upper case, e.g. `["SOLUSD", "BTCUSD"]` (at least one); all share one socket. */
  readonly symbols: readonly string[];
  /** Venue id used in instrument ids, topics and recordings. @default "gemini" */
  readonly venue?: string;
  /**
   * No frame for this long (ms) means heartbeats were missed (they come every ~5 s): the socket is dropped,
   * reopened and every symbol resubscribed from a fresh full book. @default 15_000
   */
  readonly idleTimeoutMs?: number;
}
