import { describe, expect, it } from "vitest";
import { isArbError } from "@arbkit/core";
import { decodeGeminiFrame } from "./decodeGeminiFrame";

const reasonOf = (text: string): string => {
  try {
    decodeGeminiFrame(text);
  } catch (error) {
    if (isArbError(error, "FRAME_MALFORMED")) {
      expect(error.context.venue).toBe("gemini");
      return error.context.reason;
    }
    throw error;
  }
  throw new Error(`accepted: ${text}`);
};

describe("decodeGeminiFrame", () => {
  it("decodes l2_updates whatever the key order; removal is \"0\" or \"0.0\"", () => {
    const alphabetical = decodeGeminiFrame('{"changes":[["sell","77.433","0.0"],["buy","77.412","9.047172"]],"symbol":"SOLUSD","type":"l2_updates"}');
    const insertion = decodeGeminiFrame('{"type":"l2_updates","symbol":"SOLUSD","changes":[["sell","77.433","0"],["buy","77.412","9.047172"]]}');
    expect(alphabetical).toEqual({
      kind: "l2",
      symbol: "SOLUSD",
      changes: [{ side: "ask", price: "77.433", size: "0.0" }, { side: "bid", price: "77.412", size: "9.047172" }],
      trades: [],
      initial: false,
    });
    expect(insertion).toMatchObject({ changes: [{ size: "0" }, { size: "9.047172" }] });
  });

  it("marks the full-book frame (trades / auction_events) and keeps trade ids above 2^53 exact", () => {
    const text =
      '{"auction_events":[],"changes":[["buy","77.412","9.047172"]],"symbol":"SOLUSD","trades":[{"event_id":1764551740582090,"price":"77.153","quantity":"0.0009","side":"buy","symbol":"SOLUSD","tid":2840141017900091,"timestamp":1786310047787,"type":"trade"}],"type":"l2_updates"}';
    const msg = decodeGeminiFrame(text);
    expect(msg).toMatchObject({ kind: "l2", initial: true, trades: [{ tradeId: "2840141017900091", price: "77.153", quantity: "0.0009", side: "buy", timestamp: 1786310047787 }] });
    // Synthetic: an id above 2^53, which JSON.parse would round.
    const big = decodeGeminiFrame('{"price":"1","quantity":"1","side":"sell","symbol":"X","tid":9007199254740993,"timestamp":1,"type":"trade"}');
    expect(big).toMatchObject({ trade: { tradeId: "9007199254740993" } });
    expect(String(Number("9007199254740993"))).not.toBe("9007199254740993");
  });

  it("uses event_id when a (2021) trade has no tid", () => {
    const msg = decodeGeminiFrame('{"type":"l2_updates","symbol":"ALCXUSD","changes":[],"trades":[{"type":"trade","symbol":"ALCXUSD","event_id":45465785975,"timestamp":1624493651491,"price":"302.53","quantity":"0.992143","side":"buy"}]}');
    expect(msg).toMatchObject({ trades: [{ tradeId: "45465785975" }] });
  });

  it("decodes trade, heartbeat and error frames", () => {
    expect(decodeGeminiFrame('{"event_id":1764551741926942,"price":"65206.29","quantity":"0.00007667","side":"buy","symbol":"BTCUSD","tid":2840141017904555,"timestamp":1786313194672,"type":"trade"}')).toEqual({
      kind: "trade",
      trade: { symbol: "BTCUSD", price: "65206.29", quantity: "0.00007667", side: "buy", tradeId: "2840141017904555", timestamp: 1786313194672 },
    });
    expect(decodeGeminiFrame('{"timestamp":1786313195331,"type":"heartbeat"}')).toEqual({ kind: "heartbeat", timestamp: 1786313195331 });
    expect(decodeGeminiFrame('{"type":"error","message":"nope"}')).toEqual({ kind: "error", message: "nope", reason: undefined });
  });

  it.each([
    ["truncated JSON", '{"changes":[["buy","77.4', "not valid JSON"],
    ["unknown type", '{"type":"candles_1m_updates","symbol":"BTCUSD","changes":[]}', "unknown type"],
    ["missing type", '{"symbol":"BTCUSD","changes":[]}', "unknown type"],
    ["symbol not a string", '{"type":"l2_updates","symbol":1,"changes":[]}', "symbol"],
    ["changes not an array", '{"type":"l2_updates","symbol":"X","changes":"[]"}', "changes"],
    ["pair instead of triple", '{"type":"l2_updates","symbol":"X","changes":[["buy","1"]]}', "changes[0]"],
    ["bad side", '{"type":"l2_updates","symbol":"X","changes":[["bid","1","1"]]}', "changes[0][0]"],
    ["NaN quantity", '{"type":"l2_updates","symbol":"X","changes":[["buy","1","NaN"]]}', "changes[0][2]"],
    ["exponent price", '{"type":"l2_updates","symbol":"X","changes":[["buy","1e-8","1"]]}', "changes[0][1]"],
    ["negative quantity", '{"type":"l2_updates","symbol":"X","changes":[["buy","1","-0.5"]]}', "changes[0][2]"],
    ["numeric price", '{"type":"l2_updates","symbol":"X","changes":[["buy",1,"1"]]}', "changes[0][1]"],
    ["trade with bad price", '{"type":"trade","symbol":"X","price":"Infinity","quantity":"1","side":"buy","timestamp":1,"tid":1}', "price"],
    ["heartbeat without timestamp", '{"type":"heartbeat"}', "timestamp"],
    ["trades not an array", '{"type":"l2_updates","symbol":"X","changes":[],"trades":{}}', "trades"],
  ])("rejects %s as FRAME_MALFORMED", (_name, text, reason) => {
    expect(reasonOf(text)).toContain(reason);
  });
});
