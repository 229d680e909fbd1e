import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ConnectorStatus, type Instrument, TestClock, type VenueId, instrumentId, venueId } from "@arbkit/core";
import type { RiskEngine } from "../risk/RiskEngine";
import type { RiskLimits } from "../risk/RiskLimits";
import { createFreshnessMonitor } from "./createFreshnessMonitor";

const coinbase = venueId("coinbase");
const orca = venueId("orca");
const instrument = (venue: VenueId, symbol: string): Instrument =>
  ({ id: instrumentId(venue, symbol), venue, symbol, base: "SOL", quote: "USD" }) as unknown as Instrument;
const book = instrument(coinbase, "SOL-USD");
const pool = instrument(orca, "POOL");
const instruments = [book, pool];
const limits = { maxBookAgeMs: 2_000, maxPoolAgeMs: 5_000 } as Required<RiskLimits>;
const INTERVAL = 250;

const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("data" as const), which: fc.nat(1), lagMs: fc.integer({ min: 0, max: 3_000 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("time" as const), ms: fc.integer({ min: 1, max: 3_000 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("status" as const),
      which: fc.nat(1),
      wholeVenue: fc.boolean(),
      status: fc.constantFrom<ConnectorStatus>("live", "stale", "resyncing", "connecting"),
    }),
  },
);

describe("createFreshnessMonitor (state machine against a naive model)", () => {
  it("reports each input stale exactly while the model says so, at every tick, touch and status", () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const clock = new TestClock(10_000);
        const reported = new Map<string, boolean>();
        const risk = { observeFreshness: (source: string, isStale: boolean) => void reported.set(source, isStale) } as unknown as RiskEngine;
        const monitor = createFreshnessMonitor({ clock, risk, instruments, pools: new Set([pool.id]), limits, intervalMs: INTERVAL });
        // The model: an input is stale when its status (own, else venue's) is known and not live, it has no
        // data, or its newest data is older than its limit; checked on every tick and at once on a change.
        const last = new Map<string, number>();
        const statuses = new Map<string, ConnectorStatus>();
        const modelStale = (i: Instrument): boolean => {
          const status = statuses.get(i.id) ?? statuses.get(i.venue);
          const ts = last.get(i.id);
          return (status !== undefined && status !== "live") || ts === undefined || clock.now() - ts > (i === pool ? limits.maxPoolAgeMs : limits.maxBookAgeMs);
        };
        let nextTick = 10_000 + INTERVAL;
        for (const s of steps) {
          if (s.kind === "time") {
            // Advance tick by tick: after each tick every input's report matches the model at that instant.
            const end = clock.now() + s.ms;
            while (nextTick <= end) {
              clock.advanceTo(nextTick);
              nextTick += INTERVAL;
              for (const i of instruments) expect(reported.get(i.id) ?? false).toBe(modelStale(i));
            }
            clock.advanceTo(end);
          } else if (s.kind === "data") {
            const i = instruments[s.which]!;
            const ts = clock.now() - s.lagMs;
            last.set(i.id, Math.max(last.get(i.id) ?? ts, ts));
            monitor.touch(i.id, last.get(i.id)!);
            // New data lifts a stale report at once; a fresh input's report waits for the tick.
            if (!modelStale(i)) expect(reported.get(i.id) ?? false).toBe(false);
          } else {
            const i = instruments[s.which]!;
            const key = s.wholeVenue ? i.venue : i.id;
            statuses.set(key, s.status);
            monitor.status({ venue: i.venue, instrument: s.wholeVenue ? undefined : i.id, status: s.status, previous: "live", reason: "test", tsEvent: clock.now(), tsInit: clock.now() });
            for (const j of instruments) if (j.venue === i.venue && (s.wholeVenue || j === i)) expect(reported.get(j.id) ?? false).toBe(modelStale(j));
          }
        }
        monitor.stop();
      }),
      { numRuns: 500 },
    );
  });
});
