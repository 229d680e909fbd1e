import { describe, expect, it } from "vitest";
import { bookEvent, coinbaseSolUsd } from "../../../../tests/support/engineFixtures";
import { Dec as Decimal } from "../math/Dec";
import { fillCexOrder } from "./fillCexOrder";

// SYNTHETIC Coinbase SOL-USD book (size scale 10⁻⁸ SOL): bids 19.99 × 10, 19.98 × 10; asks 20.00 × 30, 20.05 × 40.
const book = bookEvent(coinbaseSolUsd, [["19.99", "10"], ["19.98", "10"]], [["20.00", "30"], ["20.05", "40"]], 1_000).book;
const fee = new Decimal("0.006");
const d = (v: string) => new Decimal(v);
const fill = (side: "buy" | "sell", size: string, limit: string | undefined, available: string | undefined) =>
  fillCexOrder(book, { side, size: d(size), limit: limit === undefined ? undefined : d(limit), feeRate: fee, available: available === undefined ? undefined : d(available) }, 2_000);

describe("fillCexOrder bounded by the available balance", () => {
  it("accepts an IOC buy whose funds hold (limit × size × (1 + fee)) equals the available quote, and rejects it when 10⁻¹² short", () => {
    // Hold: 20.05 × 50 × 1.006 = 1 008.515 USD; the fill itself costs less (600 + 401 + fee).
    const ok = fill("buy", "50", "20.05", "1008.515");
    expect([ok.rejected, ok.filled.toFixed(), ok.quote.toFixed(), ok.fee.toFixed()]).toEqual([undefined, "50", "1001", "6.006"]);
    const no = fill("buy", "50", "20.05", "1008.514999999999");
    expect([no.rejected, no.filled.toFixed(), no.quote.toFixed(), no.fee.toFixed(), no.vwap, no.balanceCapped]).toEqual(["insufficientBalance", "0", "0", "0", undefined, false]);
    // The touch is still reported: the order reached the book.
    expect(no.touchPrice!.toFixed()).toBe("20");
  });

  it("rejects an IOC sell of more base than the account holds, whatever its limit", () => {
    expect(fill("sell", "15", "19.98", "15").rejected).toBeUndefined();
    expect(fill("sell", "15", "19.98", "14.99999999")).toMatchObject({ rejected: "insufficientBalance", balanceCapped: false });
  });

  it("cuts a market sell to the base held, rounded down to the book's size scale (10⁻⁸)", () => {
    // 10 at 19.99, then 2.3456789 at 19.98.
    const f = fill("sell", "15", undefined, "12.3456789012");
    expect([f.rejected, f.balanceCapped, f.requested.toFixed(), f.filled.toFixed(), f.quote.toFixed()]).toEqual([undefined, true, "15", "12.3456789", "246.766664422"]);
    expect(fill("sell", "15", undefined, "-1").filled.toFixed()).toBe("0");
  });

  it("cuts a market buy to what cost plus fee can pay, walking levels and rounding the last one down to 10⁻⁸", () => {
    // 30 at 20.00 cost 603.6 with the fee; at 20.05: (700 / 1.006 − 600) / 20.05 = 4.779304225…
    const f = fill("buy", "60", undefined, "700");
    expect([f.balanceCapped, f.filled.toFixed(), f.quote.toFixed(), f.fee.toFixed()]).toEqual([true, "34.77930422", "695.825049611", "4.174950297666"]);
    expect(f.quote.add(f.fee).lte(700)).toBe(true);
    // One more 10⁻⁸ SOL would not fit.
    expect(f.quote.add(d("0.00000001").mul("20.05")).mul("1.006").gt(700)).toBe(true);
    // Exactly enough for the whole order: filled in full, not capped.
    const whole = fill("buy", "60", undefined, "1208.709");
    expect([whole.balanceCapped, whole.filled.toFixed(), whole.quote.add(whole.fee).toFixed()]).toEqual([false, "60", "1208.709"]);
    expect(fill("buy", "60", undefined, "0").filled.toFixed()).toBe("0");
  });

  it("without a balance fills as before (market orders are bounded by depth only)", () => {
    const f = fill("buy", "80", undefined, undefined);
    expect([f.rejected, f.balanceCapped, f.filled.toFixed(), f.quote.toFixed()]).toEqual([undefined, false, "70", "1402"]);
  });
});
