import type { UnixMs, VenueId } from "@arbkit/core";
import type { Direction } from "./Direction";
import type { EvaluatedSize } from "./EvaluatedSize";
import type { NoOpportunityReason } from "./findBestSize";
import type { SignalEngine } from "./SignalEngine";

/**
 * Why a pairing produced what it did at its last evaluation: `opportunity`, a sizing reason, or an input
 * problem: `missingInput` (no book or pool yet), `notLive` (status not live), `stale` (too old), or
 * `poolStateUsed` (a trade already used this pool state; see {@link SignalEngine.markPoolStateUsed}).
 */
export type EvaluationOutcome = "opportunity" | NoOpportunityReason | "missingInput" | "notLive" | "stale" | "poolStateUsed";

/** The last decision for one CEX venue × pool × direction (what the CLI shows as the current edge). */
export interface PairingEvaluation {
  /** Pair id. */
  readonly pair: string;
  /** The CEX venue. */
  readonly venue: VenueId;
  /** The direction. */
  readonly direction: Direction;
  /** When it was evaluated (Unix ms). */
  readonly tsDecision: UnixMs;
  /** What came out. */
  readonly outcome: EvaluationOutcome;
  /** The opportunity's id when one was emitted. */
  readonly opportunityId: string | undefined;
  /**
   * The profit-maximizing size the search evaluated, with its exact net PnL and edge (negative or
   * below the threshold included; no extra quote is made for it). `undefined` when no size was
   * evaluated: an input problem, `poolStateUsed`, `noCapacity`, or `noEdge` (screened out at the touch, unless the
   * engine's `screenAtTouch` is off).
   */
  readonly best: EvaluatedSize | undefined;
}
