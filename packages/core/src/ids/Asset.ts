import { ArbError } from "../errors/ArbError";
import { type AssetSymbol, assertIsAssetSymbol } from "./AssetSymbol";

/** An asset: its symbol and the number of decimals of its smallest unit (SOL 9, USDC 6, USD 2). */
export interface Asset {
  readonly symbol: AssetSymbol;
  /** Decimals of the smallest unit: an integer in [0, 36]. */
  readonly decimals: number;
}

/** Whether `value` is a valid {@link Asset}. */
export function isAsset(value: unknown): value is Asset {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<Asset>;
  return (
    typeof v.symbol === "string" &&
    /^[A-Z0-9][A-Z0-9.]{0,15}$/.test(v.symbol) &&
    Number.isInteger(v.decimals) &&
    (v.decimals as number) >= 0 &&
    (v.decimals as number) <= 36
  );
}

/**
 * Asserts that `value` is an {@link Asset}.
 * @throws ArbError `IDENTIFIER_INVALID`
 */
export function assertIsAsset(value: unknown): asserts value is Asset {
  if (!isAsset(value)) {
    throw new ArbError("IDENTIFIER_INVALID", `Not an asset: ${JSON.stringify(value)}`, {
      kind: "Asset",
      value,
      reason: "expected { symbol: upper-case symbol, decimals: integer 0-36 }",
    });
  }
}

/**
 * Creates a frozen {@link Asset}.
 * @throws ArbError `IDENTIFIER_INVALID`
 * @example
 * ```ts
 * const SOL = createAsset("SOL", 9);
 * ```
 */
export function createAsset(symbol: string, decimals: number): Asset {
  assertIsAssetSymbol(symbol);
  const asset = { symbol, decimals };
  assertIsAsset(asset);
  return Object.freeze(asset);
}
