/**
 * Encodes a Gemini market data v2 (un)subscribe request for the `l2` feed of `symbols`.
 *
 * @example
 * ```ts
 * encodeGeminiSubscribe("subscribe", ["SOLUSD", "BTCUSD"]);
 * // '{"type":"subscribe","subscriptions":[{"name":"l2","symbols":["SOLUSD","BTCUSD"]}]}'
 * ```
 */
export function encodeGeminiSubscribe(type: "subscribe" | "unsubscribe", symbols: readonly string[]): string {
  return JSON.stringify({ type, subscriptions: [{ name: "l2", symbols }] });
}
