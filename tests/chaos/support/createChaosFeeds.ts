import { createScenarioRecording, readScenarioAccounts } from "@arbkit/connectors";
import { fixturePath } from "../../support/fixtures";

/** A recorded inbound line, as the fake venues take it. */
export interface FeedLine {
  /** Scenario receive time, Unix s. */
  readonly recvTs: number;
  readonly frame: string;
}

/** One step of the Solana side: a new head slot, or a new state of an account. */
export type SolanaStep =
  | { readonly atMs: number; readonly kind: "slot"; readonly slot: number }
  | { readonly atMs: number; readonly kind: "account"; readonly address: string; readonly owner: string; readonly data: Buffer };

/** A seeded synthetic market split per venue, for the fake venues to serve. */
export interface ChaosFeeds {
  /** Scenario start, Unix ms. */
  readonly startMs: number;
  readonly coinbase: readonly FeedLine[];
  readonly gemini: readonly FeedLine[];
  /** Slots and pool account states, in time order. */
  readonly solana: readonly SolanaStep[];
}

/**
 * Generates the synthetic SOL/USD scenario (`createScenarioRecording`: CEX books on a random walk with jumps,
 * the real HJPjoW Whirlpool lagging them, so arbitrage opens and closes) for `seconds` of market time and
 * splits it: Coinbase and Gemini inbound frames for the fake venues, and the Solana side as slots and account
 * states for the fake RPC to serve (it answers requests itself, so requests and responses are dropped).
 */
export function createChaosFeeds(seed: number, seconds: number): ChaosFeeds {
  const accounts = readScenarioAccounts(fixturePath("orca", "sol-usdc-HJPjoW-slot185759999", "pool-and-39-tick-arrays.json"));
  // A jump every 6 s on average (the generator's default is 20 s): more opportunities to check in a short run.
  const scenario = createScenarioRecording({ accounts, seed, durationSeconds: seconds, jumpEverySeconds: 6 });
  const coinbase: FeedLine[] = [];
  const gemini: FeedLine[] = [];
  const solana: SolanaStep[] = [];
  const subscriptions = new Map<number, string>();
  for (const f of scenario.frames) {
    if (f.dir === "out") continue;
    if (f.venue === "coinbase") coinbase.push({ recvTs: f.recvTs, frame: f.frame });
    else if (f.venue === "gemini") gemini.push({ recvTs: f.recvTs, frame: f.frame });
    else if (f.venue === "orca") {
      const msg = JSON.parse(f.frame) as { id?: string; result?: unknown; method?: string; params?: { subscription: number; result: { slot?: number; value?: { owner: string; data: [string, string] } } } };
      const atMs = f.recvTs * 1000;
      if (typeof msg.id === "string" && msg.id.startsWith("accountSubscribe/") && typeof msg.result === "number") {
        subscriptions.set(msg.result, msg.id.split("/")[2] ?? "");
      } else if (msg.method === "slotNotification" && msg.params?.result.slot !== undefined) {
        solana.push({ atMs, kind: "slot", slot: msg.params.result.slot });
      } else if (msg.method === "accountNotification" && msg.params?.result.value !== undefined) {
        const address = subscriptions.get(msg.params.subscription);
        const value = msg.params.result.value;
        if (address !== undefined) solana.push({ atMs, kind: "account", address, owner: value.owner, data: Buffer.from(value.data[0], "base64") });
      }
    }
  }
  return { startMs: scenario.header.startedAt * 1000, coinbase, gemini, solana };
}
