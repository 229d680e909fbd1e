import { ArbError } from "../errors/ArbError";

/**
 * Names of the Whirlpool program errors the swap math can raise. Our typed errors carry the name in
 * `context.programError`, so a failure can be matched to what the on-chain program would report.
 */
export type WhirlpoolProgramError =
  | "MultiplicationOverflow"
  | "MultiplicationShiftRightOverflow"
  | "NumberDownCastError"
  | "TokenMaxExceeded"
  | "TokenMinSubceeded"
  | "DivideByZero"
  | "SqrtPriceOutOfBounds"
  | "AmountCalcOverflow"
  | "AmountRemainingOverflow";

const AMOUNT_ERRORS: ReadonlySet<WhirlpoolProgramError> = new Set(["TokenMaxExceeded", "AmountCalcOverflow"]);

/**
 * Builds the typed error for a swap-math failure the on-chain program would also hit: amount overflows
 * map to `CLMM_AMOUNT_OVERFLOW`, every other program error to `CLMM_MATH_OVERFLOW`.
 * @internal
 */
export function programError(name: WhirlpoolProgramError, what: string, amount?: bigint): ArbError {
  if (AMOUNT_ERRORS.has(name)) {
    return new ArbError("CLMM_AMOUNT_OVERFLOW", `${what} does not fit a u64 (${name})`, {
      amount: amount === undefined ? "unknown" : amount.toString(),
      what,
      programError: name,
    });
  }
  return new ArbError("CLMM_MATH_OVERFLOW", `${what} overflowed (${name})`, { what, programError: name });
}
