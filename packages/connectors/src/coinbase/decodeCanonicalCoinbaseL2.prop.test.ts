import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getTextEdits } from "../../../../tests/support/getTextEdits";
import { readVenueFrames } from "../../../../tests/support/readVenueFrames";
import { decodeCanonicalCoinbaseL2 } from "./decodeCanonicalCoinbaseL2";
import { decodeCoinbaseJson } from "./decodeCoinbaseJson";

// The fast path may decline any text, but whatever it accepts must decode exactly as JSON.parse + the
// general checks decode it (and the general path must accept it too).
const agrees = (text: string): boolean => {
  const fast = decodeCanonicalCoinbaseL2(text);
  if (fast !== undefined) expect(fast).toEqual(decodeCoinbaseJson(text));
  return fast !== undefined;
};

const validDecimal = fc
  .tuple(fc.nat(99999), fc.option(fc.stringMatching(/^[0-9]{1,8}$/), { nil: undefined }))
  .map(([i, f]) => (f === undefined ? `${i}` : `${i}.${f}`));
const decimal = fc.oneof(validDecimal, fc.constantFrom("0", "0.0", "0.00000001", "1e-8", "NaN", "-1", ".5", "5.", " 1", "", "1\\u0030", "١"));
const text = fc.oneof(fc.constantFrom("BTC-USD", "SOL-USD", "", "a\"b", "x\\y", "é", "\n"), fc.string({ maxLength: 6 }));
const timestamp = fc.oneof(
  fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom("2026-08-09T21:05:48.505350477Z", "2026-02-30T00:00:00Z", "2026-08-09 21:05:48Z", "2026-08-09T21:05:48.5+01:00"),
  text,
);
const frameOf = (dec: fc.Arbitrary<string>, str: fc.Arbitrary<string>, time: fc.Arbitrary<string>) => {
  const update = fc.record({ side: fc.constantFrom("bid", "offer", "ask", "BID"), event_time: time, price_level: dec, new_quantity: dec });
  const event = fc.record({ type: fc.constantFrom("snapshot", "update", "other"), product_id: str, updates: fc.array(update, { maxLength: 5 }) });
  return fc.record({
    channel: fc.constantFrom("l2_data", "l2_data", "l2_data", "heartbeats", "level2"),
    clientId: fc.option(str, { nil: undefined }),
    timestamp: time,
    sequence: fc.oneof(fc.nat(), fc.constantFrom(0, 2 ** 53 - 1, 2 ** 53, 2 ** 60, -1, 1.5)),
    // Number literals written other ways (JSON.parse rejects some, reads others as the same number).
    sequenceText: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 4 },
      { arbitrary: fc.constantFrom("01", "00", "-0", "1.0", "1e2", "1E+2", "9007199254740993", "0x1", "+1"), weight: 1 },
    ),
    events: fc.array(event, { maxLength: 3 }),
  });
};
const frame = frameOf(decimal, text, timestamp);
type Frame = typeof frame extends fc.Arbitrary<infer T> ? T : never;

/** The venue's own layout: keys in its order, no whitespace (strings through JSON.stringify, escapes and all). */
const canonical = (f: Frame): string => {
  const s = JSON.stringify;
  const updates = (e: Frame["events"][number]): string =>
    e.updates.map((u) => `{"side":${s(u.side)},"event_time":${s(u.event_time)},"price_level":${s(u.price_level)},"new_quantity":${s(u.new_quantity)}}`).join(",");
  const events = f.events.map((e) => `{"type":${s(e.type)},"product_id":${s(e.product_id)},"updates":[${updates(e)}]}`).join(",");
  const client = f.clientId === undefined ? "" : `"client_id":${s(f.clientId)},`;
  return `{"channel":${s(f.channel)},${client}"timestamp":${s(f.timestamp)},"sequence_num":${f.sequenceText ?? s(f.sequence)},"events":[${events}]}`;
};

/** The same content in another valid JSON layout: shuffled keys, whitespace, an extra key. */
const relaid = (f: Frame, variant: number): string => {
  const obj = { events: f.events, sequence_num: f.sequence, timestamp: f.timestamp, channel: f.channel, ...(f.clientId === undefined ? {} : { client_id: f.clientId }) };
  if (variant === 0) return JSON.stringify(obj);
  if (variant === 1) return JSON.stringify(JSON.parse(canonical({ ...f, sequenceText: undefined })), null, 1);
  return canonical(f).replace(/}$/, ',"x":1}');
};

/** A canonical frame without escapes every field of which is valid: the fast path must take it. */
const plainTimestamp = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }).map((d) => d.toISOString());
const validFrame = frameOf(validDecimal, fc.stringMatching(/^[A-Z]{1,5}-[A-Z]{1,5}$/), plainTimestamp).filter((f) => {
  if (f.channel !== "l2_data" || f.events.length === 0 || !Number.isSafeInteger(f.sequence) || f.sequence < 0) return false;
  if (f.sequenceText !== undefined || canonical(f).includes("\\")) return false;
  try {
    decodeCoinbaseJson(canonical(f));
    return true;
  } catch {
    return false;
  }
});

describe("decodeCanonicalCoinbaseL2 (differential against JSON.parse + the general checks)", () => {
  it("accepts exactly what the general decoder accepts in the canonical layout, and decodes it identically", () => {
    fc.assert(fc.property(validFrame, (f) => {
        expect(agrees(canonical(f))).toBe(true);
      }), { numRuns: 400 });
  });

  it("declines or agrees on arbitrary content, other layouts, truncations and single-character edits", () => {
    fc.assert(
      fc.property(frame, fc.nat(2), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 0xffff }), (f, variant, cut, where, code) => {
        const base = canonical(f);
        agrees(base);
        agrees(relaid(f, variant));
        for (const t of getTextEdits(base, cut, where, code)) agrees(t);
      }),
      { numRuns: 3000 },
    );
  });

  it("declines texts JSON.parse reads differently or refuses: padding, trailing bytes, odd number literals", () => {
    const f = '{"channel":"l2_data","timestamp":"2026-08-09T21:05:48.505350477Z","sequence_num":14,"events":[{"type":"update","product_id":"SOL-USD","updates":[{"side":"bid","event_time":"2026-08-09T21:05:48.210883Z","price_level":"20.84","new_quantity":"0"}]}]}';
    expect(agrees(f)).toBe(true);
    for (const t of [` ${f}`, `${f} `, `${f}\n`, `\uFEFF${f}`, `${f}}`, `${f}x`, f.replace(":14,", ":014,"), f.replace(":14,", ":-14,"), f.replace(":14,", ":14.0,"), f.replace(":14,", ":1.4e1,"), f.replace('"20.84"', `"${"2".repeat(257)}"`)]) {
      expect(agrees(t)).toBe(false);
    }
  });

  it("takes every l2_data frame of the real 2026 Coinbase recording and of the synthetic scenario", () => {
    const { real, synthetic } = readVenueFrames("coinbase", (t) => t.startsWith('{"channel":"l2_data"'));
    expect(real.length).toBeGreaterThan(700);
    expect(synthetic.length).toBeGreaterThan(100);
    for (const t of [...real, ...synthetic]) expect(agrees(t)).toBe(true);
  });
});
