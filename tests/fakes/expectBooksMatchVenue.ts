import { expect } from "vitest";
import type { BookConnector } from "@arbkit/connectors";
import { type NaiveOrderBook, normalizeLevels } from "../support/NaiveOrderBook";

/** Asserts that the connector's book of each symbol holds exactly the venue's levels (both sides, every level). */
export function expectBooksMatchVenue(connector: BookConnector | undefined, symbols: readonly string[], truth: (symbol: string) => NaiveOrderBook): void {
  for (const symbol of symbols) {
    const book = connector?.book(connector.instrumentOf(symbol));
    expect(normalizeLevels(book?.depth("bid") ?? []), symbol).toEqual(truth(symbol).levels("bid"));
    expect(normalizeLevels(book?.depth("ask") ?? []), symbol).toEqual(truth(symbol).levels("ask"));
  }
}
