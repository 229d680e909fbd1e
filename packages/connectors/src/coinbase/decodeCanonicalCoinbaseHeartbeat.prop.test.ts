import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getTextEdits } from "../../../../tests/support/getTextEdits";
import { readVenueFrames } from "../../../../tests/support/readVenueFrames";
import { decodeCanonicalCoinbaseHeartbeat } from "./decodeCanonicalCoinbaseHeartbeat";
import { decodeCoinbaseJson } from "./decodeCoinbaseJson";

// The fast path may decline any text, but whatever it accepts must decode exactly as JSON.parse + the
// general checks decode it (and the general path must accept it too).
const agrees = (text: string): boolean => {
  const fast = decodeCanonicalCoinbaseHeartbeat(text);
  if (fast !== undefined) expect(fast).toEqual(decodeCoinbaseJson(text));
  return fast !== undefined;
};

const text = fc.oneof(fc.constantFrom("", "a\"b", "x\\y", "é", "\n", "2026-08-09 21:05:48.854840045 +0000 UTC m=+41691.260485341"), fc.string({ maxLength: 6 }));
const plainTimestamp = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }).map((d) => d.toISOString());
const timestamp = fc.oneof(plainTimestamp, fc.constantFrom("2026-08-09T21:05:48.856364007Z", "2026-02-30T00:00:00Z", "2026-08-09 21:05:48Z", "2026-08-09T21:05:48.5+01:00"), text);
// Number literals written other ways: JSON.parse rejects some and reads others as the same number.
const oddInteger = fc.constantFrom("01", "00", "-0", "-1", "1.0", "1e2", "1E+2", "9007199254740993", "12345678901234567", "0x1", "+1", '"41691"', '"x"', "null");
const integer = fc.oneof({ arbitrary: fc.oneof(fc.nat(), fc.constantFrom(0, 2 ** 53 - 1)).map(String), weight: 4 }, { arbitrary: oddInteger, weight: 1 });
const frame = fc.record({
  channel: fc.constantFrom("heartbeats", "heartbeats", "heartbeat", "l2_data"),
  clientId: fc.option(text, { nil: undefined }),
  timestamp,
  sequence: integer,
  currentTime: text,
  counter: integer,
  extraEvent: fc.boolean(),
});
type Frame = typeof frame extends fc.Arbitrary<infer T> ? T : never;

/** The venue's own layout (strings through JSON.stringify, escapes and all). */
const canonical = (f: Frame): string => {
  const s = JSON.stringify;
  const client = f.clientId === undefined ? "" : `"client_id":${s(f.clientId)},`;
  const event = `{"current_time":${s(f.currentTime)},"heartbeat_counter":${f.counter}}`;
  return `{"channel":${s(f.channel)},${client}"timestamp":${s(f.timestamp)},"sequence_num":${f.sequence},"events":[${event}${f.extraEvent ? `,${event}` : ""}]}`;
};

describe("decodeCanonicalCoinbaseHeartbeat (differential against JSON.parse + the general checks)", () => {
  it("takes a plain canonical heartbeat with or without client_id", () => {
    fc.assert(
      fc.property(plainTimestamp, fc.nat(), fc.nat(), fc.option(fc.stringMatching(/^[a-z0-9-]{0,8}$/), { nil: undefined }), (ts, seq, counter, clientId) => {
        const f: Frame = { channel: "heartbeats", clientId, timestamp: ts, sequence: String(seq), currentTime: "2026-08-09 21:05:48 +0000 UTC", counter: String(counter), extraEvent: false };
        expect(agrees(canonical(f))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("declines or agrees on arbitrary content, truncations and single-character edits", () => {
    fc.assert(
      fc.property(frame, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 0xffff }), (f, cut, where, code) => {
        const base = canonical(f);
        agrees(base);
        for (const t of getTextEdits(base, cut, where, code)) agrees(t);
      }),
      { numRuns: 3000 },
    );
  });

  it("declines other layouts, padding, a string counter and trailing bytes", () => {
    const f = '{"channel":"heartbeats","timestamp":"2026-08-09T21:05:48.856364007Z","sequence_num":35,"events":[{"current_time":"2026-08-09 21:05:48.854840045 +0000 UTC m=+41691.260485341","heartbeat_counter":41691}]}';
    expect(agrees(f)).toBe(true);
    const parsed = JSON.parse(f) as Record<string, unknown>;
    for (const t of [` ${f}`, `${f} `, `${f}\n`, `${f}}`, f.replace(":41691}", ':"41691"}'), f.replace(":35,", ":035,"), JSON.stringify(parsed, null, 1), JSON.stringify({ ...parsed, x: 1 })]) {
      expect(agrees(t)).toBe(false);
    }
  });

  it("takes every heartbeats frame of the real 2026 Coinbase recording and of the synthetic scenario", () => {
    const { real, synthetic } = readVenueFrames("coinbase", (t) => t.startsWith('{"channel":"heartbeats"'));
    expect(real.length).toBeGreaterThanOrEqual(25);
    expect(synthetic.length).toBeGreaterThan(10);
    for (const t of [...real, ...synthetic]) expect(agrees(t)).toBe(true);
  });
});
