import { decodeWhirlpool } from "../solana/decodeWhirlpool";
import type { RecordedFrame, RecordingHeader } from "../recording/RecordedFrame";
import { createCoinbaseScenarioStream } from "./createCoinbaseScenarioStream";
import { createGeminiScenarioStream } from "./createGeminiScenarioStream";
import { createMidPricePath } from "./createMidPricePath";
import { createOrcaScenarioStream, type PoolLagModel } from "./createOrcaScenarioStream";
import { createSeededRandom } from "./createSeededRandom";
import type { ScenarioAccounts } from "./readScenarioAccounts";
import type { ScenarioTimeline, TimedFrame } from "./ScenarioTimeline";

/** Options for {@link createScenarioRecording}. */
export interface ScenarioOptions {
  /** The pool (and its tick arrays) the scenario starts from; its price is the CEX start price. */
  readonly accounts: ScenarioAccounts;
  /** Seed of every random choice. Same seed and options → byte-identical recording. @default 42 */
  readonly seed?: number;
  /** Market time covered, in seconds. @default 180 */
  readonly durationSeconds?: number;
  /** Start time, Unix seconds (an integer). @default 1786310400 (2026-08-09T21:20:00Z) */
  readonly startTime?: number;
  /** Coinbase product id. @default "SOL-USD" */
  readonly coinbaseProduct?: string;
  /** Gemini symbol. @default "SOLUSD" */
  readonly geminiSymbol?: string;
  /** First Solana slot after the account snapshot. @default 185760000 */
  readonly startSlot?: number;
  /** How the pool lags the CEX price. @default see {@link PoolLagModel} */
  readonly lag?: PoolLagModel;
  /** Relative size of CEX price jumps (min, max). @default [0.01, 0.025] */
  readonly jump?: readonly [number, number];
  /** Expected seconds between CEX jumps. @default 20 */
  readonly jumpEverySeconds?: number;
}

/** A generated recording: its header and frames in receive order. */
export interface ScenarioRecording {
  readonly header: RecordingHeader;
  readonly frames: readonly RecordedFrame[];
}

const STEP_US = 100_000;

/**
 * Generates a **synthetic** three-venue recording in the venues' real wire formats: Coinbase Advanced
 * Trade `l2_data` (snapshot + updates, contiguous `sequence_num`, heartbeats), Gemini v2 `l2_updates`
 * (first = full book, heartbeats) and Solana JSON-RPC/pubsub frames for one Whirlpool (a real mainnet
 * account whose price, tick and liquidity are moved consistently). The CEX books follow one random-walk
 * mid with jumps; the pool follows the mid with a lag, so arbitrage opens after each jump and closes when
 * the pool catches up. Deterministic: the same options give the same frames, byte for byte.
 *
 * The data is invented. The header's `source` says so, and nothing derived from it is a market fact.
 *
 * @example
 * ```ts
 * const rec = createScenarioRecording({ accounts: readScenarioAccounts(path), seed: 7, durationSeconds: 60 });
 * rec.frames.length;
 * ```
 */
export function createScenarioRecording(options: ScenarioOptions): ScenarioRecording {
  const seed = options.seed ?? 42;
  const durationSeconds = options.durationSeconds ?? 180;
  const startTime = options.startTime ?? 1_786_310_400;
  const startUs = startTime * 1_000_000;
  const endUs = startUs + Math.round(durationSeconds * 1_000_000);
  const master = createSeededRandom(seed);
  const seeds = { mid: master.int(1, 2 ** 31), coinbase: master.int(1, 2 ** 31), gemini: master.int(1, 2 ** 31), orca: master.int(1, 2 ** 31) };
  const pool = decodeWhirlpool(options.accounts.whirlpool.data);
  const rawSqrt = Number(pool.state.sqrtPrice) / 2 ** 64;
  const startPrice = rawSqrt * rawSqrt * 1000; // USDC per SOL: 9 and 6 decimals
  const [jumpMin, jumpMax] = options.jump ?? [0.01, 0.025];
  const steps = Math.ceil((endUs - startUs) / STEP_US) + 1;
  const path = createMidPricePath(createSeededRandom(seeds.mid), {
    start: startPrice,
    steps,
    volatility: 0.00012,
    jumpProbability: STEP_US / 1_000_000 / (options.jumpEverySeconds ?? 20),
    jumpMin,
    jumpMax,
  });
  const timeline: ScenarioTimeline = {
    startUs,
    endUs,
    midAt: (us) => path[Math.min(path.length - 1, Math.max(0, Math.floor((us - startUs) / STEP_US)))] ?? startPrice,
  };
  const streams: TimedFrame[][] = [
    createOrcaScenarioStream(seeds.orca, timeline, options.accounts.whirlpool, options.accounts.tickArrays, options.startSlot ?? 185_760_000, options.lag),
    createCoinbaseScenarioStream(seeds.coinbase, timeline, options.coinbaseProduct ?? "SOL-USD"),
    createGeminiScenarioStream(seeds.gemini, timeline, options.geminiSymbol ?? "SOLUSD"),
  ];
  // Stable merge by time; equal times keep stream order, so the result is deterministic.
  const all = streams.flatMap((s, streamIndex) => s.map((f, i) => ({ f, streamIndex, i })));
  all.sort((a, b) => a.f.us - b.f.us || a.streamIndex - b.streamIndex || a.i - b.i);
  return {
    header: {
      $arbkit: "recording/1",
      startedAt: startTime,
      venues: ["orca", "coinbase", "gemini"],
      source: `SYNTHETIC scenario (arbkit scenario generator, seed ${seed}, ${durationSeconds} s): invented prices, not market data`,
    },
    frames: all.map((x) => x.f.frame),
  };
}
