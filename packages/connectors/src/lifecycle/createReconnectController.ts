import type { CancelTimer, Clock } from "@arbkit/core";
import type { ConnectorMetrics, MetricLabels } from "../metrics/ConnectorMetrics";
import { createBackoff, type Backoff, type BackoffOptions } from "./createBackoff";

/** Options for {@link createReconnectController}. */
export interface ReconnectControllerOptions {
  /** Timers. */
  readonly clock: Clock;
  /** Opens a new connection (called from a clock timer). */
  readonly connect: () => void;
  /** Backoff between attempts. @default {@link createBackoff} defaults */
  readonly backoff?: Backoff | BackoffOptions;
  /** A connection open this long (ms) resets the backoff. @default 30_000 */
  readonly healthyAfterMs?: number;
  /** Counts `reconnects`. @default no metrics */
  readonly metrics?: ConnectorMetrics;
  /** Labels for the `reconnects` counter. */
  readonly labels: MetricLabels;
}

/**
 * Schedules reconnects with backoff and resets the backoff once a connection has stayed up for a healthy
 * period. Venue-agnostic: a WebSocket or a JSON-RPC poller drives it the same way.
 */
export interface ReconnectController {
  /** The connection is up: start the healthy-period timer. */
  markOpen(): void;
  /** The connection went down: schedule one reconnect (no-op when one is pending or after `stop`). Returns the delay in ms, or `undefined`. */
  scheduleReconnect(): number | undefined;
  /** Whether a reconnect is scheduled. */
  readonly pending: boolean;
  /** Cancels every timer; later calls schedule nothing. */
  stop(): void;
}

/**
 * Creates a {@link ReconnectController}.
 *
 * @example
 * ```ts
 * const reconnect = createReconnectController({ clock, connect: open, labels: { venue: "gemini" } });
 * socket.on("close", () => reconnect.scheduleReconnect());
 * ```
 */
export function createReconnectController(options: ReconnectControllerOptions): ReconnectController {
  const { clock, connect, metrics, labels } = options;
  const backoff: Backoff = options.backoff !== undefined && "nextDelayMs" in options.backoff ? options.backoff : createBackoff(options.backoff);
  const healthyAfterMs = options.healthyAfterMs ?? 30_000;
  let healthyTimer: CancelTimer | undefined;
  let reconnectTimer: CancelTimer | undefined;
  let stopped = false;
  return {
    markOpen(): void {
      healthyTimer?.();
      healthyTimer = clock.setTimeout(() => {
        healthyTimer = undefined;
        backoff.reset();
      }, healthyAfterMs);
    },
    scheduleReconnect(): number | undefined {
      healthyTimer?.();
      healthyTimer = undefined;
      if (stopped || reconnectTimer !== undefined) return undefined;
      const delay = backoff.nextDelayMs();
      metrics?.increment("reconnects", labels);
      reconnectTimer = clock.setTimeout(() => {
        reconnectTimer = undefined;
        if (!stopped) connect();
      }, delay);
      return delay;
    },
    get pending() {
      return reconnectTimer !== undefined;
    },
    stop(): void {
      stopped = true;
      healthyTimer?.();
      reconnectTimer?.();
      healthyTimer = undefined;
      reconnectTimer = undefined;
    },
  };
}
