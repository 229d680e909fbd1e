/**
 * Example: a basic backtest over the bundled (synthetic) recording, composed from the library packages only.
 *
 * Run: npx tsx examples/basic-backtest.ts [recording]
 *
 * The same connectors that run live parse the recorded frames (their `sink`), the engine sizes, gates and
 * paper-trades every opportunity, and a TestClock makes the run reproducible: run it twice, get the same PnL.
 */
import { createCoinbaseConnector, createGeminiConnector, createOrcaConnector, readRecording, replayRecording } from "@arbkit/connectors";
import { createAsset, createEventBus, createInstrument, TestClock, type MarketEvents } from "@arbkit/core";
import { createArbitrageEngine, type ArbPair } from "@arbkit/engines";

const file = process.argv[2] ?? "examples/data/sol-usd-scenario.jsonl.gz";
const POOL = "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ"; // Orca SOL/USDC, tick spacing 64

const SOL = createAsset("SOL", 9);
const USD = createAsset("USD", 2);
const pair: ArbPair = {
  id: "SOL-USD",
  cex: [
    { instrument: createInstrument({ venue: "coinbase", venueSymbol: "SOL-USD", base: SOL, quote: USD, priceIncrement: "0.01", sizeIncrement: "0.00000001" }), takerFeeRate: "0.006" },
    { instrument: createInstrument({ venue: "gemini", venueSymbol: "SOLUSD", base: SOL, quote: USD, priceIncrement: "0.001", sizeIncrement: "0.000001" }), takerFeeRate: "0.004" },
  ],
  pool: { instrument: createInstrument({ venue: "orca", venueSymbol: POOL, base: SOL, quote: createAsset("USDC", 6), priceIncrement: "0.000001", sizeIncrement: "0.000000001" }) },
  minSize: "0.1",
  maxSize: "50",
};

// The recording starts at its header's time; the test clock follows the frames' receive times.
const clock = new TestClock(1_786_310_400_000);
const market = createEventBus<MarketEvents>();
const coinbase = createCoinbaseConnector({ bus: market, clock, products: ["SOL-USD"] });
const gemini = createGeminiConnector({ bus: market, clock, symbols: ["SOLUSD"] });
const orca = createOrcaConnector({ bus: market, clock, endpoints: [], pools: [{ address: POOL, decimalsA: 9, decimalsB: 6 }] });
const engine = createArbitrageEngine({ clock, market, pairs: [pair] }); // the seed's defaults: 10 bps, $1,000, $500/day, 5 losses

let opportunities = 0;
let pnl = 0;
const trades: string[] = [];
engine.events.subscribe("opportunity", () => void opportunities++);
engine.events.subscribe("trade", (t) => {
  trades.push(`${new Date(t.tsEnd).toISOString()} ${t.direction.padEnd(9)} ${t.cex.filled.toFixed()} SOL on ${t.opportunityId.split(":")[1] ?? "?"}: realized $${t.realizedPnl.toFixed(4)} (expected $${t.expectedPnl.toFixed(4)})`);
  pnl += t.realizedPnl.toNumber(); // a float only for this printout; the engine's own figures are exact
});

const result = await replayRecording({ frames: readRecording(file), clock, sinks: [coinbase.sink, gemini.sink, orca.sink] });
engine.stop();
console.log(trades.join("\n"));
console.log(`\n${result.frames} frames, ${opportunities} opportunities, ${trades.length} paper trades, realized PnL $${pnl.toFixed(2)}`);
