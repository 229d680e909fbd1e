import { ArbError } from "@arbkit/core";
import { publishVenueError, type VenueErrorTarget } from "./publishVenueError";

/**
 * Reports an exception a bus subscriber threw while a live frame was handled, as a `STATE_INVALID`
 * `VenueErrorEvent` (component `bus subscriber`) with the exception as `cause`. If publishing that throws
 * too, the second exception is dropped: the socket's event loop must survive a faulty subscriber.
 *
 * @example
 * ```ts
 * try { sink.ingest(frame); } catch (e) { publishSubscriberError({ bus, clock, venue }, e); }
 * ```
 */
export function publishSubscriberError(target: VenueErrorTarget, error: unknown): void {
  try {
    publishVenueError(
      target,
      new ArbError("STATE_INVALID", `${target.venue}: a bus subscriber threw while a frame was handled`, { component: "bus subscriber", state: target.venue, action: "publish" }, { cause: error }),
    );
  } catch {
    // Deliberately dropped: see above.
  }
}
