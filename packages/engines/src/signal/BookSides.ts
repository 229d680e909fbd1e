import type { BookEvent, BookSide } from "@arbkit/core";
import { Dec as Decimal, toDec } from "../math/Dec";
import { type CexCurve, createCexCurve } from "./CexCurve";

/**
 * The latest book event of one CEX instrument and what the signal engine derived from each side: the side
 * as a {@link CexCurve} and its touch price as a Decimal. Both are kept across book events for as long as the
 * book reports the side unchanged (`book.revision(side)`), so after a one-sided update the other side's curve
 * (and every sizing made with it) still holds. A new book object starts a new `BookSides`. Internal.
 */
export class BookSides {
  /** The instrument's latest book event (its `book` is the live view the curves read). */
  event: BookEvent;
  readonly #ask: DerivedSide = { curve: undefined, curveRevision: -1, touch: undefined, touchRevision: -1 };
  readonly #bid: DerivedSide = { curve: undefined, curveRevision: -1, touch: undefined, touchRevision: -1 };
  #baseDecimals = -1;
  #valueDecimals = -1;

  constructor(event: BookEvent) {
    this.event = event;
  }

  /**
   * The side as a curve in the pair's units, made again only when the side changed (or a pair with other
   * decimals asks: every pair of one instrument normally shares its curves, SOL base and 18-decimal values).
   */
  curve(side: BookSide, baseDecimals: number, valueDecimals: number): CexCurve {
    if (baseDecimals !== this.#baseDecimals || valueDecimals !== this.#valueDecimals) {
      this.#baseDecimals = baseDecimals;
      this.#valueDecimals = valueDecimals;
      this.#ask.curve = undefined;
      this.#bid.curve = undefined;
    }
    const book = this.event.book;
    const revision = book.revision(side);
    const d = side === "ask" ? this.#ask : this.#bid;
    if (d.curve === undefined || d.curveRevision !== revision) {
      d.curve = createCexCurve(book, side, baseDecimals, valueDecimals);
      d.curveRevision = revision;
    }
    return d.curve;
  }

  /** The side's best price as an exact Decimal (0 when the side is empty), made when first asked for. */
  touch(side: BookSide): Decimal {
    const book = this.event.book;
    const revision = book.revision(side);
    const d = side === "ask" ? this.#ask : this.#bid;
    if (d.touch === undefined || d.touchRevision !== revision) {
      const best = book.bestPriceScaled(side);
      d.touch = best === undefined ? new Decimal(0) : toDec(BigInt(best), book.priceScale);
      d.touchRevision = revision;
    }
    return d.touch;
  }
}

/** What {@link BookSides} derived from one side, with the side's revision when each was made. */
interface DerivedSide {
  curve: CexCurve | undefined;
  curveRevision: number;
  touch: Decimal | undefined;
  touchRevision: number;
}
