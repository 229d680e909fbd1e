import type { InstrumentId } from "@arbkit/core";
import type { BookConnector } from "@arbkit/connectors";

/** One CEX book as `/status` shows it: status, level counts and the best levels of each side. */
export interface BookDepthStatus {
  /** The instrument id (`coinbase:SOL-USD`). */
  readonly instrument: InstrumentId;
  /** The connector status of the instrument (`null` before it has one). */
  readonly status: string | null;
  /** Levels in the whole book: bids. */
  readonly bidLevels: number;
  /** Levels in the whole book: asks. */
  readonly askLevels: number;
  /** The best bids, best first, as `[price, size]` venue decimal strings (exact, as the book formats them). */
  readonly bids: readonly (readonly [string, string])[];
  /** The best asks, best first. */
  readonly asks: readonly (readonly [string, string])[];
}

/**
 * The top `levels` levels of every instrument's book of the given connectors, for `/status` (`books`): what
 * the bot trades against, for operators comparing it with the venue's own page, and for the chaos suite
 * comparing it with the venue's reference book. An instrument without a book shows empty sides.
 *
 * @param levels levels per side (a small number: the document is re-rendered every 250 ms at most)
 * @example
 * ```ts
 * getBookDepthStatus([session.connectors.coinbase, session.connectors.gemini], 10);
 * ```
 */
export function getBookDepthStatus(connectors: readonly (BookConnector | undefined)[], levels: number): BookDepthStatus[] {
  return connectors.flatMap((c) =>
    c === undefined
      ? []
      : c.instruments.map((id) => {
          const book = c.book(id);
          const side = (s: "bid" | "ask") => (book?.depth(s, levels) ?? []).map((l) => [l.price, l.size] as const);
          return { instrument: id, status: c.status(id) ?? null, bidLevels: book?.bidCount ?? 0, askLevels: book?.askCount ?? 0, bids: side("bid"), asks: side("ask") };
        }),
  );
}
