import type { LevelChange } from "@arbkit/core";
import { createFrameMalformedError } from "../lifecycle/createFrameMalformedError";
import { isVenueDecimal, isVenuePrice } from "../lifecycle/isVenueDecimal";
import { parseFrameObject } from "../lifecycle/parseFrameObject";
import type { CoinbaseL2Event, CoinbaseMessage } from "./CoinbaseMessage";
import { decodeRfc3339Ms } from "./decodeRfc3339Ms";

/** Channels Coinbase sends that the connector reads only for their sequence number. */
const PASSIVE_CHANNELS = new Set(["ticker", "ticker_batch", "market_trades", "candles", "status", "level2"]);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Decodes and validates one raw Coinbase Advanced Trade frame through `JSON.parse`: any frame in any valid JSON
 * layout (the general path of {@link decodeCoinbaseFrame}). The whole frame is checked before anything is
 * returned, so a caller never applies half a frame. Hand-rolled rather than zod: the `l2_data` path handles
 * ~5 MB snapshots and hundreds of updates per second (see the P1-connector bench for the measured cost).
 *
 * Accepts what the real feed sends where it contradicts the docs: `heartbeat_counter` as number or string,
 * no `client_id`, ask side `"offer"`. Prices must be positive and sizes non-negative decimal strings in the
 * strict grammar (no exponent, `NaN`, sign or whitespace).
 *
 * @throws ArbError `FRAME_MALFORMED` (venue `coinbase`, a frame excerpt and the reason) for invalid JSON, a
 * wrong type anywhere, an unknown channel or a bad decimal.
 * @example
 * ```ts
 * const msg = decodeCoinbaseJson(raw);
 * if (msg.kind === "l2") for (const e of msg.events) console.log(e.productId, e.changes.length);
 * ```
 */
export function decodeCoinbaseJson(text: string): CoinbaseMessage {
  const fail = (reason: string): never => {
    throw createFrameMalformedError("coinbase", text, reason);
  };
  const value = parseFrameObject("coinbase", text);
  if (value.type === "error") {
    if (typeof value.message !== "string") return fail("error frame without a message string");
    const reason = value.reason;
    if (reason !== undefined && typeof reason !== "string") return fail("error.reason is not a string");
    return { kind: "error", message: value.message, reason };
  }
  const { channel, sequence_num: sequence, timestamp, events } = value;
  if (typeof channel !== "string") return fail("channel is not a string");
  if (typeof sequence !== "number" || !Number.isSafeInteger(sequence) || sequence < 0) return fail("sequence_num is not a non-negative integer");
  if (typeof timestamp !== "string") return fail("timestamp is not a string");
  const tsEvent = decodeRfc3339Ms(timestamp);
  if (tsEvent === undefined) return fail(`timestamp ${JSON.stringify(timestamp.slice(0, 40))} is not RFC 3339 UTC`);
  if (!Array.isArray(events)) return fail("events is not an array");
  switch (channel) {
    case "l2_data":
      return { kind: "l2", sequence, tsEvent, events: events.map((e, i) => decodeL2Event(e, i, fail)) };
    case "heartbeats": {
      const e = events[0];
      if (events.length !== 1 || !isObj(e)) return fail("heartbeats: expected one event");
      const raw = e.heartbeat_counter;
      // The docs show a string ("3049"); the 2026 feed sends a number (41691).
      const counter = typeof raw === "number" ? raw : typeof raw === "string" && /^\d{1,15}$/.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isSafeInteger(counter) || counter < 0) return fail("heartbeats: heartbeat_counter is not a non-negative integer");
      return { kind: "heartbeat", sequence, tsEvent, counter };
    }
    case "subscriptions": {
      const e = events[0];
      if (events.length !== 1 || !isObj(e) || !isObj(e.subscriptions)) return fail("subscriptions: expected one event with a subscriptions object");
      const subscriptions: Record<string, readonly string[]> = {};
      for (const [name, ids] of Object.entries(e.subscriptions)) {
        if (!Array.isArray(ids) || !ids.every((x) => typeof x === "string")) return fail(`subscriptions.${name} is not a string array`);
        subscriptions[name] = ids as string[];
      }
      return { kind: "subscriptions", sequence, tsEvent, subscriptions };
    }
    default:
      if (PASSIVE_CHANNELS.has(channel)) return { kind: "other", sequence, tsEvent, channel };
      return fail(`unknown channel ${JSON.stringify(channel.slice(0, 40))}`);
  }
}

function decodeL2Event(e: unknown, i: number, fail: (reason: string) => never): CoinbaseL2Event {
  if (!isObj(e)) return fail(`events[${i}] is not an object`);
  const { type, product_id: productId, updates } = e;
  if (type !== "snapshot" && type !== "update") return fail(`events[${i}].type must be snapshot or update`);
  if (typeof productId !== "string" || productId.length === 0) return fail(`events[${i}].product_id is not a string`);
  if (!Array.isArray(updates)) return fail(`events[${i}].updates is not an array`);
  const changes: LevelChange[] = new Array<LevelChange>(updates.length);
  for (let j = 0; j < updates.length; j++) {
    const u: unknown = updates[j];
    if (!isObj(u)) return fail(`events[${i}].updates[${j}] is not an object`);
    const side = u.side === "bid" ? "bid" : u.side === "offer" ? "ask" : undefined;
    if (side === undefined) return fail(`events[${i}].updates[${j}].side must be bid or offer`);
    const price = u.price_level;
    const size = u.new_quantity;
    if (!isVenuePrice(price)) return fail(`events[${i}].updates[${j}].price_level is not a positive decimal string`);
    if (!isVenueDecimal(size)) return fail(`events[${i}].updates[${j}].new_quantity is not a non-negative decimal string`);
    // Frozen here (and the array below), where the shape is known: the book event that carries it needs no walk.
    changes[j] = Object.freeze({ side, price, size });
  }
  return { type, productId, changes: Object.freeze(changes) };
}
