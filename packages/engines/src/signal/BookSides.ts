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
  #asks: CexCurve | undefined;
  #asksRevision = -1;
  #bids: CexCurve | undefined;
  #bidsRevision = -1;
  #askTouch: Decimal | undefined;
  #askTouchRevision = -1;
  #bidTouch: Decimal | undefined;
  #bidTouchRevision = -1;
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
    const book = this.event.book;
    const revision = book.revision(side);
    if (baseDecimals !== this.#baseDecimals || valueDecimals !== this.#valueDecimals) {
      this.#baseDecimals = baseDecimals;
      this.#valueDecimals = valueDecimals;
      this.#asks = undefined;
      this.#bids = undefined;
    }
    if (side === "ask") {
      if (this.#asks === undefined || this.#asksRevision !== revision) {
        this.#asks = createCexCurve(book, "ask", baseDecimals, valueDecimals);
        this.#asksRevision = revision;
      }
      return this.#asks;
    }
    if (this.#bids === undefined || this.#bidsRevision !== revision) {
      this.#bids = createCexCurve(book, "bid", baseDecimals, valueDecimals);
      this.#bidsRevision = revision;
    }
    return this.#bids;
  }

  /** The side's best price as an exact Decimal (0 when the side is empty), made when first asked for. */
  touch(side: BookSide): Decimal {
    const book = this.event.book;
    const revision = book.revision(side);
    if (side === "ask" ? this.#askTouch !== undefined && this.#askTouchRevision === revision : this.#bidTouch !== undefined && this.#bidTouchRevision === revision) {
      return (side === "ask" ? this.#askTouch : this.#bidTouch) as Decimal;
    }
    const best = book.bestPriceScaled(side);
    const touch = best === undefined ? new Decimal(0) : toDec(BigInt(best), book.priceScale);
    if (side === "ask") {
      this.#askTouch = touch;
      this.#askTouchRevision = revision;
    } else {
      this.#bidTouch = touch;
      this.#bidTouchRevision = revision;
    }
    return touch;
  }
}
