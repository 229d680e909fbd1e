/**
 * Encodes a Coinbase Advanced Trade (un)subscribe request for one channel (the venue wants one channel per
 * message). Public channels need no JWT.
 *
 * @example
 * ```ts
 * encodeCoinbaseSubscribe("subscribe", "level2", ["BTC-USD"]);
 * // '{"type":"subscribe","product_ids":["BTC-USD"],"channel":"level2"}'
 * ```
 */
export function encodeCoinbaseSubscribe(type: "subscribe" | "unsubscribe", channel: string, productIds: readonly string[]): string {
  return JSON.stringify({ type, product_ids: productIds, channel });
}
