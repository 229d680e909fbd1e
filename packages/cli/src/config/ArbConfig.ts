import { z } from "zod";
import { isDecimalString, parseDecimal } from "@arbkit/core";
import { basisPointsField, decimalField, fractionField, positiveDecimalField } from "./decimalField";

const url = (protocols: readonly string[]) =>
  z.string().refine((v) => {
    try {
      return protocols.includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, { message: `a URL starting with ${protocols.map((p) => `${p}//`).join(" or ")}` });

const cexPairLeg = z.strictObject({
  /** Venue id: `coinbase` or `gemini`. */
  venue: z.enum(["coinbase", "gemini"]),
  /** The venue's symbol, e.g. `SOL-USD` (Coinbase), `SOLUSD` (Gemini). */
  symbol: z.string().min(1),
  /** Quote asset and its decimals (USD, 2). */
  quote: z.string().min(1).default("USD"),
  quoteDecimals: z.number().int().min(0).max(18).default(2),
  priceIncrement: positiveDecimalField,
  sizeIncrement: positiveDecimalField,
});

const pair = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._/-]+$/, { message: "letters, digits and . _ / -" }),
  base: z.strictObject({ symbol: z.string().min(1), decimals: z.number().int().min(0).max(18) }),
  cex: z.array(cexPairLeg).min(1, { message: "at least one CEX venue" }),
  pool: z.strictObject({
    venue: z.literal("orca"),
    address: z.string().regex(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/, { message: "a base58 account address" }),
    quote: z.string().min(1).default("USDC"),
    quoteDecimals: z.number().int().min(0).max(18).default(6),
    /** Which pool token is the base. */
    baseToken: z.enum(["A", "B"]).default("A"),
  }),
  minSize: positiveDecimalField.optional(),
  maxSize: positiveDecimalField,
}).superRefine((p, ctx) => {
  // zod runs this even when a size failed its own (refinement) check, which has reported it: skip those.
  const { minSize, maxSize } = p;
  if (minSize === undefined || !isDecimalString(minSize) || !isDecimalString(maxSize)) return;
  if (parseDecimal(minSize, { allowNegative: true }).gt(maxSize)) {
    ctx.addIssue({ code: "custom", path: ["minSize"], input: minSize, message: `≤ maxSize (${maxSize}): no trade size could satisfy both` });
  }
});

const coinbase = z.strictObject({
  enabled: z.boolean().default(true),
  url: url(["wss:", "ws:"]).default("wss://advanced-trade-ws.coinbase.com"),
  takerFeeBps: basisPointsField.default("60"),
});

const gemini = z.strictObject({
  enabled: z.boolean().default(true),
  url: url(["wss:", "ws:"]).default("wss://api.gemini.com/v2/marketdata"),
  takerFeeBps: basisPointsField.default("40"),
});

const rpcEndpoint = z.strictObject({ http: url(["https:", "http:"]), ws: url(["wss:", "ws:"]).optional() });

const orca = z.strictObject({
  enabled: z.boolean().default(true),
  /** Ordered RPC endpoints; an `ARB_SOLANA_RPC_URL` from the environment is tried first. */
  rpc: z.array(rpcEndpoint).min(1).default([{ http: "https://api.mainnet-beta.solana.com", ws: "wss://api.mainnet-beta.solana.com" }]),
  commitment: z.enum(["processed", "confirmed", "finalized"]).default("confirmed"),
  computeUnits: z.number().int().positive().default(200_000),
  priorityFeePercentile: z.number().min(0).max(100).default(75),
});

/** The zod schema of the arb-cli configuration file (YAML or JSON). Unknown keys are errors. */
export const arbConfigSchema = z.strictObject({
  pairs: z.array(pair).min(1, { message: "at least one pair" }),
  venues: z.strictObject({
    coinbase: coinbase.default(coinbase.parse({})),
    gemini: gemini.default(gemini.parse({})),
    orca: orca.default(orca.parse({})),
  }),
  signal: z
    .strictObject({
      minNetEdgeBps: decimalField.default("10"),
      slippageBufferBps: basisPointsField.default("0"),
      maxBookAgeMs: z.number().int().positive().default(2_000),
      maxPoolAgeMs: z.number().int().positive().default(5_000),
      usdPerUsdc: positiveDecimalField.default("1"),
      maxInventoryUsage: fractionField.default("1"),
    })
    .default({ minNetEdgeBps: "10", slippageBufferBps: "0", maxBookAgeMs: 2_000, maxPoolAgeMs: 5_000, usdPerUsdc: "1", maxInventoryUsage: "1" }),
  risk: z
    .strictObject({
      maxPositionUsd: positiveDecimalField.default("1000"),
      dailyLossLimitUsd: positiveDecimalField.default("500"),
      maxConsecutiveLosses: z.number().int().positive().default(5),
      maxSlotLag: z.number().int().positive().default(10),
    })
    .default({ maxPositionUsd: "1000", dailyLossLimitUsd: "500", maxConsecutiveLosses: 5, maxSlotLag: 10 }),
  inventory: z
    .strictObject({
      /** Starting paper balances: venue → asset → amount. */
      balances: z.record(z.string(), z.record(z.string(), decimalField)).default({}),
      rebalanceThreshold: decimalField.default("0.25"),
    })
    .default({ balances: {}, rebalanceThreshold: "0.25" }),
  execution: z
    .strictObject({
      /** Simulated order round trip per venue, ms. */
      latencyMs: z.record(z.string(), z.number().int().nonnegative()).default({ coinbase: 150, gemini: 200, orca: 900 }),
      dexSlippageBps: basisPointsField.default("50"),
    })
    .default({ latencyMs: { coinbase: 150, gemini: 200, orca: 900 }, dexSlippageBps: "50" }),
  server: z
    .strictObject({
      host: z.string().min(1).default("127.0.0.1"),
      port: z.number().int().min(0).max(65_535).default(9_464),
      controlRequestsPerMinute: z.number().int().positive().default(10),
    })
    .default({ host: "127.0.0.1", port: 9_464, controlRequestsPerMinute: 10 }),
  journal: z
    .strictObject({
      path: z.string().min(1).default("arbkit-journal.sqlite"),
      synchronous: z.enum(["FULL", "NORMAL"]).default("FULL"),
    })
    .default({ path: "arbkit-journal.sqlite", synchronous: "FULL" }),
  log: z.strictObject({ level: z.enum(["fatal", "error", "warn", "info", "debug", "trace"]).default("info") }).default({ level: "info" }),
});

/** A validated configuration (every default applied). Contains no secret: those come from the environment. */
export type ArbConfig = z.infer<typeof arbConfigSchema>;
/** One configured pair. */
export type ArbPairConfig = ArbConfig["pairs"][number];
