/**
 * A seeded generator of a realistic Coinbase Advanced Trade `level2` stream (synthetic data: labelled as
 * such wherever it is used). Frames are the raw JSON text the socket would deliver, in the 2026 shape of
 * the real recording (no `client_id`, ask side `"offer"`, heartbeat counter a number, normalized decimals
 * without trailing zeros).
 *
 * Model: a SOL-USD-like book, tick 0.01, size step 1e-8. The snapshot holds `levelsPerSide` levels per
 * side spaced 1–4 ticks apart around a mid of 150.00. A "fair" mid random-walks by one tick; each update
 * message carries 1–20 changes whose distance from the fair mid is exponential (mean 6 ticks), so they
 * cluster at the touch. About 28% of changes delete an existing level; the rest resize a level or add one
 * (inside the spread when there is room). A bid placed at or above the best ask deletes that ask instead
 * (it traded), which keeps the book uncrossed, like the real feed. Heartbeat frames are interleaved about
 * once per 100 frames. `sequence_num` counts every frame from 0.
 */

/** Options of {@link generateCoinbaseL2Stream}. */
export interface CoinbaseL2StreamOptions {
  /** PRNG seed. */
  readonly seed: number;
  /** Total frames, including the snapshot and heartbeats. */
  readonly messages: number;
  /** Levels per side in the snapshot. @default 2000 */
  readonly levelsPerSide?: number;
  /** @default "SOL-USD" */
  readonly productId?: string;
}

/** The generated frames plus counts, for the benchmark's report. */
export interface CoinbaseL2Stream {
  readonly productId: string;
  readonly frames: readonly string[];
  readonly changes: number;
  readonly deletes: number;
  readonly heartbeats: number;
}

/** mulberry32: a small, fast, seedable PRNG (not cryptographic). */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const formatTicks = (ticks: number): string => {
  const whole = Math.floor(ticks / 100);
  const cents = ticks % 100;
  if (cents === 0) return String(whole);
  return cents % 10 === 0 ? `${whole}.${cents / 10}` : `${whole}.${String(cents).padStart(2, "0")}`;
};

const formatUnits = (units: number): string => {
  const whole = Math.floor(units / 1e8);
  const fraction = String(units % 1e8).padStart(8, "0").replace(/0+$/, "");
  return fraction === "" ? String(whole) : `${whole}.${fraction}`;
};

/** Generates the stream. Deterministic for a given seed and options. */
export function generateCoinbaseL2Stream(options: CoinbaseL2StreamOptions): CoinbaseL2Stream {
  const random = createRandom(options.seed);
  const productId = options.productId ?? "SOL-USD";
  const levelsPerSide = options.levelsPerSide ?? 2000;
  const bids = new Map<number, number>();
  const asks = new Map<number, number>();
  const randomSize = (): number => Math.floor(Math.exp(Math.log(1e5) + random() * (Math.log(2e10) - Math.log(1e5))));
  const gap = (): number => 1 + (random() < 0.3 ? Math.floor(random() * 4) : 0);

  let fair = 15_000;
  let bestBid = fair - 1;
  let bestAsk = fair + 1;
  for (let i = 0, p = bestBid; i < levelsPerSide; i++, p -= gap()) bids.set(p, randomSize());
  for (let i = 0, p = bestAsk; i < levelsPerSide; i++, p += gap()) asks.set(p, randomSize());

  let ms = Date.UTC(2026, 7, 9, 21, 5, 48, 0);
  let sequence = 0;
  let heartbeatCounter = 41_000;
  const frames: string[] = [];
  const time = (): string => new Date(ms).toISOString().replace("Z", "123Z");
  const entry = (side: "bid" | "offer", ticks: number, units: number, eventTime: string): string =>
    `{"side":"${side}","event_time":"${eventTime}","price_level":"${formatTicks(ticks)}","new_quantity":"${formatUnits(units)}"}`;

  const snapshot: string[] = [];
  const snapTime = time();
  for (const [p, s] of [...bids].sort((a, b) => b[0] - a[0])) snapshot.push(entry("bid", p, s, snapTime));
  for (const [p, s] of [...asks].sort((a, b) => a[0] - b[0])) snapshot.push(entry("offer", p, s, snapTime));
  frames.push(
    `{"channel":"l2_data","timestamp":"${snapTime.replace("123Z", "123456Z")}","sequence_num":${sequence++},"events":[{"type":"snapshot","product_id":"${productId}","updates":[${snapshot.join(",")}]}]}`,
  );

  const nextBest = (side: Map<number, number>, from: number, step: number): number => {
    let p = from;
    for (let i = 0; i < 100_000 && !side.has(p); i++) p += step;
    return p;
  };
  let changes = 0;
  let deletes = 0;
  let heartbeats = 0;
  while (frames.length < options.messages) {
    ms += 1 + Math.floor(random() * 3);
    if (random() < 0.01) {
      heartbeats++;
      const now = new Date(ms).toISOString().replace("T", " ").replace("Z", "");
      frames.push(
        `{"channel":"heartbeats","timestamp":"${time()}","sequence_num":${sequence++},"events":[{"current_time":"${now}840045 +0000 UTC m=+41691.260485341","heartbeat_counter":${heartbeatCounter++}}]}`,
      );
      continue;
    }
    if (random() < 0.05) fair += random() < 0.5 ? -1 : 1;
    const eventTime = time();
    const updates: string[] = [];
    const n = 1 + Math.floor(random() * 20);
    for (let k = 0; k < n; k++) {
      const isBid = random() < 0.5;
      const book = isBid ? bids : asks;
      const distance = Math.floor(-Math.log(1 - random()) * 6);
      changes++;
      if (random() < 0.28 && book.size > 10) {
        // Delete the existing level nearest to `distance` ticks behind the touch.
        const best = isBid ? bestBid : bestAsk;
        const target = nextBest(book, isBid ? best - distance : best + distance, isBid ? -1 : 1);
        if (!book.has(target)) continue;
        book.delete(target);
        deletes++;
        updates.push(entry(isBid ? "bid" : "offer", target, 0, eventTime));
        if (target === best) {
          if (isBid) bestBid = nextBest(bids, bestBid - 1, -1);
          else bestAsk = nextBest(asks, bestAsk + 1, 1);
        }
        continue;
      }
      let price = isBid ? fair - 1 - distance : fair + 1 + distance;
      if (isBid && price >= bestAsk) {
        // The bid would cross: it trades the best ask away instead.
        asks.delete(bestAsk);
        deletes++;
        updates.push(entry("offer", bestAsk, 0, eventTime));
        bestAsk = nextBest(asks, bestAsk + 1, 1);
        price = bestAsk - 1;
      } else if (!isBid && price <= bestBid) {
        bids.delete(bestBid);
        deletes++;
        updates.push(entry("bid", bestBid, 0, eventTime));
        bestBid = nextBest(bids, bestBid - 1, -1);
        price = bestBid + 1;
      }
      if (isBid && price >= bestAsk) continue;
      if (!isBid && price <= bestBid) continue;
      const size = randomSize();
      book.set(price, size);
      if (isBid && price > bestBid) bestBid = price;
      if (!isBid && price < bestAsk) bestAsk = price;
      updates.push(entry(isBid ? "bid" : "offer", price, size, eventTime));
    }
    if (updates.length === 0) continue;
    frames.push(
      `{"channel":"l2_data","timestamp":"${eventTime.replace("123Z", "123456Z")}","sequence_num":${sequence++},"events":[{"type":"update","product_id":"${productId}","updates":[${updates.join(",")}]}]}`,
    );
  }
  return { productId, frames, changes, deletes, heartbeats };
}
