import { ArbError } from "@arbkit/core";

/** Inputs of {@link quoteSolanaSwapCost}. */
export interface SolanaSwapCostInput {
  /** Recent prioritization fees (micro-lamports per CU) with their slots, e.g. from `getRecentPrioritizationFees`. */
  readonly fees: readonly { readonly slot: number; readonly fee: bigint }[];
  /** Percentile of the fees to pay, 0–100 (nearest rank). */
  readonly percentile: number;
  /** Compute units budgeted for the swap transaction. */
  readonly computeUnits: number;
  /** Signatures on the transaction. */
  readonly signatures: number;
  /** Base fee per signature in lamports (5000 on mainnet). */
  readonly lamportsPerSignature: number;
}

/** The cost of one swap transaction in lamports (see {@link quoteSolanaSwapCost}). */
export interface SolanaSwapCost {
  /** Chosen priority fee, micro-lamports per compute unit. */
  readonly priorityFeeMicroLamportsPerCu: bigint;
  /** `signatures × lamportsPerSignature`. */
  readonly baseFeeLamports: bigint;
  /** `ceil(priorityFee × computeUnits / 10⁶)`. */
  readonly priorityFeeLamports: bigint;
  /** Base plus priority fee. */
  readonly totalLamports: bigint;
  /** Number of fee samples. */
  readonly samples: number;
  /** Newest sample slot (0 without samples). */
  readonly slot: number;
}

const check = (name: string, value: number, ok: boolean): void => {
  if (!ok) throw new ArbError("ARGUMENT_INVALID", `${name} = ${value} is invalid`, { name, value, reason: "out of range" });
};

/**
 * Prices one swap transaction: the `percentile` (nearest rank over the sorted samples; no samples → 0) of
 * recent prioritization fees times the compute-unit budget, rounded up to whole lamports as the runtime
 * does, plus the base fee per signature. Exact: bigint throughout.
 *
 * @throws ArbError `ARGUMENT_INVALID` for a percentile outside 0–100 or a negative/non-integer budget.
 * @example
 * ```ts
 * quoteSolanaSwapCost({ fees: [{ slot: 1, fee: 1000n }], percentile: 75, computeUnits: 150_000, signatures: 1, lamportsPerSignature: 5000 });
 * // { priorityFeeLamports: 150n, baseFeeLamports: 5000n, totalLamports: 5150n, … }
 * ```
 */
export function quoteSolanaSwapCost(input: SolanaSwapCostInput): SolanaSwapCost {
  const { fees, percentile, computeUnits, signatures, lamportsPerSignature } = input;
  check("percentile", percentile, percentile >= 0 && percentile <= 100);
  check("computeUnits", computeUnits, Number.isSafeInteger(computeUnits) && computeUnits >= 0);
  check("signatures", signatures, Number.isSafeInteger(signatures) && signatures >= 1);
  check("lamportsPerSignature", lamportsPerSignature, Number.isSafeInteger(lamportsPerSignature) && lamportsPerSignature >= 0);
  const sorted = fees.map((f) => f.fee).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const rank = Math.max(1, Math.ceil((percentile / 100) * sorted.length));
  const priority = sorted.length === 0 ? 0n : (sorted[rank - 1] as bigint);
  const priorityFeeLamports = (priority * BigInt(computeUnits) + 999_999n) / 1_000_000n;
  const baseFeeLamports = BigInt(signatures) * BigInt(lamportsPerSignature);
  return Object.freeze({
    priorityFeeMicroLamportsPerCu: priority,
    baseFeeLamports,
    priorityFeeLamports,
    totalLamports: baseFeeLamports + priorityFeeLamports,
    samples: sorted.length,
    slot: fees.reduce((max, f) => Math.max(max, f.slot), 0),
  });
}
