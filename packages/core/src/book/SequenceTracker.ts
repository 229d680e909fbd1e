import { ArbError } from "../errors/ArbError";
import type { SequenceGap, SequenceObservation, SequenceOk, SequenceRegression } from "./SequenceObservation";

const OK: SequenceOk = Object.freeze({ kind: "ok" });

/** Options for {@link SequenceTracker}. */
export interface SequenceTrackerOptions {
  /** Name of the stream, for errors and logs (e.g. `coinbase:conn-1`). */
  readonly stream: string;
  /**
   * The first sequence number expected (Coinbase starts each connection at 0).
   * @default undefined: the first number observed is accepted as the start
   */
  readonly first?: number;
}

/**
 * Follows one stream's sequence numbers (one tracker per stream: per connection on Coinbase) and reports
 * every gap and regression as a typed result. It never drops or hides anything: the caller decides (a gap
 * or regression on a book stream means resync). After a gap the tracker continues from the received
 * number; after a regression it keeps expecting the old one. Counts are cumulative across
 * {@link SequenceTracker.reset} (they are metrics); {@link SequenceTracker.clearCounts} zeroes them.
 *
 * @example
 * ```ts
 * const seq = new SequenceTracker({ stream: "coinbase:1", first: 0 });
 * const r = seq.observe(frame.sequence_num);
 * if (r.kind !== "ok") resync(createSequenceError(seq.stream, r));
 * ```
 */
export class SequenceTracker {
  /** The stream's name. */
  readonly stream: string;
  #expected: number | undefined;
  #gaps = 0;
  #regressions = 0;
  #missed = 0;
  #observed = 0;

  /** @throws ArbError `ARGUMENT_INVALID` when `first` is not a safe integer ≥ 0. */
  constructor(options: SequenceTrackerOptions) {
    this.stream = options.stream;
    if (options.first !== undefined) assertSequence(options.first, "first");
    this.#expected = options.first;
  }

  /**
   * Records `sequence` and says whether it was the expected one.
   * @throws ArbError `ARGUMENT_INVALID` when `sequence` is not a safe integer ≥ 0 (a caller bug: frames
   * must be validated before they reach the tracker).
   */
  observe(sequence: number): SequenceObservation {
    assertSequence(sequence, "sequence");
    this.#observed++;
    const expected = this.#expected;
    if (expected === undefined || sequence === expected) {
      this.#expected = sequence + 1;
      return OK;
    }
    if (sequence > expected) {
      this.#gaps++;
      this.#missed += sequence - expected;
      this.#expected = sequence + 1;
      const gap: SequenceGap = { kind: "gap", expected, received: sequence, missed: sequence - expected };
      return gap;
    }
    this.#regressions++;
    const regression: SequenceRegression = { kind: "regression", expected, received: sequence };
    return regression;
  }

  /** The next sequence number expected, or `undefined` before the first observation (without `first`). */
  get expected(): number | undefined {
    return this.#expected;
  }

  /** Number of gaps seen. */
  get gaps(): number {
    return this.#gaps;
  }

  /** Total sequence numbers skipped over all gaps. */
  get missed(): number {
    return this.#missed;
  }

  /** Number of repeats or backward steps seen. */
  get regressions(): number {
    return this.#regressions;
  }

  /** Number of observations. */
  get observed(): number {
    return this.#observed;
  }

  /**
   * Forgets the expected number (after a resync or reconnect); counts are kept.
   * @param next The next number to expect. @default undefined: accept whatever comes first
   * @throws ArbError `ARGUMENT_INVALID` when `next` is not a safe integer ≥ 0.
   */
  reset(next?: number): void {
    if (next !== undefined) assertSequence(next, "next");
    this.#expected = next;
  }

  /** Zeroes the gap, regression, missed and observation counts. */
  clearCounts(): void {
    this.#gaps = 0;
    this.#regressions = 0;
    this.#missed = 0;
    this.#observed = 0;
  }
}

function assertSequence(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ArbError("ARGUMENT_INVALID", `${name} must be a safe integer ≥ 0, got ${value}`, {
      name,
      value,
      reason: "expected a safe integer ≥ 0",
    });
  }
}
