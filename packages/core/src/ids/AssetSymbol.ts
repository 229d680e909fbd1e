import { ArbError } from "../errors/ArbError";
import type { Brand } from "./Brand";

/** An asset symbol in upper case: `SOL`, `USD`, `USDC`, `BTC`. */
export type AssetSymbol = Brand<string, "AssetSymbol">;

const ASSET_SYMBOL = /^[A-Z0-9][A-Z0-9.]{0,15}$/;

/** Whether `value` is a valid {@link AssetSymbol} (1–16 of `A-Z 0-9 .`, not starting with `.`). */
export function isAssetSymbol(value: unknown): value is AssetSymbol {
  return typeof value === "string" && ASSET_SYMBOL.test(value);
}

/**
 * Asserts that `value` is an {@link AssetSymbol}.
 * @throws ArbError `IDENTIFIER_INVALID`
 */
export function assertIsAssetSymbol(value: unknown): asserts value is AssetSymbol {
  if (!isAssetSymbol(value)) {
    throw new ArbError("IDENTIFIER_INVALID", `Not an asset symbol: ${JSON.stringify(value)}`, {
      kind: "AssetSymbol",
      value,
      reason: "expected 1-16 upper-case letters, digits or dots",
    });
  }
}

/**
 * Returns `value` as an {@link AssetSymbol}.
 * @throws ArbError `IDENTIFIER_INVALID`
 */
export function assetSymbol(value: string): AssetSymbol {
  assertIsAssetSymbol(value);
  return value;
}
