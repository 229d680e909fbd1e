import { topics } from "@arbkit/core";
import type { ArbError, Clock, EventBus, InstrumentId, MarketEvents, UnixMs, VenueId } from "@arbkit/core";

/** Where and when a venue error happened, for {@link publishVenueError}. */
export interface VenueErrorTarget {
  readonly bus: EventBus<MarketEvents>;
  readonly clock: Clock;
  readonly venue: VenueId;
}

/**
 * Publishes `error` as a `VenueErrorEvent` on `topics.error(venue)`. `tsEvent` defaults to now.
 *
 * @example
 * ```ts
 * publishVenueError({ bus, clock, venue }, createFrameMalformedError(venue, raw, "truncated"));
 * ```
 */
export function publishVenueError(target: VenueErrorTarget, error: ArbError, instrument?: InstrumentId, tsEvent?: UnixMs): void {
  const now = target.clock.now();
  target.bus.publish(topics.error(target.venue), { venue: target.venue, instrument, error, tsEvent: tsEvent ?? now, tsInit: now });
}
