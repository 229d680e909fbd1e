import type { LevelChange } from "@arbkit/core";
import { createFrameMalformedError } from "../lifecycle/createFrameMalformedError";
import { isVenueDecimal, isVenuePrice } from "../lifecycle/isVenueDecimal";
import { parseFrameObject } from "../lifecycle/parseFrameObject";
import type { GeminiMessage, GeminiTrade } from "./GeminiMessage";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const TID = /"tid"\s*:\s*(\d+)/g;

/**
 * Decodes and validates one raw Gemini market data v2 frame (`l2_updates`, `trade`, `heartbeat`, `error`)
 * through `JSON.parse`: any frame in any valid JSON layout (the general path of {@link decodeGeminiFrame}).
 * Keys may arrive in any order; a removal is any zero quantity (`"0"` in 2021, `"0.0"` in 2026). Trade ids
 * are read from the raw text, because `JSON.parse` would round ids above 2^53 (2021 trades have no `tid`:
 * their `event_id` is used). `initial` marks the first frame of a subscription (it carries `trades` or
 * `auction_events`). The whole frame is checked
 * before anything is returned.
 *
 * @throws ArbError `FRAME_MALFORMED` (venue `gemini`, a frame excerpt and the reason) for invalid JSON, an
 * unknown `type`, a wrong type anywhere or a bad decimal (`"1e-8"`, `"NaN"`, negative).
 * @example
 * ```ts
 * const msg = decodeGeminiJson('{"changes":[["sell","77.433","0.0"]],"symbol":"SOLUSD","type":"l2_updates"}');
 * // { kind: "l2", symbol: "SOLUSD", changes: [{ side: "ask", price: "77.433", size: "0.0" }], trades: [] }
 * ```
 */
export function decodeGeminiJson(text: string): GeminiMessage {
  const fail = (reason: string): never => {
    throw createFrameMalformedError("gemini", text, reason);
  };
  const value = parseFrameObject("gemini", text);
  switch (value.type) {
    case "l2_updates": {
      const { symbol, changes, trades, auction_events: auctions } = value;
      if (typeof symbol !== "string" || symbol.length === 0) return fail("symbol is not a string");
      if (!Array.isArray(changes)) return fail("changes is not an array");
      if (auctions !== undefined && !Array.isArray(auctions)) return fail("auction_events is not an array");
      const out: LevelChange[] = new Array<LevelChange>(changes.length);
      for (let i = 0; i < changes.length; i++) {
        const c: unknown = changes[i];
        if (!Array.isArray(c) || c.length !== 3) return fail(`changes[${i}] is not a [side, price, quantity] triple`);
        const side = c[0] === "buy" ? "bid" : c[0] === "sell" ? "ask" : undefined;
        if (side === undefined) return fail(`changes[${i}][0] must be buy or sell`);
        if (!isVenuePrice(c[1])) return fail(`changes[${i}][1] is not a positive decimal string`);
        if (!isVenueDecimal(c[2])) return fail(`changes[${i}][2] is not a non-negative decimal string`);
        // Frozen here (and the array below), where the shape is known: the book event that carries it needs no walk.
        out[i] = Object.freeze({ side, price: c[1], size: c[2] });
      }
      if (trades !== undefined && !Array.isArray(trades)) return fail("trades is not an array");
      const list: unknown[] = trades ?? [];
      const ids = rawTradeIds(text, list.length);
      return {
        kind: "l2",
        symbol,
        changes: Object.freeze(out),
        trades: list.map((t, i) => decodeTrade(t, ids[i], `trades[${i}]`, fail)),
        initial: trades !== undefined || auctions !== undefined,
      };
    }
    case "trade": {
      return { kind: "trade", trade: decodeTrade(value, rawTradeIds(text, 1)[0], "trade", fail) };
    }
    case "heartbeat": {
      const ts = value.timestamp;
      if (typeof ts !== "number" || !Number.isSafeInteger(ts) || ts < 0) return fail("heartbeat.timestamp is not an integer (Unix ms)");
      return { kind: "heartbeat", timestamp: ts };
    }
    case "error": {
      const message = value.message ?? value.reason;
      if (typeof message !== "string") return fail("error frame without a message string");
      return { kind: "error", message, reason: typeof value.reason === "string" ? value.reason : undefined };
    }
    default:
      return fail(`unknown type ${JSON.stringify(String(value.type).slice(0, 40))}`);
  }
}

/** The `tid` digits as written in the raw text, when there is exactly one per trade (else none). */
function rawTradeIds(text: string, count: number): readonly (string | undefined)[] {
  if (count === 0) return [];
  const ids = [...text.matchAll(TID)].map((m) => m[1] as string);
  return ids.length === count ? ids : [];
}

const safeId = (v: unknown): string | undefined => (typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? String(v) : undefined);

function decodeTrade(t: unknown, rawTid: string | undefined, where: string, fail: (reason: string) => never): GeminiTrade {
  if (!isObj(t)) return fail(`${where} is not an object`);
  const { symbol, price, quantity, side, timestamp } = t;
  if (typeof symbol !== "string" || symbol.length === 0) return fail(`${where}.symbol is not a string`);
  if (!isVenuePrice(price)) return fail(`${where}.price is not a positive decimal string`);
  if (!isVenueDecimal(quantity)) return fail(`${where}.quantity is not a non-negative decimal string`);
  if (side !== "buy" && side !== "sell") return fail(`${where}.side must be buy or sell`);
  if (typeof timestamp !== "number" || !Number.isSafeInteger(timestamp) || timestamp < 0) return fail(`${where}.timestamp is not an integer (Unix ms)`);
  if (t.tid !== undefined && typeof t.tid !== "number") return fail(`${where}.tid is not an integer`);
  if (t.event_id !== undefined && typeof t.event_id !== "number") return fail(`${where}.event_id is not an integer`);
  // 2026 trades carry `tid` (above 2^53: read from the raw text); 2021 trades only `event_id`.
  const tradeId = rawTid ?? safeId(t.tid) ?? safeId(t.event_id);
  return { symbol, price, quantity, side, tradeId, timestamp };
}
