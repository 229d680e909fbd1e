/** The sequence number was the expected one (or the first one seen). Shared constant: no allocation. */
export interface SequenceOk {
  readonly kind: "ok";
}

/** The sequence number skipped ahead: `missed` numbers were lost between `expected` and `received`. */
export interface SequenceGap {
  readonly kind: "gap";
  readonly expected: number;
  readonly received: number;
  /** `received − expected`: how many messages were lost. */
  readonly missed: number;
}

/** The sequence number repeated or went backwards (`received < expected`). The tracker did not adopt it. */
export interface SequenceRegression {
  readonly kind: "regression";
  readonly expected: number;
  readonly received: number;
}

/** What {@link SequenceTracker.observe} found. Match on `kind`. */
export type SequenceObservation = SequenceOk | SequenceGap | SequenceRegression;
