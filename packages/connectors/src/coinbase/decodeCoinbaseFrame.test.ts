import { describe, expect, it } from "vitest";
import { isArbError } from "@arbkit/core";
import { decodeCoinbaseFrame } from "./decodeCoinbaseFrame";

const l2 = (updates: unknown, extra = ""): string =>
  `{"channel":"l2_data","timestamp":"2026-08-09T21:05:48.505350477Z","sequence_num":14${extra},"events":[{"type":"update","product_id":"BTC-USD","updates":${JSON.stringify(updates)}}]}`;
const level = (over: Record<string, unknown> = {}): Record<string, unknown> => ({ side: "bid", event_time: "2026-08-09T21:05:48.210883Z", price_level: "65062.5", new_quantity: "0.00583", ...over });

const reasonOf = (text: string): string => {
  try {
    decodeCoinbaseFrame(text);
  } catch (error) {
    if (isArbError(error, "FRAME_MALFORMED")) {
      expect(error.context.venue).toBe("coinbase");
      expect(text.startsWith(error.context.excerpt.replace(/…$/, ""))).toBe(true);
      return error.context.reason;
    }
    throw error;
  }
  throw new Error(`accepted: ${text}`);
};

describe("decodeCoinbaseFrame", () => {
  it("decodes a real l2_data update, mapping offer to ask and keeping decimal strings verbatim", () => {
    const msg = decodeCoinbaseFrame(l2([level(), level({ side: "offer", price_level: "65063.01", new_quantity: "0" })]));
    expect(msg).toEqual({
      kind: "l2",
      sequence: 14,
      tsEvent: Date.parse("2026-08-09T21:05:48.505Z") + 0.350,
      events: [{ type: "update", productId: "BTC-USD", changes: [{ side: "bid", price: "65062.5", size: "0.00583" }, { side: "ask", price: "65063.01", size: "0" }] }],
    });
  });

  it("accepts heartbeat_counter as a number (real feed) or a string (docs)", () => {
    const hb = (counter: string): string =>
      `{"channel":"heartbeats","timestamp":"2026-08-09T21:05:48.856364007Z","sequence_num":35,"events":[{"current_time":"2026-08-09 21:05:48.854840045 +0000 UTC m=+41691.260485341","heartbeat_counter":${counter}}]}`;
    expect(decodeCoinbaseFrame(hb("41691"))).toMatchObject({ kind: "heartbeat", counter: 41691, sequence: 35 });
    expect(decodeCoinbaseFrame(hb('"3049"'))).toMatchObject({ kind: "heartbeat", counter: 3049 });
    expect(reasonOf(hb('"30x"'))).toContain("heartbeat_counter");
  });

  it("decodes subscriptions, passive channels and error frames (which carry no sequence)", () => {
    expect(decodeCoinbaseFrame('{"channel":"subscriptions","timestamp":"2026-08-09T21:05:48.6Z","sequence_num":26,"events":[{"subscriptions":{"heartbeats":["heartbeats"],"level2":["BTC-USD"]}}]}')).toEqual({
      kind: "subscriptions",
      sequence: 26,
      tsEvent: Date.parse("2026-08-09T21:05:48.6Z"),
      subscriptions: { heartbeats: ["heartbeats"], level2: ["BTC-USD"] },
    });
    expect(decodeCoinbaseFrame('{"channel":"ticker","timestamp":"2026-08-09T21:05:48Z","sequence_num":6,"events":[]}')).toMatchObject({ kind: "other", channel: "ticker" });
    expect(decodeCoinbaseFrame('{"type":"error","message":"authentication failure"}')).toEqual({ kind: "error", message: "authentication failure", reason: undefined });
    expect(decodeCoinbaseFrame('{"type":"error","message":"Failed to subscribe","reason":"bad product"}')).toMatchObject({ reason: "bad product" });
  });

  it.each([
    ["truncated JSON", l2([level()]).slice(0, 120), "not valid JSON"],
    ["not an object", "[1,2]", "not a JSON object"],
    ["unknown channel", '{"channel":"level3","timestamp":"2026-08-09T21:05:48Z","sequence_num":1,"events":[]}', "unknown channel"],
    ["sequence as a string", '{"channel":"l2_data","timestamp":"2026-08-09T21:05:48Z","sequence_num":"1","events":[]}', "sequence_num"],
    ["negative sequence", '{"channel":"l2_data","timestamp":"2026-08-09T21:05:48Z","sequence_num":-1,"events":[]}', "sequence_num"],
    ["timestamp not RFC 3339", '{"channel":"l2_data","timestamp":"2026-08-09 21:05:48","sequence_num":1,"events":[]}', "timestamp"],
    ["events not an array", '{"channel":"l2_data","timestamp":"2026-08-09T21:05:48Z","sequence_num":1,"events":{}}', "events"],
    ["exponent price", l2([level({ price_level: "6.5e4" })]), "price_level"],
    ["NaN size", l2([level({ new_quantity: "NaN" })]), "new_quantity"],
    ["negative size", l2([level({ new_quantity: "-1" })]), "new_quantity"],
    ["exponent size", l2([level({ new_quantity: "1e-8" })]), "new_quantity"],
    ["zero price", l2([level({ price_level: "0" })]), "price_level"],
    ["numeric price", l2([level({ price_level: 65062.5 })]), "price_level"],
    ["side ask (not offer)", l2([level({ side: "ask" })]), "side"],
    ["update not an object", l2(["x"]), "updates[0]"],
    ["error without message", '{"type":"error","reason":"x"}', "message"],
  ])("rejects %s as FRAME_MALFORMED", (_name, text, reason) => {
    expect(reasonOf(text)).toContain(reason);
  });

  it("rejects the whole frame when any level is bad (nothing is returned to apply partially)", () => {
    expect(reasonOf(l2([level(), level(), level({ price_level: " 1" })]))).toContain("updates[2]");
  });

  it("caps the excerpt of a huge frame", () => {
    const huge = l2(Array.from({ length: 2000 }, () => level({ new_quantity: "x" })));
    try {
      decodeCoinbaseFrame(huge);
    } catch (error) {
      expect(isArbError(error, "FRAME_MALFORMED") && error.context.excerpt.length).toBe(201);
    }
    expect.assertions(1);
  });
});
