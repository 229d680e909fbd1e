import { describe, expect, it } from "vitest";
import { TestClock } from "@arbkit/core";
import { bookEvent, coinbaseSolUsd, liveStatus, orcaSolUsdc, syntheticPoolEvent, tickForPrice } from "../../../../tests/support/engineFixtures";
import { Dec as Decimal } from "../math/Dec";
import { createSignalEngine } from "../signal/createSignalEngine";
import { defaultPoolQuoter } from "../signal/defaultPoolQuoter";
import { fillPoolSwap } from "./fillPoolSwap";

const pair = { id: "SOL-USD", cex: [{ instrument: coinbaseSolUsd, takerFeeRate: "0.006" }], pool: { instrument: orcaSolUsdc }, maxSize: "100", sizeIncrement: "0.001" };
const slippage = new Decimal("0.005");

/** A SYNTHETIC poolToCex opportunity: the pool offers SOL at ~21 USDC, Coinbase bids 22.00. Its leg buys base exact-out. */
function poolBuy() {
  const signal = createSignalEngine({ clock: new TestClock(1_000), pairs: [pair] });
  signal.applyStatus(liveStatus(coinbaseSolUsd, 1_000));
  signal.applyStatus(liveStatus(orcaSolUsdc, 1_000));
  const pool = syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(21), liquidity: 10n ** 13n, tsInit: 1_000 });
  signal.applyPool(pool);
  const op = signal.applyBook(bookEvent(coinbaseSolUsd, [["22.00", "30"]], [["22.01", "30"]], 1_000))[0]!;
  expect([op.direction, op.poolLeg.exactIn]).toEqual(["poolToCex", false]);
  return { pool, leg: op.poolLeg };
}

describe("fillPoolSwap bounded by the wallet", () => {
  it("fails an exact-out buy whose re-quoted input exceeds the wallet's quote token by one atom; the fee is still paid", () => {
    const { pool, leg } = poolBuy();
    const enough = fillPoolSwap(pool, leg, slippage, defaultPoolQuoter, 2_000, { feePayable: true, input: leg.quoteAmount });
    expect([enough.success, enough.quote.eq(leg.quoteAmount)]).toEqual([true, true]);
    const short = fillPoolSwap(pool, leg, slippage, defaultPoolQuoter, 2_000, { feePayable: true, input: leg.quoteAmount.sub("0.000001") });
    expect([short.success, short.failure, short.networkFeePaid, short.base.toFixed(), short.quote.toFixed()]).toEqual([false, "insufficientBalance", true, "0", "0"]);
    // The re-quote is still reported, so the record shows what the swap would have needed.
    expect(short.quoted.eq(leg.quoteAmount)).toBe(true);
  });

  it("checks the balance after the slippage tolerance, like the program (the transfer comes last)", () => {
    const { leg } = poolBuy();
    const moved = syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(21 * 1.02), liquidity: 10n ** 13n, tsInit: 1_500 });
    const f = fillPoolSwap(moved, leg, slippage, defaultPoolQuoter, 2_000, { feePayable: true, input: new Decimal(0) });
    expect([f.failure, f.networkFeePaid]).toEqual(["slippage", true]);
  });

  it("is refused before it executes, without a fee, when the wallet cannot pay the network fee", () => {
    const { pool, leg } = poolBuy();
    const f = fillPoolSwap(pool, leg, slippage, defaultPoolQuoter, 2_000, { feePayable: false, input: undefined });
    expect([f.success, f.failure, f.networkFeePaid]).toEqual([false, "insufficientBalance", false]);
  });

  it("without funds, or with untracked input, fills as before", () => {
    const { pool, leg } = poolBuy();
    expect(fillPoolSwap(pool, leg, slippage, defaultPoolQuoter, 2_000)).toEqual(fillPoolSwap(pool, leg, slippage, defaultPoolQuoter, 2_000, { feePayable: true, input: undefined }));
    expect(fillPoolSwap(pool, leg, slippage, defaultPoolQuoter, 2_000)).toMatchObject({ success: true, networkFeePaid: true });
  });
});
