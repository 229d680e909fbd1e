import { createSeededRandom } from "./createSeededRandom";
import { createSyntheticBook } from "./createSyntheticBook";
import { encodeCoinbaseHeartbeat, encodeCoinbaseL2Frame, encodeCoinbaseSubscribe, encodeCoinbaseSubscriptions } from "./encodeCoinbaseFrames";
import { timedFrame, type ScenarioTimeline, type TimedFrame } from "./ScenarioTimeline";

const PRICE_SCALE = 3; // the generator's price units are 0.001; Coinbase SOL-USD quotes in 0.01
const SIZE_SCALE = 8;

/**
 * The Coinbase Advanced Trade session of a scenario: the two subscribe frames sent, `subscriptions`
 * acknowledgements, one `l2_data` snapshot then updates every 50–350 ms, and a heartbeat every second,
 * all on one connection whose `sequence_num` runs 0, 1, 2, … across channels without a gap.
 */
export function createCoinbaseScenarioStream(seed: number, timeline: ScenarioTimeline, productId: string): TimedFrame[] {
  const rng = createSeededRandom(seed);
  const conn = "coinbase.ws.1";
  const book = createSyntheticBook(rng, { step: 10, levelsPerSide: 40, halfSpread: 5, minSize: 50_000_000, maxSize: 12_000_000_000, sizeQuantum: 1_000_000 });
  const out: TimedFrame[] = [];
  const scales = { priceScale: PRICE_SCALE, sizeScale: SIZE_SCALE };
  let seq = 0;
  const uptime0 = rng.between(20_000, 90_000);
  const inbound = (us: number, frame: (nanos: number) => string): void => {
    out.push(timedFrame(us, "coinbase", conn, frame(rng.int(0, 999))));
  };
  const { startUs, endUs } = timeline;
  out.push(timedFrame(startUs, "coinbase", conn, encodeCoinbaseSubscribe("level2", [productId]), "out"));
  out.push(timedFrame(startUs + 150, "coinbase", conn, encodeCoinbaseSubscribe("heartbeats", [productId]), "out"));
  const envelope = (us: number): number => us - rng.int(20_000, 40_000);

  let t = startUs + 110_000;
  inbound(t, (n) => encodeCoinbaseSubscriptions(seq++, envelope(t), n, { level2: [productId] }));
  t += 2_000;
  book.applyMid(Math.round(timeline.midAt(t) * 1000));
  inbound(t, (n) => encodeCoinbaseL2Frame("snapshot", productId, book.levels(), scales, seq++, envelope(t), t - 60_000, n));
  t += 500;
  inbound(t, (n) => encodeCoinbaseSubscriptions(seq++, envelope(t), n, { heartbeats: ["heartbeats"], level2: [productId] }));

  let nextUpdate = t + rng.int(50_000, 350_000);
  let nextHeartbeat = t + 1_000_000;
  let counter = Math.floor(uptime0);
  while (true) {
    const at = Math.min(nextUpdate, nextHeartbeat);
    if (at >= endUs) break;
    if (at === nextHeartbeat) {
      counter++;
      const env = envelope(at);
      inbound(at, (n) => encodeCoinbaseHeartbeat(seq++, env, n, counter, uptime0 + (env - startUs) / 1_000_000));
      nextHeartbeat += 1_000_000 + rng.int(-2_000, 2_000);
    } else {
      const changes = book.applyMid(Math.round(timeline.midAt(at) * 1000));
      const env = envelope(at);
      inbound(at, (n) => encodeCoinbaseL2Frame("update", productId, changes, scales, seq++, env, env - rng.int(1_000, 5_000), n));
      nextUpdate += rng.int(50_000, 350_000);
    }
  }
  return out;
}
