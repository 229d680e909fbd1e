import { ArbError } from "./ArbError";
import type { ArbErrorCode } from "./ArbErrorContexts";

/**
 * Whether `error` is an {@link ArbError}, optionally with the given code. Narrows the context type.
 *
 * @example
 * ```ts
 * if (isArbError(e, "BOOK_CROSSED")) resync(e.context.instrument);
 * ```
 */
export function isArbError<C extends ArbErrorCode>(error: unknown, code?: C): error is ArbError<C> {
  return error instanceof ArbError && (code === undefined || error.code === code);
}
