import { describe, expect, it } from "vitest";
import { FRAME_EXCERPT_CHARS } from "@arbkit/connectors";
import { COINBASE_FRAME_CASES, type FrameCase } from "./cases/coinbaseFrameCases";
import { GEMINI_FRAME_CASES } from "./cases/geminiFrameCases";
import {
  COINBASE_SNAPSHOT,
  GEMINI_SNAPSHOT,
  coinbaseSnapshotFrame,
  createLiveCoinbaseHarness,
  createLiveGeminiHarness,
  geminiFullBookFrame,
  referenceOf,
  type CexSinkHarness,
} from "./support/createCexSinkHarness";

interface VenueSpec {
  readonly venue: "coinbase" | "gemini";
  readonly cases: readonly FrameCase[];
  readonly live: () => CexSinkHarness;
  /** A fresh full book on a new connection (what a resync ends with), and its reference. */
  readonly recover: (h: CexSinkHarness) => ReturnType<typeof referenceOf>;
}

const VENUES: readonly VenueSpec[] = [
  {
    venue: "coinbase",
    cases: COINBASE_FRAME_CASES,
    live: createLiveCoinbaseHarness,
    recover(h) {
      const bids = [["100.10", "1"], ...COINBASE_SNAPSHOT.bids] as const;
      h.ingest(coinbaseSnapshotFrame(1, bids, COINBASE_SNAPSHOT.asks), "c2");
      return referenceOf(bids, COINBASE_SNAPSHOT.asks);
    },
  },
  {
    venue: "gemini",
    cases: GEMINI_FRAME_CASES,
    live: createLiveGeminiHarness,
    recover(h) {
      const asks = [["77.45", "1"], ...GEMINI_SNAPSHOT.asks] as const;
      h.ingest(geminiFullBookFrame(GEMINI_SNAPSHOT.bids, asks), "c2");
      return referenceOf(GEMINI_SNAPSHOT.bids, asks);
    },
  },
];

for (const spec of VENUES) {
  describe(`bad ${spec.venue} frames through the connector's FrameSink`, () => {
    it.each(spec.cases.map((c) => [c.name, c] as const))("%s", (_name, row) => {
      const h = spec.live();
      expect(h.connector.status(h.instrument)).toBe("live");
      const eventsBefore = h.bookEvents.length;

      expect(() => h.ingest(row.frame)).not.toThrow();

      // One coded error event naming the venue (and, for a malformed frame, an excerpt and the reason).
      expect(h.errors.map((e) => e.error.code)).toEqual([row.code]);
      const [event] = h.errors;
      expect(event?.venue).toBe(spec.venue);
      const error = event?.error;
      expect(error?.shortMessage).toContain(spec.venue);
      if (row.code === "FRAME_MALFORMED") {
        const context = error?.context as { venue: string; excerpt: string; reason: string };
        expect(context.venue).toBe(spec.venue);
        expect(context.excerpt.length).toBeLessThanOrEqual(FRAME_EXCERPT_CHARS + 1);
        expect(row.frame.startsWith(context.excerpt.replace(/…$/, ""))).toBe(true);
        expect(context.reason).toContain(row.reason ?? "");
        expect(h.metrics.counter("parseErrors", { venue: spec.venue })).toBe(1);
      } else {
        expect(event?.instrument).toBe(h.instrument);
        expect(h.metrics.counter("parseErrors", { venue: spec.venue })).toBe(0);
      }

      // Nothing of the bad frame was published; the book is no longer trusted (resync requested).
      expect(h.bookEvents.length).toBe(eventsBefore);
      expect(h.connector.status(h.instrument)).not.toBe("live");
      expect(h.levels()).toEqual({ bids: [], asks: [] });

      // The next full book makes it live again, exactly equal to the reference.
      const reference = spec.recover(h);
      expect(h.connector.status(h.instrument)).toBe("live");
      expect(h.levels()).toEqual(reference);
      expect(h.violations).toEqual([]);
    });
  });
}
