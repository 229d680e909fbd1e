import type { ReadonlyOrderBook } from "@arbkit/core";
import type { BookTop } from "./createBotSession";

/**
 * The {@link BookTop} of one instrument, read from its live book when asked (the status view and `/status`
 * read it a few times a second; book events arrive thousands of times a second). A price is formatted
 * only when its scaled value changed since the last read.
 */
export class LiveBookTop implements BookTop {
  #book: ReadonlyOrderBook;
  #tsInit: number;
  #scale = -1;
  #bidScaled: number | undefined;
  #askScaled: number | undefined;
  #bid: string | undefined;
  #ask: string | undefined;

  constructor(book: ReadonlyOrderBook, tsInit: number) {
    this.#book = book;
    this.#tsInit = tsInit;
  }

  /** Records a new book event. */
  update(book: ReadonlyOrderBook, tsInit: number): void {
    this.#book = book;
    this.#tsInit = tsInit;
  }

  get tsInit(): number {
    return this.#tsInit;
  }

  get bid(): string | undefined {
    this.#refresh();
    return this.#bid;
  }

  get ask(): string | undefined {
    this.#refresh();
    return this.#ask;
  }

  #refresh(): void {
    const book = this.#book;
    const scale = book.priceScale;
    const bid = book.bestPriceScaled("bid");
    const ask = book.bestPriceScaled("ask");
    const rescaled = scale !== this.#scale;
    if (rescaled || bid !== this.#bidScaled) this.#bid = book.bestBid()?.price;
    if (rescaled || ask !== this.#askScaled) this.#ask = book.bestAsk()?.price;
    this.#scale = scale;
    this.#bidScaled = bid;
    this.#askScaled = ask;
  }
}
