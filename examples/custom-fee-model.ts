/**
 * Example: a custom fee model. The engines price the pool leg through a `PoolQuoterFactory` port; wrapping
 * the default Whirlpool quoter lets you charge something the on-chain math does not know about — here a
 * 15 bps "execution tip" taken from every swap's output (think of a Jito tip or a private-relay fee).
 * Taker fees per CEX venue and the slippage buffer are plain options.
 *
 * Run: npx tsx examples/custom-fee-model.ts
 *
 * It backtests the bundled recording twice — the default model, then the custom one — and compares.
 */
import { createCoinbaseConnector, createGeminiConnector, createOrcaConnector, readRecording, replayRecording } from "@arbkit/connectors";
import { createAsset, createEventBus, createInstrument, TestClock, type MarketEvents } from "@arbkit/core";
import { createArbitrageEngine, defaultPoolQuoter, type ArbPair, type PoolQuoterFactory } from "@arbkit/engines";

const FILE = "examples/data/sol-usd-scenario.jsonl.gz";
const POOL = "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ";
const SOL = createAsset("SOL", 9);
const USD = createAsset("USD", 2);

/** Charges `tipBps` of every swap's output token (rounded in the pool's favour, like on-chain fees). */
const withExecutionTip = (tipBps: bigint): PoolQuoterFactory => (state) => {
  const inner = defaultPoolQuoter(state);
  const tip = (amountOut: bigint): bigint => (amountOut * tipBps + 9_999n) / 10_000n;
  return {
    // The sizing search also asks what a swap to a given price yields: the tip applies there too.
    quoteToSqrtPrice(sqrtPrice) {
      const q = inner.quoteToSqrtPrice(sqrtPrice);
      return { ...q, amountOut: q.amountOut - tip(q.amountOut) };
    },
    quote(amount, aToB, exactIn) {
      const q = inner.quote(amount, aToB, exactIn);
      if (exactIn) return { ...q, amountOut: q.amountOut - tip(q.amountOut) };
      // Exact-out: to receive `amount` after the tip, the swap must produce more, so it costs more input.
      const gross = (amount * 10_000n + (10_000n - tipBps) - 1n) / (10_000n - tipBps);
      const g = inner.quote(gross, aToB, false);
      return { ...g, amountOut: amount };
    },
  };
};

async function backtest(label: string, createPoolQuoter: PoolQuoterFactory | undefined, takerFees: { coinbase: string; gemini: string }): Promise<void> {
  const pair: ArbPair = {
    id: "SOL-USD",
    cex: [
      { instrument: createInstrument({ venue: "coinbase", venueSymbol: "SOL-USD", base: SOL, quote: USD, priceIncrement: "0.01", sizeIncrement: "0.00000001" }), takerFeeRate: takerFees.coinbase },
      { instrument: createInstrument({ venue: "gemini", venueSymbol: "SOLUSD", base: SOL, quote: USD, priceIncrement: "0.001", sizeIncrement: "0.000001" }), takerFeeRate: takerFees.gemini },
    ],
    pool: { instrument: createInstrument({ venue: "orca", venueSymbol: POOL, base: SOL, quote: createAsset("USDC", 6), priceIncrement: "0.000001", sizeIncrement: "0.000000001" }) },
    minSize: "0.1",
    maxSize: "50",
  };
  const clock = new TestClock(1_786_310_400_000);
  const market = createEventBus<MarketEvents>();
  const sinks = [
    createCoinbaseConnector({ bus: market, clock, products: ["SOL-USD"] }).sink,
    createGeminiConnector({ bus: market, clock, symbols: ["SOLUSD"] }).sink,
    createOrcaConnector({ bus: market, clock, endpoints: [], pools: [{ address: POOL, decimalsA: 9, decimalsB: 6 }] }).sink,
  ];
  const engine = createArbitrageEngine({
    clock,
    market,
    pairs: [pair],
    signal: { slippageBufferBps: "5", ...(createPoolQuoter === undefined ? {} : { createPoolQuoter }) },
  });
  let opportunities = 0;
  let trades = 0;
  let bestEdge = "0";
  let realized = "0";
  engine.events.subscribe("opportunity", (o) => {
    opportunities++;
    if (o.edgeBps.gt(bestEdge)) bestEdge = o.edgeBps.toFixed(2);
  });
  engine.events.subscribe("trade", (t) => {
    trades++;
    realized = t.realizedPnl.plus(realized).toFixed();
  });
  await replayRecording({ frames: readRecording(FILE), clock, sinks });
  engine.stop();
  console.log(`${label.padEnd(44)} opportunities ${String(opportunities).padStart(3)}  best edge ${bestEdge.padStart(7)} bps  trades ${String(trades).padStart(2)}  realized $${Number(realized).toFixed(2)}`);
}

await backtest("default model (taker 60/40 bps, 5 bps buffer)", undefined, { coinbase: "0.006", gemini: "0.004" });
await backtest("+ 15 bps execution tip on every swap", withExecutionTip(15n), { coinbase: "0.006", gemini: "0.004" });
await backtest("+ tip, and a better Coinbase tier (40 bps)", withExecutionTip(15n), { coinbase: "0.004", gemini: "0.004" });
