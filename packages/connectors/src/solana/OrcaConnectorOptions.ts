import type { Clock, EventBus, MarketEvents } from "@arbkit/core";
import type { Commitment, Connection, ConnectionConfig } from "@solana/web3.js";
import type { BackoffOptions } from "../lifecycle/createBackoff";
import type { ConnectorMetrics } from "../metrics/ConnectorMetrics";
import type { FrameRecorder } from "../recording/FrameRecorder";
import type { OrcaCostOptions } from "./OrcaCostOptions";
import type { OrcaPoolConfig } from "./OrcaPoolConfig";
import type { RpcFetch } from "./createRpcFetch";
import type { SolanaRpcEndpoint } from "./SolanaRpcEndpoint";

/** Options for `createOrcaConnector`. Durations are milliseconds of the injected clock. */
export interface OrcaConnectorOptions {
  /** Where pool, cost, status and error events are published. */
  readonly bus: EventBus<MarketEvents>;
  /** The only source of time and timers (timeouts, reconcile, staleness, failover cool-downs). */
  readonly clock: Clock;
  /** The Whirlpools to watch. */
  readonly pools: readonly OrcaPoolConfig[];
  /** RPC providers in order of preference (e.g. a keyed provider first, the public RPC last). Needed by `start()` only. */
  readonly endpoints: readonly SolanaRpcEndpoint[];
  /** Commitment of fetches and subscriptions. @default "confirmed" */
  readonly commitment?: Commitment;
  /** Tick arrays loaded on each side of the one holding the current tick (sizes the largest quotable trade). @default 3 */
  readonly tickArraysEachSide?: number;
  /** Most tick arrays per side when a pool's `maxTradeA` / `maxTradeB` grows its window. @default 10 */
  readonly maxTickArraysEachSide?: number;
  /** Fresh fetch of every watched account, and the moment a preferred endpoint is retried. @default 30_000 */
  readonly reconcileIntervalMs?: number;
  /** Priority-fee sampling interval. @default 10_000 */
  readonly feeIntervalMs?: number;
  /** Wall-time staleness: the head slot has not advanced for this long. @default 10_000 */
  readonly staleAfterMs?: number;
  /** Slot-age staleness: a pool's newest data is this many slots behind the head. @default 150 */
  readonly staleSlotAge?: number;
  /** A JSON-RPC request without an answer after this long fails (and fails over). @default 10_000 */
  readonly requestTimeoutMs?: number;
  /** Transaction-cost model. @default see {@link OrcaCostOptions} */
  readonly costs?: OrcaCostOptions;
  /** Cool-down of a failed endpoint. @default 1 s doubling to 60 s, jitter 0.5 */
  readonly failoverBackoff?: BackoffOptions;
  /** Builds a web3.js `Connection` (tests point it at loopback). @default `new Connection(endpoint.http, config)` */
  readonly createConnection?: (endpoint: SolanaRpcEndpoint, config: ConnectionConfig) => Connection;
  /** The HTTP transport under the recording/timeout wrapper. @default globalThis.fetch */
  readonly fetch?: RpcFetch;
  /** Receives every RPC frame (requests as `out`, responses and notifications as `in`). @default none */
  readonly recorder?: FrameRecorder;
  /** Counters and gauges. @default no metrics */
  readonly metrics?: ConnectorMetrics;
}
