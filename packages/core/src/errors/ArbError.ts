import type { ArbErrorCode, ArbErrorContexts } from "./ArbErrorContexts";

/** Options for {@link ArbError}. */
export interface ArbErrorOptions {
  /** The error that caused this one. */
  readonly cause?: unknown;
  /** Longer, human-oriented explanation (what to do about it). */
  readonly details?: string;
}

/**
 * The one error class of arbkit. Match on {@link ArbError.code} (stable, never renamed), never on the
 * message text; read {@link ArbError.context} for the values needed to act on it.
 *
 * @example
 * ```ts
 * try { parseDecimal("1e-8"); } catch (e) {
 *   if (isArbError(e, "DECIMAL_INVALID")) console.log(e.context.input);
 * }
 * ```
 */
export class ArbError<C extends ArbErrorCode = ArbErrorCode> extends Error {
  override readonly name = "ArbError";
  /** Stable machine-readable code. */
  readonly code: C;
  /** Typed context for the code. Frozen. */
  readonly context: Readonly<ArbErrorContexts[C]>;
  /** The message without code or details. */
  readonly shortMessage: string;
  /** Optional longer explanation. */
  readonly details: string | undefined;

  constructor(code: C, shortMessage: string, context: ArbErrorContexts[C], options: ArbErrorOptions = {}) {
    super(
      `[${code}] ${shortMessage}${options.details === undefined ? "" : `\n${options.details}`}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.shortMessage = shortMessage;
    this.context = Object.freeze({ ...context });
    this.details = options.details;
  }

  /** A plain JSON-safe view (code, message, context, cause chain) for logs and journals. */
  toJSON(): { code: C; message: string; context: Readonly<ArbErrorContexts[C]>; cause?: unknown } {
    const cause = this.cause;
    return {
      code: this.code,
      message: this.shortMessage,
      context: this.context,
      ...(cause === undefined
        ? {}
        : { cause: cause instanceof ArbError ? cause.toJSON() : cause instanceof Error ? cause.message : String(cause) }),
    };
  }
}
