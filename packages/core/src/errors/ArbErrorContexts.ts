/**
 * The typed context carried by each {@link ArbError} code. One entry per stable code; a code is never
 * renamed or reused. Add a code by adding an entry here (the file is the registry of every code).
 */
export interface ArbErrorContexts {
  /** A decimal string did not match the strict venue grammar (`-?digits[.digits]`, no exponent). */
  DECIMAL_INVALID: { readonly input: string; readonly reason: string };
  /** A decimal value has more fractional digits than the scale it must be stored at. */
  DECIMAL_PRECISION_EXCEEDED: { readonly input: string; readonly scale: number };
  /** A decimal value scaled to an integer does not fit the target (e.g. above `Number.MAX_SAFE_INTEGER`). */
  DECIMAL_OUT_OF_RANGE: { readonly input: string; readonly scale: number; readonly max: string };
  /** A value did not satisfy a branded identifier's rules. */
  IDENTIFIER_INVALID: { readonly kind: string; readonly value: unknown; readonly reason: string };
  /** The test clock was asked to move backwards. */
  CLOCK_BACKWARDS: { readonly now: number; readonly requested: number };
  /** A timer delay was negative, NaN or infinite. */
  CLOCK_DELAY_INVALID: { readonly delayMs: number };
  /** An order book's best bid is at or above its best ask. */
  BOOK_CROSSED: { readonly instrument: string; readonly bestBid: string; readonly bestAsk: string };
  /** A level update was not acceptable for the book (negative size, price off the book's scale, …). */
  BOOK_LEVEL_INVALID: {
    readonly instrument: string;
    readonly side: string;
    readonly price: string;
    readonly size: string;
    readonly reason: string;
  };
  /** A sequence number skipped ahead. */
  BOOK_SEQUENCE_GAP: { readonly stream: string; readonly expected: number; readonly received: number };
  /** A sequence number repeated or went backwards. */
  BOOK_SEQUENCE_REGRESSION: { readonly stream: string; readonly expected: number; readonly received: number };
  /** A walk/quote request was not a valid amount. */
  QUANTITY_INVALID: { readonly quantity: string; readonly reason: string };
  /** An argument broke a documented precondition (a programming error in the caller). */
  ARGUMENT_INVALID: { readonly name: string; readonly value: unknown; readonly reason: string };
  /** A tick index is outside the Whirlpool range [-443636, 443636]. */
  CLMM_TICK_OUT_OF_RANGE: { readonly tick: number };
  /** A sqrt price is outside the Whirlpool range. */
  CLMM_SQRT_PRICE_OUT_OF_RANGE: { readonly sqrtPrice: string };
  /**
   * An amount does not fit a u64. `programError` is the Whirlpool program's error name when the swap math
   * itself overflowed (e.g. `TokenMaxExceeded`, `AmountCalcOverflow`); absent for caller input.
   */
  CLMM_AMOUNT_OVERFLOW: { readonly amount: string; readonly what: string; readonly programError?: string };
  /**
   * Intermediate math overflowed the on-chain integer width (the program would fail the same way).
   * `programError` is the Whirlpool program's error name (e.g. `MultiplicationOverflow`).
   */
  CLMM_MATH_OVERFLOW: { readonly what: string; readonly programError?: string };
  /** A Whirlpool state is internally inconsistent (tick vs sqrt price, fee rates out of range, …). */
  CLMM_POOL_STATE_INVALID: { readonly reason: string };
  /** The supplied tick arrays do not cover the pool's current tick, or are inconsistent. */
  CLMM_TICK_ARRAYS_INVALID: { readonly reason: string; readonly tickCurrentIndex: number | undefined };
  /** The pool uses a feature this library does not model yet (adaptive fees, Token-2022 transfer fees). */
  POOL_UNSUPPORTED: { readonly pool: string; readonly feature: string };
  /** Constant-product inputs are not a valid pool (zero reserve, fee ≥ 100 %, …). */
  CPMM_INVALID: { readonly reason: string };
  /** An account's bytes are not the expected layout (size, discriminator, field range). */
  ACCOUNT_DECODE_FAILED: {
    readonly account: string;
    readonly layout: string;
    readonly reason: string;
  };
  /** A venue frame failed validation. `excerpt` is the frame's first characters. */
  FRAME_MALFORMED: { readonly venue: string; readonly excerpt: string; readonly reason: string };
  /** A venue sent an error frame. */
  VENUE_ERROR: { readonly venue: string; readonly message: string; readonly reason?: string };
  /** A connection-level failure (refused, closed, timed out). */
  CONNECTION_FAILED: { readonly venue: string; readonly endpoint: string; readonly reason: string };
  /** A recording line could not be read. */
  RECORDING_INVALID: { readonly file: string; readonly line: number; readonly reason: string };
  /** A JSON-RPC call failed (HTTP status, RPC error, timeout). Endpoint URLs are redacted. */
  RPC_FAILED: { readonly endpoint: string; readonly method: string; readonly reason: string; readonly status?: number };
  /** Configuration did not validate. */
  CONFIG_INVALID: { readonly path: string; readonly value: unknown; readonly expected: string; readonly file?: string };
  /** A command line was not valid (unknown flag, missing or malformed argument). */
  CLI_USAGE_INVALID: { readonly argument: string; readonly reason: string };
  /** The journal database could not be opened or written (not an arbkit journal, newer schema, I/O error). */
  JOURNAL_FAILED: { readonly path: string; readonly reason: string };
  /** A state machine was driven out of order (a programming error). */
  STATE_INVALID: { readonly component: string; readonly state: string; readonly action: string };
}

/** Every stable error code. */
export type ArbErrorCode = keyof ArbErrorContexts;
