import type { BookEvent, InstrumentId, PoolStateEvent, SolanaCostEvent, StatusEvent } from "@arbkit/core";
import type { Opportunity } from "./Opportunity";
import type { PairingEvaluation } from "./PairingEvaluation";

/**
 * The signal engine: keeps the latest book of every CEX venue and the latest state of every pool, and on
 * each update sizes every affected CEX venue × pool × direction exactly (see `docs/engines.md`).
 * Engines are independent values: two in one process share nothing.
 */
export interface SignalEngine {
  /** Stores a book event and evaluates its venue against the pool in both directions. */
  applyBook(event: BookEvent): readonly Opportunity[];
  /** Stores a pool state and evaluates every CEX venue of its pairs in both directions. */
  applyPool(event: PoolStateEvent): readonly Opportunity[];
  /** Records a connector status; only `live` inputs are used. */
  applyStatus(event: StatusEvent): void;
  /** Uses a Solana cost estimate (total lamports) for its pool from now on. */
  applySolanaCost(event: SolanaCostEvent): void;
  /**
   * Sets the CEX-currency price of the pool quote token (USD per USDC) from a live feed.
   * @throws ArbError `CONFIG_INVALID` for a malformed rate.
   */
  setConversionRate(rate: string): void;
  /**
   * Marks the state of `pool` at `slot` (and earlier) as used by a trade: until a state from a later slot
   * arrives, evaluations against it size nothing and report `poolStateUsed`. A paper swap does not move the
   * real pool, so without this every later book update would re-find the mispricing the trade already took
   * (the risk gate would deny it: `POOL_STATE_USED`). The composed engine calls it when a trade starts.
   */
  markPoolStateUsed(pool: InstrumentId, slot: number): void;
  /** Re-evaluates every pairing now (e.g. after a balance change). */
  evaluateAll(): readonly Opportunity[];
  /** The latest evaluation of every pairing, in configuration order. */
  getEvaluations(): readonly PairingEvaluation[];
}
