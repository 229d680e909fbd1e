/** How the Orca connector prices one swap transaction (see `quoteSolanaSwapCost`). */
export interface OrcaCostOptions {
  /** Percentile (0–100) of recent prioritization fees to pay. @default 75 */
  readonly priorityFeePercentile?: number;
  /** Compute units budgeted for one Whirlpool swap transaction (a `swap_v2` crossing a few ticks uses ~100k). @default 150_000 */
  readonly computeUnits?: number;
  /** Signatures per transaction. @default 1 */
  readonly signatures?: number;
  /** Base fee per signature, lamports. @default 5000 */
  readonly lamportsPerSignature?: number;
}
