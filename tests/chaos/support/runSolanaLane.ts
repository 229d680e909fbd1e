import type { Clock } from "@arbkit/core";
import type { FakeSolanaRpc } from "../../fakes/createFakeSolanaRpc";

/** One Solana fault of a phase, at an offset (ms) from the phase start. */
export type SolanaLaneItem = { readonly kind: "429"; readonly n: number; readonly atMs: number } | { readonly kind: "hang"; readonly atMs: number } | { readonly kind: "stall"; readonly atMs: number };

/** Options of {@link runSolanaLane}. */
export interface SolanaLaneOptions {
  readonly solana: FakeSolanaRpc;
  readonly clock: Clock;
  readonly phaseStart: number;
  readonly phaseEnd: number;
  /** In time order. */
  readonly items: readonly SolanaLaneItem[];
  /** Runs a Solana stall to its end. */
  readonly stall: () => Promise<void>;
  /** Receives a line for each fault that could not start before the phase ended. */
  readonly skipped: string[];
}

/** Spacing between a client's failure and the next fault: the Orca connector's failover cool-down is ≥ 500 ms. */
const SPACING_MS = 400;
/** Quiet time after each Solana fault, so its failover has happened before the next one. */
const SETTLE_MS = 3_000;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)));

async function until(check: () => boolean, deadline: number, clock: Clock): Promise<void> {
  while (!check() && clock.now() < deadline) await sleep(50);
}

/**
 * Runs a phase's Solana faults one at a time, never overlapping, so each one meets its own client session and
 * the bot's failures can be counted exactly: a 429 burst arms `n` 429 answers (spaced so that requests an
 * already failed session still had in flight are answered normally) and waits until they are spent; a hang
 * leaves one request unanswered and waits until the bot gives up on it (its request timeout); a stall stops
 * slots and account notifications for its length. An RPC fault that cannot start 2 s before the phase ends
 * is skipped (and named in `skipped`); unspent 429s are disarmed at the phase end.
 */
export async function runSolanaLane(options: SolanaLaneOptions): Promise<void> {
  const { solana, clock } = options;
  const count = (kind: "429" | "hang"): number => solana.events.filter((e) => e.kind === kind).length;
  solana.faults.spacingMs = SPACING_MS;
  let freeAt = options.phaseStart;
  for (const item of options.items) {
    await sleep(Math.max(options.phaseStart + item.atMs, freeAt) - clock.now());
    if (item.kind === "stall") {
      await options.stall();
    } else if (clock.now() > options.phaseEnd - 2_000) {
      options.skipped.push(`solana ${item.kind} (no time left in its phase)`);
      continue;
    } else if (item.kind === "429") {
      const before = count("429");
      solana.faults.http429 = item.n;
      await until(() => count("429") - before >= item.n, options.phaseEnd, clock);
      solana.faults.http429 = 0;
    } else {
      const before = count("hang");
      solana.faults.hangNext = 1;
      await until(() => count("hang") > before, options.phaseEnd, clock);
      solana.faults.hangNext = 0;
      // The bot's request timeout (10 s) releases it; the phase waits for that.
      await until(() => solana.hanging === 0, clock.now() + 30_000, clock);
    }
    freeAt = clock.now() + SETTLE_MS;
  }
}
