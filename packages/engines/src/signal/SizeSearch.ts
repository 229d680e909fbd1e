import { evaluateSize, getHurdleSurplus } from "./evaluateSize";
import type { SizeEvaluation } from "./SizeEvaluation";
import type { SizingContext } from "./SizingContext";

/**
 * One size search's memoized evaluations (internal): each size in lots is evaluated at most once. A
 * class rather than closures, so a search per pairing and tick allocates one object and one map.
 */
export class SizeSearch {
  readonly #memo = new Map<number, SizeEvaluation | undefined>();

  /** @param ctx The pairing, direction and instant being sized. */
  constructor(readonly ctx: SizingContext) {}

  /** The exact evaluation of `lots`, or `undefined` when infeasible. */
  ev(lots: number): SizeEvaluation | undefined {
    const memo = this.#memo;
    let e = memo.get(lots);
    if (e === undefined && !memo.has(lots)) {
      e = evaluateSize(this.ctx, lots);
      memo.set(lots, e);
    }
    return e;
  }

  /** Net profit of `lots` (value units), or `undefined` when infeasible. */
  profit(lots: number): bigint | undefined {
    return this.ev(lots)?.profit;
  }

  /** Threshold surplus of `lots` (≥ 0 exactly when its edge clears the threshold), or `undefined`. */
  surplus(lots: number): bigint | undefined {
    const e = this.ev(lots);
    return e === undefined ? undefined : getHurdleSurplus(this.ctx, e);
  }

  /** The objective `kind` at `lots`. */
  value(kind: "profit" | "surplus", lots: number): bigint | undefined {
    return kind === "profit" ? this.profit(lots) : this.surplus(lots);
  }
}
