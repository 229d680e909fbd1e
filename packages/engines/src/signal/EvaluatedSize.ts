import type { Decimal } from "decimal.js";
import { toDec } from "../math/Dec";
import { floorDiv } from "../math/divide";
import type { SizeEvaluation } from "./SizeEvaluation";

/**
 * The economics of the best size a pairing's search evaluated, whether or not it became an opportunity
 * (so a net edge below zero or below the threshold can be shown). Same numbers and rounding as the
 * `Opportunity` built from that size would carry; the Decimals are made only when read.
 */
export interface EvaluatedSize {
  /** Size, base units (exact). */
  readonly size: Decimal;
  /** Expected net profit after every cost, CEX quote currency (exact; negative when unprofitable). */
  readonly netPnl: Decimal;
  /** CEX notional at that size (cost of the buy or proceeds of the sell), CEX quote currency (exact). */
  readonly notional: Decimal;
  /** Net edge: `netPnl / notional × 10 000`, bps, 6 decimals, rounded down (never flatters a loss either). */
  readonly edgeBps: Decimal;
}

/**
 * Lazily converted view of one {@link SizeEvaluation} (internal): the search already holds the integers,
 * so recording the best size per evaluation is one small object; Decimals are built only on access.
 */
class LazyEvaluatedSize implements EvaluatedSize {
  #size: Decimal | undefined;
  #netPnl: Decimal | undefined;
  #notional: Decimal | undefined;
  #edgeBps: Decimal | undefined;

  constructor(
    private readonly e: SizeEvaluation,
    private readonly baseDecimals: number,
    private readonly valueDecimals: number,
  ) {}

  get size(): Decimal {
    return (this.#size ??= toDec(this.e.baseAtoms, this.baseDecimals));
  }

  get netPnl(): Decimal {
    return (this.#netPnl ??= toDec(this.e.profit, this.valueDecimals));
  }

  get notional(): Decimal {
    return (this.#notional ??= toDec(this.e.cexValue, this.valueDecimals));
  }

  get edgeBps(): Decimal {
    // For a profit ≥ 0 this equals buildOpportunity's edge (truncation = floor there).
    return (this.#edgeBps ??= toDec(floorDiv(this.e.profit * 10_000n * 1_000_000n, this.e.cexValue), 6));
  }
}

/** The {@link EvaluatedSize} of `e` (internal). */
export function createEvaluatedSize(e: SizeEvaluation, baseDecimals: number, valueDecimals: number): EvaluatedSize {
  return new LazyEvaluatedSize(e, baseDecimals, valueDecimals);
}
