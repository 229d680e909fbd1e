/**
 * A URL safe to show: scheme, host and port only (paths and query strings of RPC providers carry API keys,
 * e.g. `https://mainnet.helius-rpc.com/?api-key=…`). Unparseable input becomes `"(invalid url)"`.
 *
 * @example
 * ```ts
 * redactUrl("https://rpc.example.com/v2/SECRET?api-key=x"); // "https://rpc.example.com/…"
 * ```
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    const hidden = u.pathname.length > 1 || u.search.length > 0 || u.username.length > 0;
    return `${u.protocol}//${u.host}${hidden ? "/…" : ""}`;
  } catch {
    return "(invalid url)";
  }
}
