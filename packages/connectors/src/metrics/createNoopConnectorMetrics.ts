import type { ConnectorMetrics } from "./ConnectorMetrics";

/**
 * A {@link ConnectorMetrics} that records nothing: the default of every connector.
 *
 * @example
 * ```ts
 * const metrics = createNoopConnectorMetrics();
 * metrics.increment("frames", { venue: "coinbase" }); // does nothing
 * ```
 */
export function createNoopConnectorMetrics(): ConnectorMetrics {
  return Object.freeze({
    increment(): void {},
    setGauge(): void {},
  });
}
