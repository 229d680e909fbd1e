/**
 * Example: compose your own bot from the parts instead of `createArbitrageEngine`. A signal engine sizes
 * opportunities, a risk engine gates them, and your own code decides what to do — here, a "shadow" bot that
 * only logs what it would do, trades only one direction, and pauses itself after three approvals.
 *
 * Run: npx tsx examples/compose-your-own-bot.ts
 *
 * Swap the replay for `connector.start()` (and a live clock) and the same code watches the real venues.
 */
import { createCoinbaseConnector, createOrcaConnector, readRecording, replayRecording } from "@arbkit/connectors";
import { createAsset, createEventBus, createInstrument, TestClock, type MarketEvents } from "@arbkit/core";
import { createRiskEngine, createSignalEngine, type ArbPair, type Opportunity } from "@arbkit/engines";

const POOL = "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ";
const SOL = createAsset("SOL", 9);
const pair: ArbPair = {
  id: "SOL-USD",
  cex: [
    {
      instrument: createInstrument({ venue: "coinbase", venueSymbol: "SOL-USD", base: SOL, quote: createAsset("USD", 2), priceIncrement: "0.01", sizeIncrement: "0.00000001" }),
      takerFeeRate: "0.006",
    },
  ],
  pool: { instrument: createInstrument({ venue: "orca", venueSymbol: POOL, base: SOL, quote: createAsset("USDC", 6), priceIncrement: "0.000001", sizeIncrement: "0.000000001" }) },
  minSize: "1",
  maxSize: "25",
};

const clock = new TestClock(1_786_310_400_000);
const market = createEventBus<MarketEvents>();
const coinbase = createCoinbaseConnector({ bus: market, clock, products: ["SOL-USD"] });
const orca = createOrcaConnector({ bus: market, clock, endpoints: [], pools: [{ address: POOL, decimalsA: 9, decimalsB: 6 }] });

// Stricter than the defaults: 25 bps net edge, $300 per trade (the signal sizes within the same cap the risk gate checks).
const signal = createSignalEngine({ clock, pairs: [pair], minEdgeBps: "25", maxNotional: "300" });
const risk = createRiskEngine({
  clock,
  limits: { maxPositionNotional: "300" },
  onStateChange: (e) => console.log(`[risk] ${e.action} (${e.kind}) by ${e.by}: ${e.reason}`),
});

let approvals = 0;
const consider = (ops: readonly Opportunity[]): void => {
  for (const op of ops) {
    if (op.direction !== "cexToPool") continue; // our own rule: only buy on the CEX, sell into the pool
    const decision = risk.check(op);
    const at = new Date(op.tsDecision).toISOString().slice(11, 23);
    if (!decision.approved) {
      console.log(`${at} skip   ${op.edgeBps.toFixed(1).padStart(6)} bps: ${decision.reasons.map((r) => r.code).join(", ")}`);
      continue;
    }
    approvals++;
    console.log(`${at} WOULD  buy ${op.cexLeg.size.toFixed()} SOL on coinbase at ~${op.cexLeg.expectedPrice.toFixed(4)}, sell into the pool at ~${op.poolLeg.expectedPrice.toFixed(4)}: net $${op.netPnl.toFixed(2)} (${op.edgeBps.toFixed(1)} bps)`);
    if (approvals === 3) risk.pause("example-bot", "three approvals are enough for a demo");
  }
};
market.subscribe("book", (e) => consider(signal.applyBook(e)));
market.subscribe("pool", (e) => consider(signal.applyPool(e)));
market.subscribe("status", (e) => signal.applyStatus(e));

// The recording also holds Gemini frames; this bot watches Coinbase and Orca only, so it skips them.
async function* coinbaseAndOrca() {
  for await (const frame of readRecording("examples/data/sol-usd-scenario.jsonl.gz")) if (frame.venue !== "gemini") yield frame;
}
await replayRecording({ frames: coinbaseAndOrca(), clock, sinks: [coinbase.sink, orca.sink] });
console.log(`\napprovals: ${approvals}; risk state: ${JSON.stringify(risk.getState().pauses)}`);
