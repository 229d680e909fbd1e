/**
 * Bad configuration files, one row per case. `edit` changes a full, valid configuration (the starter config
 * with every default written out) or `raw` replaces the file's text; `path` is the key path the error must
 * name (`CONFIG_INVALID` context `path`), `says` a piece of the message a person reads.
 */
export interface ConfigCase {
  readonly name: string;
  readonly edit?: (config: Record<string, unknown>) => void;
  readonly raw?: string;
  /** File name (the extension picks JSON or YAML). @default "arb.json" */
  readonly file?: string;
  readonly path: string;
  readonly says?: string;
}

type Obj = Record<string, unknown>;

/** Sets (or with `undefined`, deletes) the value at a dotted path with `[i]` indexes. */
export function setAt(root: Obj, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, ".$1").split(".");
  let node: Obj = root;
  for (const key of keys.slice(0, -1)) node = node[key] as Obj;
  const last = keys[keys.length - 1] as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

const set = (path: string, value: unknown) => (c: Obj) => setAt(c, path, value);

export const CONFIG_CASES: readonly ConfigCase[] = [
  // structure
  { name: "no pairs", edit: set("pairs", []), path: "pairs", says: "at least 1" },
  { name: "pairs missing", edit: set("pairs", undefined), path: "pairs" },
  { name: "pairs is an object", edit: set("pairs", { id: "SOL-USD" }), path: "pairs", says: "array" },
  { name: "venues missing", edit: set("venues", undefined), path: "venues" },
  { name: "venues is a list", edit: set("venues", ["coinbase", "gemini"]), path: "venues" },
  { name: "unknown top-level key (typo)", edit: set("venus", {}), path: "(root)", says: "unknown key" },
  { name: "unknown key in a venue (an API key must never be configurable)", edit: set("venues.coinbase.apiKey", "abc"), path: "venues.coinbase", says: "apiKey" },
  { name: "unknown key in risk (typo)", edit: set("risk.maxPositionUSD", "1000"), path: "risk", says: "maxPositionUSD" },
  { name: "unknown key in a pair", edit: set("pairs[0].maxsize", "50"), path: "pairs[0]", says: "maxsize" },
  // pairs
  { name: "pair id with spaces", edit: set("pairs[0].id", "SOL USD"), path: "pairs[0].id" },
  { name: "base decimals as a string", edit: set("pairs[0].base.decimals", "9"), path: "pairs[0].base.decimals", says: "number" },
  { name: "base decimals too large", edit: set("pairs[0].base.decimals", 30), path: "pairs[0].base.decimals", says: "18" },
  { name: "base decimals fractional", edit: set("pairs[0].base.decimals", 8.5), path: "pairs[0].base.decimals" },
  { name: "a pair without CEX venues", edit: set("pairs[0].cex", []), path: "pairs[0].cex" },
  { name: "unsupported CEX venue", edit: set("pairs[0].cex[0].venue", "binance"), path: "pairs[0].cex[0].venue", says: "coinbase" },
  { name: "empty CEX symbol", edit: set("pairs[0].cex[0].symbol", ""), path: "pairs[0].cex[0].symbol" },
  { name: "negative price increment", edit: set("pairs[0].cex[0].priceIncrement", "-0.01"), path: "pairs[0].cex[0].priceIncrement", says: "non-negative" },
  { name: "zero price increment", edit: set("pairs[0].cex[0].priceIncrement", "0"), path: "pairs[0].cex[0].priceIncrement", says: "positive" },
  { name: "size increment in exponent notation", edit: set("pairs[0].cex[0].sizeIncrement", "1e-8"), path: "pairs[0].cex[0].sizeIncrement", says: "exponent" },
  { name: "size increment as a float that prints in exponent notation", edit: set("pairs[0].cex[0].sizeIncrement", 1e-8), path: "pairs[0].cex[0].sizeIncrement" },
  { name: "quote decimals negative", edit: set("pairs[0].cex[0].quoteDecimals", -2), path: "pairs[0].cex[0].quoteDecimals" },
  { name: "pool address not base58", edit: set("pairs[0].pool.address", "0xdeadbeef"), path: "pairs[0].pool.address", says: "base58" },
  { name: "unsupported pool venue", edit: set("pairs[0].pool.venue", "raydium"), path: "pairs[0].pool.venue" },
  { name: "pool base token C", edit: set("pairs[0].pool.baseToken", "C"), path: "pairs[0].pool.baseToken" },
  { name: "max size zero", edit: set("pairs[0].maxSize", "0"), path: "pairs[0].maxSize", says: "positive" },
  { name: "max size missing", edit: set("pairs[0].maxSize", undefined), path: "pairs[0].maxSize" },
  { name: "min size NaN", edit: set("pairs[0].minSize", "NaN"), path: "pairs[0].minSize" },
  { name: "min size above max size (impossible)", edit: (c) => (setAt(c, "pairs[0].minSize", "100"), setAt(c, "pairs[0].maxSize", "50")), path: "pairs[0].minSize" },
  // venues
  { name: "negative Coinbase taker fee", edit: set("venues.coinbase.takerFeeBps", "-5"), path: "venues.coinbase.takerFeeBps", says: "non-negative" },
  { name: "negative Gemini taker fee as a number", edit: set("venues.gemini.takerFeeBps", -40), path: "venues.gemini.takerFeeBps" },
  { name: "taker fee above 100 % (impossible)", edit: set("venues.coinbase.takerFeeBps", "20000"), path: "venues.coinbase.takerFeeBps" },
  { name: "venue enabled as a string", edit: set("venues.gemini.enabled", "yes"), path: "venues.gemini.enabled", says: "boolean" },
  { name: "Coinbase URL over http", edit: set("venues.coinbase.url", "https://advanced-trade-ws.coinbase.com"), path: "venues.coinbase.url", says: "wss://" },
  { name: "Gemini URL not a URL", edit: set("venues.gemini.url", "api.gemini.com"), path: "venues.gemini.url" },
  { name: "no Solana RPC endpoint", edit: set("venues.orca.rpc", []), path: "venues.orca.rpc" },
  { name: "RPC endpoint over ftp", edit: set("venues.orca.rpc[0].http", "ftp://rpc.example.com"), path: "venues.orca.rpc[0].http" },
  { name: "unknown commitment", edit: set("venues.orca.commitment", "final"), path: "venues.orca.commitment", says: "confirmed" },
  { name: "priority fee percentile 150", edit: set("venues.orca.priorityFeePercentile", 150), path: "venues.orca.priorityFeePercentile", says: "100" },
  { name: "compute units zero", edit: set("venues.orca.computeUnits", 0), path: "venues.orca.computeUnits" },
  // signal and risk: impossible limits
  { name: "negative minimum edge", edit: set("signal.minNetEdgeBps", "-10"), path: "signal.minNetEdgeBps" },
  { name: "negative slippage buffer", edit: set("signal.slippageBufferBps", "-1"), path: "signal.slippageBufferBps" },
  { name: "max book age zero", edit: set("signal.maxBookAgeMs", 0), path: "signal.maxBookAgeMs" },
  { name: "max pool age negative", edit: set("signal.maxPoolAgeMs", -5000), path: "signal.maxPoolAgeMs" },
  { name: "inventory usage above 1", edit: set("signal.maxInventoryUsage", "1.5"), path: "signal.maxInventoryUsage", says: "1" },
  { name: "USD per USDC zero", edit: set("signal.usdPerUsdc", "0"), path: "signal.usdPerUsdc" },
  { name: "max position zero", edit: set("risk.maxPositionUsd", "0"), path: "risk.maxPositionUsd", says: "positive" },
  { name: "max position negative", edit: set("risk.maxPositionUsd", "-1000"), path: "risk.maxPositionUsd" },
  { name: "daily loss limit negative", edit: set("risk.dailyLossLimitUsd", "-500"), path: "risk.dailyLossLimitUsd" },
  { name: "zero consecutive losses allowed", edit: set("risk.maxConsecutiveLosses", 0), path: "risk.maxConsecutiveLosses" },
  { name: "fractional consecutive losses", edit: set("risk.maxConsecutiveLosses", 2.5), path: "risk.maxConsecutiveLosses" },
  { name: "slot lag negative", edit: set("risk.maxSlotLag", -1), path: "risk.maxSlotLag" },
  { name: "negative starting balance", edit: set("inventory.balances.coinbase.SOL", "-20"), path: "inventory.balances.coinbase.SOL" },
  { name: "negative simulated latency", edit: set("execution.latencyMs.coinbase", -5), path: "execution.latencyMs.coinbase" },
  // server, journal, log
  { name: "port above 65535", edit: set("server.port", 70000), path: "server.port", says: "65535" },
  { name: "port as a string", edit: set("server.port", "9464"), path: "server.port", says: "number" },
  { name: "empty bind address", edit: set("server.host", ""), path: "server.host" },
  { name: "zero control requests per minute", edit: set("server.controlRequestsPerMinute", 0), path: "server.controlRequestsPerMinute" },
  { name: "journal synchronous OFF (would lose acknowledged records)", edit: set("journal.synchronous", "OFF"), path: "journal.synchronous", says: "FULL" },
  { name: "empty journal path", edit: set("journal.path", ""), path: "journal.path" },
  { name: "unknown log level", edit: set("log.level", "verbose"), path: "log.level", says: "info" },
  // the file itself
  { name: "a YAML list instead of a mapping", raw: "- pairs\n- venues\n", file: "arb.yaml", path: "(root)" },
  { name: "YAML syntax error", raw: "pairs:\n  - id: [unclosed\n", file: "arb.yaml", path: "(file)", says: "YAML" },
  { name: "JSON syntax error", raw: '{"pairs": [', file: "arb.json", path: "(file)", says: "JSON" },
  { name: "empty file", raw: "", file: "arb.yaml", path: "(root)" },
  { name: "a scalar", raw: "42\n", file: "arb.yaml", path: "(root)" },
];
