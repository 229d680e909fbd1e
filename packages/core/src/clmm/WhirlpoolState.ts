/** One tick slot of a tick array (88 per array). */
export interface TickState {
  /** Whether the tick is initialized (some position has it as a bound). */
  readonly initialized: boolean;
  /** Net liquidity change when crossing the tick left-to-right (i128). */
  readonly liquidityNet: bigint;
  /** Total liquidity referencing the tick (u128). */
  readonly liquidityGross: bigint;
}

/** A tick array: 88 consecutive tick slots starting at `startTickIndex` (a multiple of 88 × tick spacing). */
export interface TickArrayState {
  /** The first tick index covered by this array. */
  readonly startTickIndex: number;
  /** Exactly 88 slots; slot `i` is tick `startTickIndex + i × tickSpacing`. */
  readonly ticks: readonly TickState[];
}

/** The fields of a Whirlpool that the swap math reads. */
export interface WhirlpoolState {
  /** Tick spacing (1 … 32896; 32896 marks a splash pool). */
  readonly tickSpacing: number;
  /** Total swap fee in millionths (hundredths of a bip): 3000 = 0.3 %. */
  readonly feeRate: number;
  /** Share of the fee taken by the protocol, in basis points of the fee (1/10000). */
  readonly protocolFeeRate: number;
  /** Active liquidity (u128). */
  readonly liquidity: bigint;
  /** Current sqrt price, Q64.64 (u128). */
  readonly sqrtPrice: bigint;
  /** Current tick index. */
  readonly tickCurrentIndex: number;
}
