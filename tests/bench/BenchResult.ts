/** One benchmark figure compared against a peer measured in the same run. */
export interface BenchResult {
  /** e.g. `P1c parse+apply+vwap (synthetic)`. */
  readonly name: string;
  /** e.g. `msg/s`, `ns/quote`, `us`. */
  readonly unit: string;
  readonly ours: number;
  /** The peer's figure in the same unit (undefined when the workload has no peer, e.g. a latency target). */
  readonly peer: number | undefined;
  readonly peerName: string;
  /** ours/peer for throughputs, peer/ours for times, so that > 1 always means "we are better". */
  readonly ratio: number | undefined;
  /** The target the issue sets, in words, and whether it was met. */
  readonly target?: string;
  readonly met?: boolean;
  /** Extra figures for people (median/p99 µs, RSS, …). */
  readonly extra?: Readonly<Record<string, number | string>>;
}

/** A workload: runs, verifies its own correctness (throws on mismatch), returns its figures. */
export interface BenchWorkload {
  readonly id: string;
  readonly title: string;
  run(options: { readonly quick: boolean; readonly log: (line: string) => void }): Promise<BenchResult[]>;
}
