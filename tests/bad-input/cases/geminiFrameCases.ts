import type { FrameCase } from "./coinbaseFrameCases";

/**
 * Bad Gemini market data v2 frames, one row per case, fed to the connector's FrameSink after SOLUSD is live
 * (full book: bid 77.40 / ask 77.50). Same row shape as the Coinbase table.
 */
export function geminiUpdate(fields: Record<string, unknown> = {}): string {
  const base: Record<string, unknown> = { type: "l2_updates", symbol: "SOLUSD", changes: [["buy", "77.45", "3.5"]], ...fields };
  for (const [k, v] of Object.entries(fields)) if (v === undefined) delete base[k];
  return JSON.stringify(base);
}

const change = (c: unknown): string => geminiUpdate({ changes: [c] });
const trade = (t: Record<string, unknown>): Record<string, unknown> => ({ type: "trade", symbol: "SOLUSD", event_id: 1, timestamp: 1786313193000, price: "77.45", quantity: "1", side: "buy", ...t });
const good = geminiUpdate();
const M = "FRAME_MALFORMED";

export const GEMINI_FRAME_CASES: readonly FrameCase[] = [
  { name: "truncated JSON", frame: good.slice(0, 30), code: M, reason: "not valid JSON" },
  { name: "empty frame", frame: "", code: M, reason: "not valid JSON" },
  { name: "JSON null", frame: "null", code: M, reason: "not a JSON object" },
  { name: "JSON array", frame: '[["buy","77.45","1"]]', code: M, reason: "not a JSON object" },
  { name: "NaN literal (not JSON)", frame: '{"type":"l2_updates","symbol":"SOLUSD","changes":[["buy",NaN,"1"]]}', code: M, reason: "not valid JSON" },
  { name: "type missing", frame: geminiUpdate({ type: undefined }), code: M, reason: "unknown type" },
  { name: "unknown type", frame: geminiUpdate({ type: "l3_updates" }), code: M, reason: "unknown type" },
  { name: "v1 message shape (update events)", frame: '{"type":"update","eventId":1,"events":[{"type":"change","side":"bid","price":"77.45","remaining":"1"}]}', code: M, reason: "unknown type" },
  { name: "symbol missing", frame: geminiUpdate({ symbol: undefined }), code: M, reason: "symbol" },
  { name: "symbol is a number", frame: geminiUpdate({ symbol: 42 }), code: M, reason: "symbol" },
  { name: "changes missing", frame: geminiUpdate({ changes: undefined }), code: M, reason: "changes" },
  { name: "changes is an object", frame: geminiUpdate({ changes: { buy: "77.45" } }), code: M, reason: "changes" },
  { name: "change with two elements", frame: change(["buy", "77.45"]), code: M, reason: "changes[0]" },
  { name: "change with four elements", frame: change(["buy", "77.45", "1", "x"]), code: M, reason: "changes[0]" },
  { name: "change side bid (Gemini says buy)", frame: change(["bid", "77.45", "1"]), code: M, reason: "changes[0][0]" },
  { name: "change price NaN", frame: change(["buy", "NaN", "1"]), code: M, reason: "changes[0][1]" },
  { name: "change price in exponent notation", frame: change(["buy", "7.745E1", "1"]), code: M, reason: "changes[0][1]" },
  { name: "change price negative", frame: change(["sell", "-77.45", "1"]), code: M, reason: "changes[0][1]" },
  { name: "change price zero", frame: change(["sell", "0", "1"]), code: M, reason: "changes[0][1]" },
  { name: "change price as a JSON number", frame: change(["buy", 77.45, "1"]), code: M, reason: "changes[0][1]" },
  { name: "change quantity negative", frame: change(["buy", "77.45", "-1"]), code: M, reason: "changes[0][2]" },
  { name: "change quantity in exponent notation", frame: change(["buy", "77.45", "1E-8"]), code: M, reason: "changes[0][2]" },
  { name: "change quantity Infinity", frame: change(["buy", "77.45", "Infinity"]), code: M, reason: "changes[0][2]" },
  { name: "change quantity empty", frame: change(["buy", "77.45", ""]), code: M, reason: "changes[0][2]" },
  { name: "a bad change after good ones (never applied partially)", frame: geminiUpdate({ changes: [["buy", "77.41", "1"], ["sell", "77.55", "2"], ["sell", "x", "2"]] }), code: M, reason: "changes[2]" },
  { name: "trades not an array", frame: geminiUpdate({ trades: {} }), code: M, reason: "trades" },
  { name: "auction_events not an array", frame: geminiUpdate({ auction_events: "none" }), code: M, reason: "auction_events" },
  { name: "trade without a price", frame: JSON.stringify(trade({ price: undefined })), code: M, reason: "trade.price" },
  { name: "trade side short", frame: JSON.stringify(trade({ side: "short" })), code: M, reason: "trade.side" },
  { name: "trade timestamp as a string", frame: JSON.stringify(trade({ timestamp: "1786313193000" })), code: M, reason: "trade.timestamp" },
  { name: "trade quantity negative", frame: JSON.stringify(trade({ quantity: "-1" })), code: M, reason: "trade.quantity" },
  { name: "trade tid as a string", frame: JSON.stringify(trade({ tid: "12" })), code: M, reason: "trade.tid" },
  { name: "heartbeat timestamp as a string", frame: '{"type":"heartbeat","timestamp":"now"}', code: M, reason: "heartbeat.timestamp" },
  { name: "heartbeat timestamp negative", frame: '{"type":"heartbeat","timestamp":-5}', code: M, reason: "heartbeat.timestamp" },
  { name: "error frame without a message", frame: '{"type":"error","code":7}', code: M, reason: "error frame" },
  { name: "__proto__ smuggling the type", frame: '{"__proto__":{"type":"l2_updates"},"symbol":"SOLUSD","changes":[]}', code: M, reason: "unknown type" },
  { name: "absurd quantity (10^30)", frame: change(["buy", "77.45", `1${"0".repeat(30)}`]), code: "BOOK_LEVEL_INVALID" },
  { name: "price with 40 decimals", frame: change(["buy", `77.${"4".repeat(40)}`, "1"]), code: "BOOK_LEVEL_INVALID" },
  { name: "a bid above the best ask (crossed book)", frame: change(["buy", "77.60", "1"]), code: "BOOK_CROSSED" },
];
