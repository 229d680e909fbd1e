import type { Clock, EventBus, InstrumentId, MarketEvents, OrderBook } from "@arbkit/core";
import type { Backoff, BackoffOptions } from "./createBackoff";
import type { ConnectorMetrics } from "../metrics/ConnectorMetrics";
import type { FrameRecorder } from "../recording/FrameRecorder";
import type { SocketFactory } from "../ws/SocketFactory";

/** Options every WebSocket book connector takes (venue-specific options extend these). */
export interface BookConnectorOptions {
  /** Where book, trade, status and error events are published. */
  readonly bus: EventBus<MarketEvents>;
  /** Time and timers: the live clock in production, a `TestClock` in tests and replays. */
  readonly clock: Clock;
  /** WebSocket endpoint. @default the venue's public market-data URL */
  readonly endpoint?: string;
  /** Opens sockets (inject to reach a fake venue or a proxy). @default {@link createWsSocketFactory}() */
  readonly socketFactory?: SocketFactory;
  /** Counters and gauges. @default {@link createNoopConnectorMetrics}() */
  readonly metrics?: ConnectorMetrics;
  /** Receives every raw inbound frame and every frame sent (`dir: "out"`). @default none */
  readonly recorder?: FrameRecorder;
  /** A live instrument without updates for this long (ms) is `stale` until its next update. @default 60_000 */
  readonly staleAfterMs?: number;
  /** Interval of WebSocket pings (ms). @default 10_000 */
  readonly pingIntervalMs?: number;
  /** Backoff between reconnects. @default 250 ms doubling to 30 s, 50 % jitter */
  readonly backoff?: Backoff | BackoffOptions;
  /** A connection up this long (ms) resets the backoff. @default 30_000 */
  readonly healthyAfterMs?: number;
  /** Largest inbound message (bytes). @default 64 MiB (Coinbase's BTC-USD snapshot is ~5 MB) */
  readonly maxPayloadBytes?: number;
  /** Makes each instrument's book. @default `new OrderBook({ instrument })` (scales inferred) */
  readonly createBook?: (instrument: InstrumentId) => OrderBook;
}

/** The default {@link BookConnectorOptions.maxPayloadBytes}: 64 MiB. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;
