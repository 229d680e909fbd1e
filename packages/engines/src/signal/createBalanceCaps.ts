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
 * into {@link BalanceCaps}. With an inventory that has a `revision`, the caps of each pairing and direction
 * are cached until the revision or the network fee changes (most evaluations then cost one comparison: the
 * engine evaluates on every book update, balances change only on fills); otherwise Decimal → integer
 * conversions are cached per balance object, so unchanged balances cost a map lookup.
 *
 * The swap transaction's network fee (`networkLamports`, base + priority) is paid in SOL from the pool
 * venue's wallet whether the swap lands or fails, so it is reserved there in both directions: buying
 * from the pool (`poolToCex`) needs one fee in SOL up front (else `maxLots` is 0), and selling into the
 * pool (`cexToPool`) may use the wallet's SOL minus `feeReserve` fees (this transaction's and, by
 * default, the next one's, so that selling never leaves the wallet unable to pay for buying back). The
 * pair's base is SOL (checked by the pair model), so base atoms are lamports. The risk gate's needs
 * (`getLegNeeds`) count the one fee a trade actually pays.
 */
export function createBalanceCaps(
  inventory: InventoryView | undefined,
  usage: string,
  maxNotional: string,
  feeReserve: number,
): (m: PairModel, i: number, direction: Direction, networkLamports: bigint) => BalanceCaps {
  const reserve = BigInt(feeReserve);
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
  const compute = (m: PairModel, i: number, direction: Direction, networkLamports: bigint): BalanceCaps => {
    let cap = notional.get(m);
    if (cap === undefined) {
      cap = parseScaled(maxNotional, m.valueDecimals);
      notional.set(m, cap);
    }
    const cex = m.cex[i]!.instrument;
    const base = m.pool.base.symbol;
    const buyCex = direction === "cexToPool";
    const wallet = scaled(m.pool.venue, base, m.baseDecimals);
    // Lamports the wallet can sell into the pool once the network fees are set aside.
    const sellable = wallet === undefined ? undefined : wallet - reserve * networkLamports;
    const baseAtoms = buyCex ? sellable : scaled(cex.venue, base, m.baseDecimals);
    const quoteAvailable = buyCex
      ? scaled(cex.venue, cex.quote.symbol, m.valueDecimals)
      : scaled(m.pool.venue, m.pool.quote.symbol, m.quoteDecimals);
    let maxLots = baseAtoms === undefined ? Number.MAX_SAFE_INTEGER : baseAtoms <= 0n ? 0 : Number(baseAtoms / m.lotAtoms);
    if (!buyCex && wallet !== undefined && wallet < networkLamports) maxLots = 0;
    return { maxLots, quoteAvailable, maxNotional: cap };
  };
  const view = inventory;
  if (view?.revision === undefined) return compute;
  const memo = new Map<PairModel, ({ revision: number; lamports: bigint; caps: BalanceCaps } | undefined)[]>();
  return (m, i, direction, networkLamports) => {
    let row = memo.get(m);
    if (row === undefined) {
      row = [];
      memo.set(m, row);
    }
    const k = 2 * i + (direction === "cexToPool" ? 0 : 1);
    const revision = view.revision;
    if (revision === undefined) return compute(m, i, direction, networkLamports);
    const hit = row[k];
    if (hit !== undefined && hit.revision === revision && hit.lamports === networkLamports) return hit.caps;
    const caps = compute(m, i, direction, networkLamports);
    row[k] = { revision, lamports: networkLamports, caps };
    return caps;
  };
}
