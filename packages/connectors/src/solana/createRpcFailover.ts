import { ArbError } from "@arbkit/core";
import type { Clock, UnixMs } from "@arbkit/core";
import { createBackoff, type Backoff, type BackoffOptions } from "../lifecycle/createBackoff";

/** Options for {@link createRpcFailover}. */
export interface RpcFailoverOptions {
  /** Number of endpoints, in order of preference (index 0 is preferred). */
  readonly endpoints: number;
  /** Time source for cool-downs. */
  readonly clock: Clock;
  /** Cool-down of a failed endpoint (grows per consecutive failure, with jitter). @default 1 s initial, 60 s max */
  readonly backoff?: BackoffOptions;
}

/**
 * Chooses which RPC endpoint to use. A failure puts the endpoint in a growing cool-down and moves to the next
 * endpoint that is not cooling down (or, when all are, to the one whose cool-down ends first); a success
 * resets the endpoint's cool-down. {@link RpcFailover.preferred} tells when a better (lower-index) endpoint
 * has cooled down, so the caller can come back to it.
 */
export interface RpcFailover {
  /** Index of the endpoint in use. */
  current(): number;
  /** Records a failure of endpoint `index`; returns the index now in use (moved on when `index` was current). */
  fail(index: number): number;
  /** Records a success of endpoint `index` (resets its cool-down). */
  succeed(index: number): void;
  /** The lowest-index endpoint below the current one whose cool-down is over, or `undefined`. */
  preferred(): number | undefined;
  /** Switches to `index` (e.g. to try {@link RpcFailover.preferred}). */
  use(index: number): void;
  /** When endpoint `index` may be used again (Unix ms; ≤ now when available). */
  availableAt(index: number): UnixMs;
}

/**
 * Creates an {@link RpcFailover}.
 *
 * @throws ArbError `ARGUMENT_INVALID` when there is no endpoint.
 * @example
 * ```ts
 * const failover = createRpcFailover({ endpoints: 2, clock });
 * failover.fail(0); // 1: moved to the second endpoint
 * ```
 */
export function createRpcFailover(options: RpcFailoverOptions): RpcFailover {
  const { clock, endpoints } = options;
  if (!Number.isInteger(endpoints) || endpoints < 1) {
    throw new ArbError("ARGUMENT_INVALID", "At least one RPC endpoint is required", { name: "endpoints", value: endpoints, reason: "< 1" });
  }
  const backoffs: Backoff[] = Array.from({ length: endpoints }, () => createBackoff({ initialDelayMs: 1_000, maxDelayMs: 60_000, ...options.backoff }));
  const until: UnixMs[] = Array.from({ length: endpoints }, () => Number.NEGATIVE_INFINITY);
  let current = 0;
  const pickNext = (from: number): number => {
    const now = clock.now();
    for (let step = 1; step <= endpoints; step++) {
      const i = (from + step) % endpoints;
      if ((until[i] ?? 0) <= now) return i;
    }
    let best = 0;
    for (let i = 1; i < endpoints; i++) if ((until[i] ?? 0) < (until[best] ?? 0)) best = i;
    return best;
  };
  return {
    current: () => current,
    fail(index: number): number {
      until[index] = clock.now() + (backoffs[index]?.nextDelayMs() ?? 0);
      if (index === current) current = pickNext(index);
      return current;
    },
    succeed(index: number): void {
      backoffs[index]?.reset();
      until[index] = Number.NEGATIVE_INFINITY;
    },
    preferred(): number | undefined {
      const now = clock.now();
      for (let i = 0; i < current; i++) if ((until[i] ?? 0) <= now) return i;
      return undefined;
    },
    use(index: number): void {
      current = index;
    },
    availableAt: (index: number) => until[index] ?? Number.NEGATIVE_INFINITY,
  };
}
