// The worked example of docs/engines.md: every number in the document comes from this test.
import { describe, expect, it } from "vitest";
import { type InstrumentId, type MarketEvents, TestClock, createEventBus, topics } from "@arbkit/core";
import { type EngineEvents, createArbitrageEngine } from "@arbkit/engines";
import { bookEvent, coinbaseSolUsd, liveStatus, orcaSolUsdc, syntheticPoolEvent, tickForPrice } from "../support/engineFixtures";

/** SYNTHETIC market: Coinbase offers 30 SOL at 20.00 and 40 at 20.05; the pool's spot is ~21 USDC. */
function run(poolMoveBeforeLanding: number | undefined) {
  const clock = new TestClock(1_000);
  const market = createEventBus<MarketEvents>();
  const engine = createArbitrageEngine({
    clock,
    market,
    pairs: [{ id: "SOL-USD", cex: [{ instrument: coinbaseSolUsd, takerFeeRate: "0.006" }], pool: { instrument: orcaSolUsdc }, maxSize: "100", sizeIncrement: "0.001" }],
    signal: { minEdgeBps: "10", networkFeeLamports: 5200n },
    risk: { maxPositionNotional: "1000" },
    execution: { latency: { cexRoundTripMs: { coinbase: 100 }, solanaLandingMs: 500 }, dexSlippageBps: "50", unwindPolicy: "cexMarket" },
  });
  const seen: { opportunity?: EngineEvents["opportunity"]; trade?: EngineEvents["trade"]; legFailure?: EngineEvents["legFailure"] } = {};
  engine.events.subscribe("opportunity", (e) => (seen.opportunity = e));
  engine.events.subscribe("trade", (e) => (seen.trade = e));
  engine.events.subscribe("legFailure", (e) => (seen.legFailure = e));
  for (const i of [coinbaseSolUsd, orcaSolUsdc]) market.publish(topics.status(i.venue), liveStatus(i, 1_000));
  const pool = (price: number) => syntheticPoolEvent(orcaSolUsdc, { tick: tickForPrice(price), liquidity: 10n ** 13n, tsInit: clock.now() });
  market.publish(topics.pool(orcaSolUsdc.id as InstrumentId), pool(21));
  market.publish(topics.book(coinbaseSolUsd.id), bookEvent(coinbaseSolUsd, [["19.99", "500"]], [["20.00", "30"], ["20.05", "40"]], 1_000));
  if (poolMoveBeforeLanding !== undefined) {
    clock.advanceTo(1_200);
    market.publish(topics.pool(orcaSolUsdc.id), pool(21 * (1 + poolMoveBeforeLanding)));
  }
  clock.advanceTo(5_000);
  return seen;
}

describe("docs/engines.md worked example", () => {
  it("sizes, costs and executes the opportunity (numbers quoted in the doc)", () => {
    const { opportunity: op, trade } = run(undefined);
    expect({
      size: op!.cexLeg.size.toFixed(),
      cexVwap: op!.cexLeg.expectedPrice.toFixed(),
      cexNotional: op!.cexLeg.notional.toFixed(),
      cexFee: op!.costs.cexFee.toFixed(),
      poolSpot: op!.inputs.poolSpotPrice.toFixed(6),
      poolOut: op!.poolLeg.quoteAmount.toFixed(),
      poolPrice: op!.poolLeg.expectedPrice.toFixed(6),
      poolFeeSol: op!.poolLeg.poolFee.toFixed(),
      poolFeeUsd: op!.costs.poolFee.toFixed(6),
      networkFee: op!.costs.networkFee.toFixed(),
      gross: op!.grossPnl.toFixed(),
      net: op!.netPnl.toFixed(),
      edgeBps: op!.edgeBps.toFixed(),
      tradeStatus: trade!.status,
      realized: trade!.realizedPnl.toFixed(),
    }).toMatchInlineSnapshot(`
      {
        "cexFee": "5.999985",
        "cexNotional": "999.9975",
        "cexVwap": "20.019969969969969969",
        "edgeBps": "367.829249",
        "gross": "42.782927",
        "net": "36.782833037131123453",
        "networkFee": "0.000108962868876547",
        "poolFeeSol": "0.14985",
        "poolFeeUsd": "3.140017",
        "poolOut": "1042.780427",
        "poolPrice": "20.876485",
        "poolSpot": "20.954398",
        "realized": "36.782833037131123453",
        "size": "49.95",
        "tradeStatus": "filled",
      }
    `);
  });

  it("a leg failure: the pool falls 2 % before the swap lands, the swap fails its min-out, the CEX fill is unwound", () => {
    const { trade, legFailure } = run(-0.02);
    expect({
      status: trade!.status,
      poolFailure: trade!.pool.failure,
      quotedAtLanding: trade!.pool.quoted.toFixed(),
      minOut: trade!.pool.threshold.toFixed(),
      cexFilled: trade!.cex.filled.toFixed(),
      cexPaid: trade!.cex.quote.toFixed(),
      cexFee: trade!.cex.fee.toFixed(),
      unwindProceeds: trade!.unwind!.quote.toFixed(),
      unwindFee: trade!.unwind!.fee.toFixed(),
      ledgerPnl: legFailure!.realizedPnl.toFixed(),
      tradePnl: trade!.realizedPnl.toFixed(),
      shortfall: Object.fromEntries(Object.entries(trade!.shortfall).map(([k, v]) => [k, v.toFixed(6)])),
    }).toMatchInlineSnapshot(`
      {
        "cexFee": "5.999985",
        "cexFilled": "49.95",
        "cexPaid": "999.9975",
        "ledgerPnl": "-13.487988",
        "minOut": "1037.566524",
        "poolFailure": "slippage",
        "quotedAtLanding": "1022.958046",
        "shortfall": {
          "cexSlippage": "0.000000",
          "dexPriceImpact": "0.000000",
          "fees": "5.991003",
          "latencyDrift": "0.000000",
          "legRisk": "44.279927",
          "total": "50.270930",
        },
        "status": "legFailure",
        "tradePnl": "-13.488096962868876547",
        "unwindFee": "5.991003",
        "unwindProceeds": "998.5005",
      }
    `);
  });
});
