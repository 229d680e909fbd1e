import type { Decimal } from "decimal.js";
import type { AssetSymbol, VenueId } from "@arbkit/core";

/**
 * Read access to available balances, so the signal engine can cap sizes by inventory. The paper
 * inventory ({@link createInventory}) implements it; return `undefined` for "not tracked" (no cap).
 */
export interface InventoryView {
  /** Available amount of `asset` at `venue`, in asset units (exact), or `undefined` when not tracked. */
  available(venue: VenueId, asset: AssetSymbol): Decimal | undefined;
  /**
   * A number that changes whenever any available balance changes (e.g. a counter). When present, readers
   * may cache what they derive from balances until it changes (the signal engine's size caps do, once per
   * pairing and direction); when absent, balances are read on every evaluation.
   */
  readonly revision?: number;
}
