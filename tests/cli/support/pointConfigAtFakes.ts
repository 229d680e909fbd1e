/** Loopback endpoints of the fake venues; without `solana`, the Orca venue is disabled. */
export interface FakeEndpoints {
  readonly coinbase: string;
  readonly gemini: string;
  readonly solana?: { readonly http: string; readonly ws: string };
}

/**
 * Points a starter configuration (`arb-cli init`'s output, `STARTER_CONFIG_YAML`) at the loopback fakes, every
 * other setting as shipped. Throws when the starter config no longer has the lines it replaces.
 */
export function pointConfigAtFakes(yaml: string, endpoints: FakeEndpoints): string {
  const replacements: [string | RegExp, string][] = [
    ["url: wss://advanced-trade-ws.coinbase.com", `url: ${endpoints.coinbase}`],
    ["url: wss://api.gemini.com/v2/marketdata", `url: ${endpoints.gemini}`],
    endpoints.solana === undefined
      ? [/orca:\n    enabled: true/, "orca:\n    enabled: false"]
      : ['{ http: "https://api.mainnet-beta.solana.com", ws: "wss://api.mainnet-beta.solana.com" }', `{ http: "${endpoints.solana.http}", ws: "${endpoints.solana.ws}" }`],
  ];
  let out = yaml;
  for (const [from, to] of replacements) {
    const next = out.replace(from, to);
    if (next === out) throw new Error(`the starter config changed: ${String(from)} not found; point the test config at the fakes again`);
    out = next;
  }
  return out;
}
