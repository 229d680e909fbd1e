import type { Decimal } from "decimal.js";
import { parseScaled, type AssetSymbol, type VenueId } from "@arbkit/core";
import { decimalToScaledFloor } from "../math/decimalToScaledFloor";
import { parseRatio } from "../math/Ratio";
import type { Direction } from "./Direction";
import type { InventoryView } from "./InventoryView";
import type { PairModel } from "./PairModel";

/** Size limits of one pairing and direction at one instant (internal). */
export interface BalanceCaps {
  /** Largest size in lots the base balance allows. */
  readonly maxLots: number;
  /** Quote available to the buy leg (value units for a CEX buy, quote atoms for a pool buy), or undefined. */
  readonly quoteAvailable: bigint | undefined;
  /** Largest CEX notional in value units. */
  readonly maxNotional: bigint;
}

/**
 * Builds the function that turns balances (times the usage fraction, rounded down) and the notional cap
 * into {@link BalanceCaps}. Decimal → integer conversions are cached per balance object, so unchanged
 * balances cost a map lookup.
 */
export function createBalanceCaps(
  inventory: InventoryView | undefined,
  usage: string,
  maxNotional: string,
): (m: PairModel, i: number, direction: Direction) => BalanceCaps {
  const fraction = parseRatio(usage, "maxInventoryUsage");
  const notional = new Map<PairModel, bigint>();
  const cache = new Map<string, { readonly value: Decimal; readonly scaled: bigint }>();
  const scaled = (venue: VenueId, asset: AssetSymbol, decimals: number): bigint | undefined => {
    const value = inventory?.available(venue, asset);
    if (value === undefined) return undefined;
    const key = `${venue}|${asset}|${decimals}`;
    const hit = cache.get(key);
    if (hit !== undefined && hit.value === value) return hit.scaled;
    const raw = decimalToScaledFloor(value, decimals);
    const s = raw <= 0n ? 0n : (raw * fraction.num) / fraction.den;
    cache.set(key, { value, scaled: s });
    return s;
  };
  return (m, i, direction) => {
    let cap = notional.get(m);
    if (cap === undefined) {
      cap = parseScaled(maxNotional, m.valueDecimals);
      notional.set(m, cap);
    }
    const cex = m.cex[i]!.instrument;
    const base = m.pool.base.symbol;
    const buyCex = direction === "cexToPool";
    const baseAtoms = buyCex ? scaled(m.pool.venue, base, m.baseDecimals) : scaled(cex.venue, base, m.baseDecimals);
    const quoteAvailable = buyCex
      ? scaled(cex.venue, cex.quote.symbol, m.valueDecimals)
      : scaled(m.pool.venue, m.pool.quote.symbol, m.quoteDecimals);
    const maxLots = baseAtoms === undefined ? Number.MAX_SAFE_INTEGER : Number(baseAtoms / m.lotAtoms);
    return { maxLots, quoteAvailable, maxNotional: cap };
  };
}
