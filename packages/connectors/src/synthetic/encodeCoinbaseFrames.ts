import type { SyntheticLevelChange } from "./createSyntheticBook";
import { formatScaledInteger } from "./formatScaledInteger";
import { formatGoTime, formatRfc3339Micros, formatRfc3339Nanos } from "./formatTimestamps";

/** Price and size scales of a Coinbase product in the generator (decimal places of the integer units). */
export interface CoinbaseScales {
  readonly priceScale: number;
  readonly sizeScale: number;
}

/**
 * Encodes one Coinbase Advanced Trade `l2_data` frame (`snapshot` or `update`) exactly as the venue
 * prints it: key order of the real frames, `"offer"` for asks, `"0"` for removals, no `client_id`.
 */
export function encodeCoinbaseL2Frame(
  kind: "snapshot" | "update",
  productId: string,
  changes: readonly SyntheticLevelChange[],
  scales: CoinbaseScales,
  sequenceNum: number,
  envelopeUs: number,
  eventUs: number,
  nanos: number,
): string {
  const eventTime = formatRfc3339Micros(eventUs);
  return JSON.stringify({
    channel: "l2_data",
    timestamp: formatRfc3339Nanos(envelopeUs, nanos),
    sequence_num: sequenceNum,
    events: [
      {
        type: kind,
        product_id: productId,
        updates: changes.map((c) => ({
          side: c.side === "bid" ? "bid" : "offer",
          event_time: eventTime,
          price_level: formatScaledInteger(c.price, scales.priceScale),
          new_quantity: formatScaledInteger(c.size, scales.sizeScale),
        })),
      },
    ],
  });
}

/** Encodes a Coinbase `heartbeats` frame (numeric `heartbeat_counter`, Go-formatted `current_time`). */
export function encodeCoinbaseHeartbeat(sequenceNum: number, envelopeUs: number, nanos: number, counter: number, uptimeSeconds: number): string {
  return JSON.stringify({
    channel: "heartbeats",
    timestamp: formatRfc3339Nanos(envelopeUs, nanos),
    sequence_num: sequenceNum,
    events: [{ current_time: formatGoTime(envelopeUs, nanos, uptimeSeconds), heartbeat_counter: counter }],
  });
}

/** Encodes a Coinbase `subscriptions` frame listing every active subscription. */
export function encodeCoinbaseSubscriptions(sequenceNum: number, envelopeUs: number, nanos: number, subscriptions: Readonly<Record<string, readonly string[]>>): string {
  return JSON.stringify({
    channel: "subscriptions",
    timestamp: formatRfc3339Nanos(envelopeUs, nanos),
    sequence_num: sequenceNum,
    events: [{ subscriptions }],
  });
}

/** Encodes the subscribe request a Coinbase client sends (one channel per message). */
export function encodeCoinbaseSubscribe(channel: string, productIds: readonly string[]): string {
  return JSON.stringify({ type: "subscribe", product_ids: productIds, channel });
}
