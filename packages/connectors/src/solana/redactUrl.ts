/**
 * Removes what may be a secret from an endpoint URL so it can be logged: user info is dropped, every path
 * segment after the host becomes `***` (providers put keys there, e.g. `/v2/<key>`), and every query value
 * becomes `***` (e.g. `?api-key=***`). Scheme, host and port stay, so people can still tell endpoints apart.
 * Text that is not a URL is replaced whole by `***`.
 *
 * @example
 * ```ts
 * redactUrl("https://mainnet.helius-rpc.com/?api-key=abc"); // "https://mainnet.helius-rpc.com/?api-key=***"
 * redactUrl("https://x.alchemy.com/v2/KEY"); // "https://x.alchemy.com/***"
 * ```
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "***";
  }
  const path = parsed.pathname === "/" || parsed.pathname === "" ? "/" : "/***";
  const keys = [...parsed.searchParams.keys()];
  const query = keys.length === 0 ? "" : `?${keys.map((k) => `${encodeURIComponent(k)}=***`).join("&")}`;
  return `${parsed.protocol}//${parsed.host}${path}${query}`;
}
