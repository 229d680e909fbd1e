import { redactUrl } from "./redactUrl";

/**
 * Builds a function that scrubs every secret-bearing part of the given endpoint URLs out of free text
 * (error messages from fetch, web3.js or sockets can echo a URL). Each full URL is replaced by its
 * {@link redactUrl} form; path segments, query values and user info longer than 3 characters are
 * replaced by `***` wherever they appear alone.
 *
 * @param urls The configured endpoint URLs (HTTP and WebSocket).
 * @example
 * ```ts
 * const redact = createSecretRedactor(["https://rpc.example/v2/KEY"]);
 * redact("fetch https://rpc.example/v2/KEY failed"); // "fetch https://rpc.example/*** failed"
 * ```
 */
export function createSecretRedactor(urls: readonly string[]): (text: string) => string {
  const replacements: [string, string][] = [];
  const secrets = new Set<string>();
  for (const url of urls) {
    replacements.push([url, redactUrl(url)]);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      secrets.add(url);
      continue;
    }
    for (const part of [parsed.username, parsed.password, ...parsed.pathname.split("/"), ...parsed.searchParams.values()]) {
      const decoded = decodeURIComponent(part);
      if (decoded.length > 3) secrets.add(decoded);
      if (part.length > 3) secrets.add(part);
    }
  }
  // Longest first, so a secret that contains another is removed whole.
  replacements.sort((a, b) => b[0].length - a[0].length);
  const ordered = [...secrets].sort((a, b) => b.length - a.length);
  return (text: string): string => {
    let out = text;
    for (const [from, to] of replacements) out = out.split(from).join(to);
    for (const secret of ordered) out = out.split(secret).join("***");
    return out;
  };
}
