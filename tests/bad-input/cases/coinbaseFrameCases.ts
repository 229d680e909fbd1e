/**
 * Bad Coinbase Advanced Trade frames, one row per case. `frame` is the raw text fed to the connector's
 * FrameSink after BTC-USD is live (snapshot at sequence 1, bid 100.00 / ask 101.00); `code` is the error
 * code the connector must publish, `reason` a piece of the human-readable reason. Add a row to add a case.
 */
export interface FrameCase {
  readonly name: string;
  readonly frame: string;
  readonly code: string;
  readonly reason?: string;
}

const TS = "2026-08-09T21:05:49.000000000Z";

/** A frame with every top-level field overridable (`undefined` removes the field). */
export function coinbaseFrame(fields: Record<string, unknown> = {}): string {
  const base: Record<string, unknown> = { channel: "l2_data", client_id: "", timestamp: TS, sequence_num: 2, events: [l2Event()] };
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) delete base[k];
    else base[k] = v;
  }
  return JSON.stringify(base);
}

/** An `l2_data` update event for BTC-USD with one level, any field overridable. */
export function l2Event(fields: Record<string, unknown> = {}, update: Record<string, unknown> = {}): Record<string, unknown> {
  const u: Record<string, unknown> = { side: "bid", event_time: TS, price_level: "100.50", new_quantity: "0.25", ...update };
  for (const [k, v] of Object.entries(update)) if (v === undefined) delete u[k];
  const e: Record<string, unknown> = { type: "update", product_id: "BTC-USD", updates: [u], ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete e[k];
  return e;
}

const level = (update: Record<string, unknown>): string => coinbaseFrame({ events: [l2Event({}, update)] });
const good = coinbaseFrame();
const M = "FRAME_MALFORMED";

export const COINBASE_FRAME_CASES: readonly FrameCase[] = [
  // not JSON, or not an object
  { name: "truncated JSON (cut in half)", frame: good.slice(0, Math.floor(good.length / 2)), code: M, reason: "not valid JSON" },
  { name: "truncated JSON (last brace missing)", frame: good.slice(0, -1), code: M, reason: "not valid JSON" },
  { name: "empty frame", frame: "", code: M, reason: "not valid JSON" },
  { name: "whitespace only", frame: "   \n", code: M, reason: "not valid JSON" },
  { name: "plain text", frame: "Internal Server Error", code: M, reason: "not valid JSON" },
  { name: "JSON null", frame: "null", code: M, reason: "not a JSON object" },
  { name: "JSON array", frame: "[]", code: M, reason: "not a JSON object" },
  { name: "JSON number", frame: "42", code: M, reason: "not a JSON object" },
  { name: "JSON string", frame: '"l2_data"', code: M, reason: "not a JSON object" },
  { name: "NaN literal (not JSON)", frame: good.replace('"sequence_num":2', '"sequence_num":NaN'), code: M, reason: "not valid JSON" },
  { name: "byte-order mark before the frame", frame: `\uFEFF${good}`, code: M, reason: "not valid JSON" },
  { name: "trailing garbage", frame: `${good}}`, code: M, reason: "not valid JSON" },
  { name: "2 MB of garbage", frame: "x".repeat(2_000_000), code: M, reason: "not valid JSON" },
  // envelope
  { name: "channel missing", frame: coinbaseFrame({ channel: undefined }), code: M, reason: "channel" },
  { name: "channel is a number", frame: coinbaseFrame({ channel: 7 }), code: M, reason: "channel" },
  { name: "unknown channel", frame: coinbaseFrame({ channel: "l3_data" }), code: M, reason: "unknown channel" },
  { name: "unknown channel with a huge name", frame: coinbaseFrame({ channel: "z".repeat(10_000) }), code: M, reason: "unknown channel" },
  { name: "__proto__ smuggling the channel", frame: '{"__proto__":{"channel":"l2_data"},"timestamp":"2026-08-09T21:05:49Z","sequence_num":2,"events":[]}', code: M, reason: "channel" },
  { name: "sequence_num missing", frame: coinbaseFrame({ sequence_num: undefined }), code: M, reason: "sequence_num" },
  { name: "sequence_num as a string", frame: coinbaseFrame({ sequence_num: "2" }), code: M, reason: "sequence_num" },
  { name: "sequence_num negative", frame: coinbaseFrame({ sequence_num: -1 }), code: M, reason: "sequence_num" },
  { name: "sequence_num fractional", frame: coinbaseFrame({ sequence_num: 2.5 }), code: M, reason: "sequence_num" },
  { name: "sequence_num in exponent notation overflowing to Infinity", frame: good.replace('"sequence_num":2', '"sequence_num":1e400'), code: M, reason: "sequence_num" },
  { name: "sequence_num above 2^53", frame: good.replace('"sequence_num":2', '"sequence_num":9007199254740993'), code: M, reason: "sequence_num" },
  { name: "timestamp missing", frame: coinbaseFrame({ timestamp: undefined }), code: M, reason: "timestamp" },
  { name: "timestamp as a number", frame: coinbaseFrame({ timestamp: 1786309549000 }), code: M, reason: "timestamp" },
  { name: "timestamp not RFC 3339", frame: coinbaseFrame({ timestamp: "yesterday" }), code: M, reason: "RFC 3339" },
  { name: "timestamp with an impossible date", frame: coinbaseFrame({ timestamp: "2026-13-45T25:61:61Z" }), code: M, reason: "RFC 3339" },
  { name: "events missing", frame: coinbaseFrame({ events: undefined }), code: M, reason: "events" },
  { name: "events is an object", frame: coinbaseFrame({ events: {} }), code: M, reason: "events" },
  { name: "events is null", frame: coinbaseFrame({ events: null }), code: M, reason: "events" },
  // l2 events
  { name: "event is a string", frame: coinbaseFrame({ events: ["update"] }), code: M, reason: "events[0]" },
  { name: "event type unknown", frame: coinbaseFrame({ events: [l2Event({ type: "delta" })] }), code: M, reason: "type" },
  { name: "product_id missing", frame: coinbaseFrame({ events: [l2Event({ product_id: undefined })] }), code: M, reason: "product_id" },
  { name: "product_id is a number", frame: coinbaseFrame({ events: [l2Event({ product_id: 1 })] }), code: M, reason: "product_id" },
  { name: "updates is an object", frame: coinbaseFrame({ events: [l2Event({ updates: {} })] }), code: M, reason: "updates" },
  { name: "update is null", frame: coinbaseFrame({ events: [l2Event({ updates: [null] })] }), code: M, reason: "updates[0]" },
  { name: "a bad level after a good one (never applied partially)", frame: coinbaseFrame({ events: [l2Event({ updates: [{ side: "bid", event_time: TS, price_level: "100.10", new_quantity: "1" }, { side: "bid", event_time: TS, price_level: "x", new_quantity: "1" }] })] }), code: M, reason: "updates[1]" },
  { name: "a bad event after a good one (never applied partially)", frame: coinbaseFrame({ events: [l2Event(), l2Event({ type: "nope" })] }), code: M, reason: "events[1]" },
  // sides and decimals
  { name: "side buy (Coinbase says bid)", frame: level({ side: "buy" }), code: M, reason: "side" },
  { name: "side ask (Coinbase says offer)", frame: level({ side: "ask" }), code: M, reason: "side" },
  { name: "side missing", frame: level({ side: undefined }), code: M, reason: "side" },
  { name: "price as a JSON number", frame: level({ price_level: 100.5 }), code: M, reason: "price_level" },
  { name: "price NaN", frame: level({ price_level: "NaN" }), code: M, reason: "price_level" },
  { name: "price Infinity", frame: level({ price_level: "Infinity" }), code: M, reason: "price_level" },
  { name: "price in exponent notation", frame: level({ price_level: "1.005e2" }), code: M, reason: "price_level" },
  { name: "price negative", frame: level({ price_level: "-100.50" }), code: M, reason: "price_level" },
  { name: "price zero", frame: level({ price_level: "0.00" }), code: M, reason: "price_level" },
  { name: "price with a leading space", frame: level({ price_level: " 100.50" }), code: M, reason: "price_level" },
  { name: "price with a leading dot", frame: level({ price_level: ".5" }), code: M, reason: "price_level" },
  { name: "price with a trailing dot", frame: level({ price_level: "100." }), code: M, reason: "price_level" },
  { name: "price with a thousands separator", frame: level({ price_level: "1,000.50" }), code: M, reason: "price_level" },
  { name: "price in hex", frame: level({ price_level: "0x64" }), code: M, reason: "price_level" },
  { name: "price with a plus sign", frame: level({ price_level: "+100.50" }), code: M, reason: "price_level" },
  { name: "price of 300 digits", frame: level({ price_level: "1".repeat(300) }), code: M, reason: "price_level" },
  { name: "quantity negative", frame: level({ new_quantity: "-0.25" }), code: M, reason: "new_quantity" },
  { name: "quantity in exponent notation", frame: level({ new_quantity: "1e-8" }), code: M, reason: "new_quantity" },
  { name: "quantity NaN", frame: level({ new_quantity: "NaN" }), code: M, reason: "new_quantity" },
  { name: "quantity as a JSON number", frame: level({ new_quantity: 0.25 }), code: M, reason: "new_quantity" },
  { name: "quantity null", frame: level({ new_quantity: null }), code: M, reason: "new_quantity" },
  { name: "quantity empty", frame: level({ new_quantity: "" }), code: M, reason: "new_quantity" },
  // valid grammar, impossible for the book
  { name: "absurd quantity (10^30)", frame: level({ new_quantity: `1${"0".repeat(30)}` }), code: "BOOK_LEVEL_INVALID" },
  { name: "absurd price (10^30)", frame: level({ side: "offer", price_level: `1${"0".repeat(30)}` }), code: "BOOK_LEVEL_INVALID" },
  { name: "price with 40 decimals", frame: level({ price_level: `100.${"1".repeat(40)}` }), code: "BOOK_LEVEL_INVALID" },
  { name: "a bid above the best ask (crossed book)", frame: level({ price_level: "101.50" }), code: "BOOK_CROSSED" },
  // other channels
  { name: "heartbeat counter not a number", frame: coinbaseFrame({ channel: "heartbeats", events: [{ current_time: TS, heartbeat_counter: "abc" }] }), code: M, reason: "heartbeat_counter" },
  { name: "heartbeat counter negative", frame: coinbaseFrame({ channel: "heartbeats", events: [{ current_time: TS, heartbeat_counter: -1 }] }), code: M, reason: "heartbeat_counter" },
  { name: "heartbeat without events", frame: coinbaseFrame({ channel: "heartbeats", events: [] }), code: M, reason: "heartbeats" },
  { name: "subscriptions not an object", frame: coinbaseFrame({ channel: "subscriptions", events: [{ subscriptions: ["level2"] }] }), code: M, reason: "subscriptions" },
  { name: "subscriptions with a non-string product", frame: coinbaseFrame({ channel: "subscriptions", events: [{ subscriptions: { level2: [1] } }] }), code: M, reason: "subscriptions.level2" },
  { name: "error frame without a message", frame: '{"type":"error","reason":"x"}', code: M, reason: "error frame" },
  { name: "error frame with a numeric message", frame: '{"type":"error","message":500}', code: M, reason: "error frame" },
];
