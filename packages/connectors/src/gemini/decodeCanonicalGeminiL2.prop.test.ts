import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getTextEdits } from "../../../../tests/support/getTextEdits";
import { readVenueFrames } from "../../../../tests/support/readVenueFrames";
import { decodeCanonicalGeminiL2 } from "./decodeCanonicalGeminiL2";
import { decodeGeminiJson } from "./decodeGeminiJson";

// The fast path may decline any text, but whatever it accepts must decode exactly as JSON.parse + the
// general checks decode it (and the general path must accept it too).
const agrees = (text: string): boolean => {
  const fast = decodeCanonicalGeminiL2(text);
  if (fast !== undefined) expect(fast).toEqual(decodeGeminiJson(text));
  return fast !== undefined;
};

const validDecimal = fc
  .tuple(fc.nat(99999), fc.option(fc.stringMatching(/^[0-9]{1,8}$/), { nil: undefined }))
  .map(([i, f]) => (f === undefined ? `${i}` : `${i}.${f}`));
const decimal = fc.oneof(validDecimal, fc.constantFrom("0", "0.0", "1e-8", "NaN", "-1", ".5", "5.", " 1", "", "١"));
const text = fc.oneof(fc.constantFrom("SOLUSD", "", "a\"b", "x\\y", "é", "\n"), fc.string({ maxLength: 6 }));
const frameOf = (dec: fc.Arbitrary<string>, str: fc.Arbitrary<string>) =>
  fc.record({
    type: fc.constantFrom("l2_updates", "l2_updates", "l2_updates", "trade", "heartbeat"),
    symbol: str,
    changes: fc.array(fc.tuple(fc.constantFrom("buy", "sell", "bid", "BUY"), dec, dec), { maxLength: 6 }),
    // The first frame of a subscription carries these: never the fast path's.
    extra: fc.constantFrom(undefined, undefined, undefined, ',"trades":[]', ',"auction_events":[]'),
  });
const frame = frameOf(decimal, text);
type Frame = typeof frame extends fc.Arbitrary<infer T> ? T : never;

/** The venue's own layout: keys in its order, no whitespace (strings through JSON.stringify, escapes and all). */
const canonical = (f: Frame): string => {
  const s = JSON.stringify;
  const changes = f.changes.map(([side, price, size]) => `[${s(side)},${s(price)},${s(size)}]`).join(",");
  return `{"changes":[${changes}],"symbol":${s(f.symbol)},"type":${s(f.type)}${f.extra ?? ""}}`;
};

/** The same content in another valid JSON layout: shuffled keys, whitespace, an extra key. */
const relaid = (f: Frame, variant: number): string => {
  if (variant === 0) return JSON.stringify({ type: f.type, symbol: f.symbol, changes: f.changes });
  if (variant === 1) return JSON.stringify(JSON.parse(canonical(f)), null, 1);
  return canonical(f).replace(/}$/, ',"x":1}');
};

/** A canonical frame without escapes every field of which is valid: the fast path must take it. */
const validFrame = frameOf(validDecimal, fc.stringMatching(/^[A-Z]{1,10}$/)).filter((f) => {
  if (f.type !== "l2_updates" || f.extra !== undefined || f.changes.some(([side]) => side !== "buy" && side !== "sell")) return false;
  return f.changes.every(([, price]) => /[1-9]/.test(price));
});

describe("decodeCanonicalGeminiL2 (differential against JSON.parse + the general checks)", () => {
  it("accepts exactly what the general decoder accepts in the canonical layout, and decodes it identically", () => {
    fc.assert(
      fc.property(validFrame, (f) => {
        expect(agrees(canonical(f))).toBe(true);
      }),
      { numRuns: 400 },
    );
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

  it("declines texts JSON.parse reads differently or refuses: padding, trailing bytes, a subscription's first frame", () => {
    const f = '{"changes":[["sell","20.885","81.024"],["buy","20.84","0.0"]],"symbol":"SOLUSD","type":"l2_updates"}';
    expect(agrees(f)).toBe(true);
    expect(agrees('{"changes":[],"symbol":"SOLUSD","type":"l2_updates"}')).toBe(true);
    for (const t of [` ${f}`, `${f} `, `${f}\n`, `\uFEFF${f}`, `${f}}`, `${f}x`, f.replace('"changes"', '"auction_events":[],"changes"'), f.replace("]],", "],]"), f.replace('"20.84"', `"${"2".repeat(257)}"`)]) {
      expect(agrees(t)).toBe(false);
    }
  });

  it("takes every update after the first frame of the real 2026 Gemini recording and of the synthetic scenario", () => {
    // Updates after a subscription's first frame (which carries trades and auction_events).
    const { real, synthetic } = readVenueFrames("gemini", (t) => t.startsWith('{"changes"') && t.includes('"type":"l2_updates"'));
    expect(real.length).toBeGreaterThan(300);
    expect(synthetic.length).toBeGreaterThan(20);
    for (const t of [...real, ...synthetic]) expect(agrees(t)).toBe(true);
  });
});
