import type { OrderBook } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { bookEvent, coinbaseSolUsd } from "../../../../tests/support/engineFixtures";
import { BookSides } from "./BookSides";

describe("BookSides", () => {
  const start = () => {
    const event = bookEvent(coinbaseSolUsd, [["19.99", "5"]], [["20.00", "3"], ["20.05", "4"]], 1_000);
    return { event, sides: new BookSides(event) };
  };

  it("keeps a side's curve and touch while the side is unchanged, and remakes them when it changes", () => {
    const { event, sides } = start();
    const asks = sides.curve("ask", 9, 18);
    const bids = sides.curve("bid", 9, 18);
    const askTouch = sides.touch("ask");
    expect(askTouch.toFixed()).toBe("20");
    // A bid-only change: the ask side's curve and touch stay, the bid curve is new and sees the change.
    (event.book as OrderBook).applyChanges([{ side: "bid", price: "19.99", size: "0" }, { side: "bid", price: "19.98", size: "1" }]);
    expect(sides.curve("ask", 9, 18)).toBe(asks);
    expect(sides.touch("ask")).toBe(askTouch);
    const newBids = sides.curve("bid", 9, 18);
    expect(newBids).not.toBe(bids);
    expect(newBids.bestPrice).toBeLessThan(bids.bestPrice);
    expect(sides.touch("bid").toFixed()).toBe("19.98");
    // An ask change remakes the ask side.
    (event.book as OrderBook).applyChanges([{ side: "ask", price: "20.00", size: "0" }]);
    expect(sides.curve("ask", 9, 18)).not.toBe(asks);
    expect(sides.touch("ask").toFixed()).toBe("20.05");
  });

  it("makes a new curve for a pair with other decimals", () => {
    const { sides } = start();
    const a = sides.curve("ask", 9, 18);
    const b = sides.curve("ask", 9, 20);
    expect(b).not.toBe(a);
    expect(b.bestPrice).toBe(a.bestPrice * 100n);
  });
});
