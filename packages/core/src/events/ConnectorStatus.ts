/**
 * The lifecycle every connector follows, per connection and per instrument:
 * `connecting → subscribing → syncing → live → stale → resyncing → … → closed`.
 * Only `live` data may feed a decision.
 */
export type ConnectorStatus = "connecting" | "subscribing" | "syncing" | "live" | "stale" | "resyncing" | "closed";

/** Every {@link ConnectorStatus}, in lifecycle order. */
export const CONNECTOR_STATUSES: readonly ConnectorStatus[] = Object.freeze([
  "connecting",
  "subscribing",
  "syncing",
  "live",
  "stale",
  "resyncing",
  "closed",
]);
