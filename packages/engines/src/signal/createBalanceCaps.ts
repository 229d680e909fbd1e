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
 * engine evaluates on every book update, balances change only on fills), and the scaled balances they come
 * from until the revision changes (a new network fee only redoes the bigint arithmetic). Decimal → integer
 * conversions are cached per balance and scale (shared by all pairings) until the balance object changes,
 * so an unchanged balance costs one lookup in the inventory and an identity comparison.
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
  // One slot per balance and scale, shared by every pairing that reads it: the last value converted.
  const slots = new Map<string, BalanceSlot>();
  const slotOf = (venue: VenueId, asset: AssetSymbol, decimals: number): BalanceSlot => {
    const key = `${venue}|${asset}|${decimals}`;
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = { venue, asset, decimals, value: undefined, scaled: 0n };
      slots.set(key, slot);
    }
    return slot;
  };
  const scaled = (slot: BalanceSlot): bigint | undefined => {
    const value = inventory?.available(slot.venue, slot.asset);
    if (value === undefined) return undefined;
    if (slot.value === value) return slot.scaled;
    const raw = decimalToScaledFloor(value, slot.decimals);
    slot.scaled = raw <= 0n ? 0n : (raw * fraction.num) / fraction.den;
    slot.value = value;
    return slot.scaled;
  };
  // What each pairing and direction reads, resolved once.
  const plans = new Map<PairModel, (BalancePlan | undefined)[]>();
  const planOf = (m: PairModel, i: number, direction: Direction): BalancePlan => {
    let row = plans.get(m);
    if (row === undefined) {
      row = [];
      plans.set(m, row);
    }
    const k = 2 * i + (direction === "cexToPool" ? 0 : 1);
    let plan = row[k];
    if (plan === undefined) {
      const cex = m.cex[i]!.instrument;
      const base = m.pool.base.symbol;
      const buyCex = direction === "cexToPool";
      plan = {
        buyCex,
        wallet: slotOf(m.pool.venue, base, m.baseDecimals),
        cexBase: buyCex ? undefined : slotOf(cex.venue, base, m.baseDecimals),
        quote: buyCex ? slotOf(cex.venue, cex.quote.symbol, m.valueDecimals) : slotOf(m.pool.venue, m.pool.quote.symbol, m.quoteDecimals),
        maxNotional: parseScaled(maxNotional, m.valueDecimals),
      };
      row[k] = plan;
    }
    return plan;
  };
  // The balances one pairing and direction reads, scaled (they depend on the inventory only).
  const balancesOf = (m: PairModel, i: number, direction: Direction): ScaledBalances => {
    const plan = planOf(m, i, direction);
    return {
      buyCex: plan.buyCex,
      wallet: scaled(plan.wallet),
      cexBase: plan.cexBase === undefined ? undefined : scaled(plan.cexBase),
      quoteAvailable: scaled(plan.quote),
      maxNotional: plan.maxNotional,
    };
  };
  const capsOf = (m: PairModel, b: ScaledBalances, networkLamports: bigint): BalanceCaps => {
    const { buyCex, wallet } = b;
    // Lamports the wallet can sell into the pool once the network fees are set aside.
    const sellable = wallet === undefined ? undefined : wallet - reserve * networkLamports;
    const baseAtoms = buyCex ? sellable : b.cexBase;
    let maxLots = baseAtoms === undefined ? Number.MAX_SAFE_INTEGER : baseAtoms <= 0n ? 0 : Number(baseAtoms / m.lotAtoms);
    if (!buyCex && wallet !== undefined && wallet < networkLamports) maxLots = 0;
    return { maxLots, quoteAvailable: b.quoteAvailable, maxNotional: b.maxNotional };
  };
  const compute = (m: PairModel, i: number, direction: Direction, networkLamports: bigint): BalanceCaps =>
    capsOf(m, balancesOf(m, i, direction), networkLamports);
  const view = inventory;
  if (view?.revision === undefined) return compute;
  const memo = new Map<PairModel, (MemoEntry | undefined)[]>();
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
    if (hit !== undefined && hit.revision === revision) {
      if (hit.lamports === networkLamports) return hit.caps;
      // Only the network fee changed (a new Solana cost estimate): the scaled balances still hold.
      const caps = capsOf(m, hit.balances, networkLamports);
      row[k] = { revision, balances: hit.balances, lamports: networkLamports, caps };
      return caps;
    }
    const balances = balancesOf(m, i, direction);
    const caps = capsOf(m, balances, networkLamports);
    row[k] = { revision, balances, lamports: networkLamports, caps };
    return caps;
  };
}

/** The scaled balances behind one pairing and direction's caps (internal). */
interface ScaledBalances {
  /** Whether the CEX leg buys (`cexToPool`). */
  readonly buyCex: boolean;
  /** The pool venue's base (SOL) in atoms, times the usage fraction, or undefined when not tracked. */
  readonly wallet: bigint | undefined;
  /** The CEX venue's base in atoms, times the usage fraction (`poolToCex` only; else undefined). */
  readonly cexBase: bigint | undefined;
  /** Quote available to the buy leg, as in {@link BalanceCaps.quoteAvailable}. */
  readonly quoteAvailable: bigint | undefined;
  /** The notional cap in value units. */
  readonly maxNotional: bigint;
}

/** The last conversion of one balance at one scale (internal). */
interface BalanceSlot {
  readonly venue: VenueId;
  readonly asset: AssetSymbol;
  readonly decimals: number;
  /** The balance last converted (compared by identity: the inventory replaces a balance when it changes). */
  value: Decimal | undefined;
  /** Its atoms at `decimals`, times the usage fraction, rounded down (0 when not positive). */
  scaled: bigint;
}

/** The balances one pairing and direction reads, and its notional cap (internal). */
interface BalancePlan {
  readonly buyCex: boolean;
  readonly wallet: BalanceSlot;
  readonly cexBase: BalanceSlot | undefined;
  readonly quote: BalanceSlot;
  readonly maxNotional: bigint;
}

/** One cached result of a pairing and direction (internal). */
interface MemoEntry {
  readonly revision: number;
  readonly balances: ScaledBalances;
  readonly lamports: bigint;
  readonly caps: BalanceCaps;
}
