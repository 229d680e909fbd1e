import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getTextEdits } from "../../../../tests/support/getTextEdits";
import { readVenueFrames } from "../../../../tests/support/readVenueFrames";
import { decodeCanonicalSolanaNotification } from "./decodeCanonicalSolanaNotification";
import { parseOrcaJson } from "./parseOrcaJson";

// The fast path may decline any text, but whatever it accepts must read exactly as JSON.parse + the general
// checks read it (and the general path must accept it too).
const agrees = (text: string): boolean => {
  const fast = decodeCanonicalSolanaNotification(text);
  if (fast !== undefined) expect(fast).toEqual(parseOrcaJson(text));
  return fast !== undefined;
};

const u64 = fc.oneof(fc.nat().map(String), fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map(String), fc.constantFrom("18446744073709551615", "9007199254740993"));
const literal = fc.oneof({ arbitrary: u64, weight: 6 }, { arbitrary: fc.constantFrom("-1", "1.5", "01", "1e3", '"7"', "null"), weight: 1 });
const str = fc.oneof(fc.constantFrom("whirLbMiicVdio4qvUfM5KAg6Ct8VwpYzGff3uctyCc", "", 'a"b', "x\\y", "é"), fc.string({ maxLength: 6 }));
const slotFrame = fc.record({ parent: literal, root: literal, slot: literal, subscription: literal }).map(
  (f) => `{"jsonrpc":"2.0","method":"slotNotification","params":{"result":{"parent":${f.parent},"root":${f.root},"slot":${f.slot}},"subscription":${f.subscription}}}`,
);
const accountFrame = fc
  .record({
    slot: literal,
    bytes: fc.uint8Array({ maxLength: 40 }),
    encoding: fc.constantFrom("base64", "base64", "base64", "base58", "base64+zstd"),
    executable: fc.constantFrom("true", "false", "0"),
    lamports: literal,
    owner: str,
    rentEpoch: literal,
    space: literal,
    subscription: literal,
    isNull: fc.boolean(),
  })
  .map((f) => {
    const value = f.isNull
      ? "null"
      : `{"data":[${JSON.stringify(Buffer.from(f.bytes).toString("base64"))},${JSON.stringify(f.encoding)}],"executable":${f.executable},"lamports":${f.lamports},"owner":${JSON.stringify(f.owner)},"rentEpoch":${f.rentEpoch},"space":${f.space}}`;
    return `{"jsonrpc":"2.0","method":"accountNotification","params":{"result":{"context":{"slot":${f.slot}},"value":${value}},"subscription":${f.subscription}}}`;
  });
const frame = fc.oneof(slotFrame, accountFrame);

describe("decodeCanonicalSolanaNotification (differential against JSON.parse + the general checks)", () => {
  it("declines or agrees on arbitrary content, other layouts, truncations and single-character edits", () => {
    fc.assert(
      fc.property(frame, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 0xffff }), (base, cut, where, code) => {
        agrees(base);
        let parsed: unknown;
        try {
          parsed = JSON.parse(base);
        } catch {
          parsed = undefined;
        }
        if (parsed !== undefined) {
          agrees(JSON.stringify(parsed, null, 1));
          agrees(JSON.stringify(parsed));
        }
        for (const t of getTextEdits(base, cut, where, code)) agrees(t);
      }),
      { numRuns: 3000 },
    );
  });

  it("takes canonical notifications whose every field is valid, and declines the ones JSON.parse reads differently", () => {
    const slot = '{"jsonrpc":"2.0","method":"slotNotification","params":{"result":{"parent":185760000,"root":185759969,"slot":185760001},"subscription":0}}';
    const account = `{"jsonrpc":"2.0","method":"accountNotification","params":{"result":{"context":{"slot":185760003},"value":{"data":["AQID","base64"],"executable":false,"lamports":5435760,"owner":"whirLbMiicVdio4qvUfM5KAg6Ct8VwpYzGff3uctyCc","rentEpoch":18446744073709551615,"space":653}},"subscription":1}}`;
    expect(agrees(slot)).toBe(true);
    expect(agrees(account)).toBe(true);
    for (const t of [slot, account]) {
      for (const bad of [` ${t}`, `${t} `, `${t}\n`, `${t}}`, t.replace(":1}}", ":1.0}}").replace(":0}}", ":0.0}}"), t.replace("185760", "0185760"), t.replace('"owner":"whir', '"owner":"\\u0077hir')]) {
        if (bad !== t) expect(agrees(bad)).toBe(false);
      }
    }
    expect(agrees(slot.replace("185760001", "9007199254740993"))).toBe(false);
  });

  it("takes every slot and account notification of the synthetic scenario", () => {
    const frames = readVenueFrames("orca", (t) => /"method":"(slot|account)Notification"/.test(t)).synthetic;
    expect(frames.length).toBeGreaterThan(50);
    for (const t of frames) expect(agrees(t)).toBe(true);
  });
});
