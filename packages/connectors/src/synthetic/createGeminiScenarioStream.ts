import { createSeededRandom } from "./createSeededRandom";
import { createSyntheticBook } from "./createSyntheticBook";
import { encodeGeminiHeartbeat, encodeGeminiL2Frame, encodeGeminiSubscribe } from "./encodeGeminiFrames";
import { timedFrame, type ScenarioTimeline, type TimedFrame } from "./ScenarioTimeline";

/**
 * The Gemini market data v2 session of a scenario: the subscribe frame sent, a first `l2_updates` with
 * the full book (and the `auction_events`/`trades` keys), updates every 100–500 ms, and heartbeats every
 * 5 s. Gemini v2 carries no sequence numbers. Gemini quotes SOLUSD to 0.001; this book uses a 0.005 grid.
 */
export function createGeminiScenarioStream(seed: number, timeline: ScenarioTimeline, symbol: string): TimedFrame[] {
  const rng = createSeededRandom(seed);
  const conn = "gemini.ws.1";
  // Gemini's own prices are a little off Coinbase's: a small constant offset per scenario (±3 bps).
  const offset = rng.between(-0.0003, 0.0003);
  const book = createSyntheticBook(rng, { step: 5, levelsPerSide: 30, halfSpread: 4, minSize: 100_000, maxSize: 150_000_000, sizeQuantum: 1_000 });
  const scales = { priceScale: 3, sizeScale: 6 };
  const out: TimedFrame[] = [];
  const { startUs, endUs } = timeline;
  out.push(timedFrame(startUs + 300, "gemini", conn, encodeGeminiSubscribe([symbol]), "out"));
  let t = startUs + 180_000 + rng.int(0, 40_000);
  book.applyMid(Math.round(timeline.midAt(t) * (1 + offset) * 1000));
  out.push(timedFrame(t, "gemini", conn, encodeGeminiL2Frame(symbol, book.levels(), scales, true)));
  let nextUpdate = t + rng.int(100_000, 500_000);
  let nextHeartbeat = t + 1_500_000;
  while (true) {
    t = Math.min(nextUpdate, nextHeartbeat);
    if (t >= endUs) break;
    if (t === nextHeartbeat) {
      out.push(timedFrame(t, "gemini", conn, encodeGeminiHeartbeat(Math.floor(t / 1000) - rng.int(15, 30))));
      nextHeartbeat += 5_000_000 + rng.int(-3_000, 3_000);
    } else {
      const changes = book.applyMid(Math.round(timeline.midAt(t) * (1 + offset) * 1000));
      out.push(timedFrame(t, "gemini", conn, encodeGeminiL2Frame(symbol, changes, scales, false)));
      nextUpdate += rng.int(100_000, 500_000);
    }
  }
  return out;
}
