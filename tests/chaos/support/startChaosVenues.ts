import type { Clock } from "@arbkit/core";
import type { SeededRandom } from "@arbkit/connectors";
import { createFakeSolanaRpc, type FakeSolanaRpc } from "../../fakes/createFakeSolanaRpc";
import { startFakeCoinbaseVenue, type FakeCoinbaseVenue } from "../../fakes/startFakeCoinbaseVenue";
import { startFakeGeminiVenue, type FakeGeminiVenue } from "../../fakes/startFakeGeminiVenue";
import { HJP, hjpAccounts } from "../../solana/orcaTestKit";
import type { ChaosFeeds, SolanaStep } from "./createChaosFeeds";

/** Per-frame fault rates of the CEX venues (each a probability per script frame). */
export interface FrameFaultRates {
  readonly malformed: number;
  readonly skip: number;
  readonly repeat: number;
  readonly crossing: number;
}

/** Faults injected frame by frame, per venue. */
export interface FrameFaultCounts {
  malformed: number;
  skips: number;
  repeats: number;
  crossings: number;
}

/** The three loopback fakes serving a {@link ChaosFeeds} market, played on the wall clock. */
export interface ChaosVenues {
  readonly coinbase: FakeCoinbaseVenue;
  readonly gemini: FakeGeminiVenue;
  readonly solana: FakeSolanaRpc;
  /** Frame faults injected so far. */
  readonly frameFaults: { readonly coinbase: FrameFaultCounts; readonly gemini: FrameFaultCounts };
  /** Crossing updates sent: when, where and at what bid price (an opportunity must never trade against one). */
  readonly crossings: { readonly venue: "coinbase" | "gemini"; readonly at: number; readonly price: string }[];
  /**
   * Plays every scenario frame up to `scenarioMs`. With `faults`, each CEX frame may be preceded by a malformed
   * frame, lost (its sequence number used), repeated or preceded by a crossing update (seeded, one draw set per
   * frame whatever happens, so a seed's choices never depend on timing).
   */
  play(scenarioMs: number, faults: { readonly coinbase: FrameFaultRates | undefined; readonly gemini: FrameFaultRates | undefined }): void;
  /** The pool account's bytes as the fake RPC serves them now (undefined before the first scenario state). */
  poolData(): Buffer | undefined;
  /** Stops (true) or restarts the Solana feed; a restart delivers the newest slot and account states at once. */
  stallSolana(stalled: boolean): void;
  /**
   * Keeps quiet CEX venues alive: a heartbeat on each (Solana needs none: a hold is far shorter than the
   * connector's 10 s head-slot watch, and extra slots would put the fake ahead of the scenario's slots).
   */
  heartbeat(): void;
  close(): Promise<void>;
}

const SYMBOL = { coinbase: "SOL-USD", gemini: "SOLUSD" } as const;

/** Starts the three fakes for `feeds`; every delivery log is timed by `clock`. */
export async function startChaosVenues(feeds: ChaosFeeds, clock: Clock, rng: { readonly coinbase: SeededRandom; readonly gemini: SeededRandom }): Promise<ChaosVenues> {
  const coinbase = await startFakeCoinbaseVenue({ lines: feeds.coinbase, clock });
  const gemini = await startFakeGeminiVenue({ lines: feeds.gemini, clock });
  const solana = await createFakeSolanaRpc(hjpAccounts(), 185_760_000, { clock });
  const frameFaults = { coinbase: { malformed: 0, skips: 0, repeats: 0, crossings: 0 }, gemini: { malformed: 0, skips: 0, repeats: 0, crossings: 0 } };
  const crossings: ChaosVenues["crossings"] = [];
  let solanaCursor = 0;
  let solanaStalled = false;
  // While Solana is stalled, the newest state of each account and the newest slot wait here.
  const pending = new Map<string, Extract<SolanaStep, { kind: "account" }>>();
  let pendingSlot: number | undefined;
  let poolData: Buffer | undefined;
  const applySolana = (step: SolanaStep): void => {
    if (step.kind === "slot") {
      if (step.slot > solana.slot) solana.advanceSlot(step.slot - solana.slot);
    } else {
      solana.setAccount(step.address, { owner: step.owner, data: step.data });
      if (step.address === HJP) poolData = step.data;
    }
  };
  const playCex = (venue: "coinbase" | "gemini", scenarioMs: number, faults: FrameFaultRates | undefined): void => {
    const fake = venue === "coinbase" ? coinbase : gemini;
    const r = rng[venue];
    const counts = frameFaults[venue];
    for (let next = fake.nextRecvTs; next !== undefined && next * 1000 <= scenarioMs; next = fake.nextRecvTs) {
      const [malformed, seq, crossing, variant] = [r.next(), r.next(), r.next(), r.int(0, 99)];
      if (faults !== undefined) {
        if (malformed < faults.malformed) {
          counts.malformed++;
          if (venue === "coinbase") coinbase.sendMalformed(variant);
          else gemini.sendMalformed(variant, SYMBOL.gemini);
        }
        if (crossing < faults.crossing) {
          const price = venue === "coinbase" ? coinbase.sendCrossing(SYMBOL.coinbase) : gemini.sendCrossing(SYMBOL.gemini);
          if (price !== undefined) {
            counts.crossings++;
            crossings.push({ venue, at: clock.now(), price });
          }
        }
        if (venue === "coinbase" && seq < faults.skip) {
          counts.skips++;
          coinbase.skipSequence();
        } else if (venue === "coinbase" && seq < faults.skip + faults.repeat) {
          counts.repeats++;
          coinbase.repeatSequence();
        }
      }
      fake.step(1);
    }
  };
  return {
    coinbase,
    gemini,
    solana,
    frameFaults,
    crossings,
    poolData: () => poolData ?? hjpAccounts().get(HJP)?.data,
    play(scenarioMs, faults) {
      playCex("coinbase", scenarioMs, faults.coinbase);
      playCex("gemini", scenarioMs, faults.gemini);
      for (let step = feeds.solana[solanaCursor]; step !== undefined && step.atMs <= scenarioMs; step = feeds.solana[++solanaCursor]) {
        if (!solanaStalled) applySolana(step);
        else if (step.kind === "slot") pendingSlot = step.slot;
        else pending.set(step.address, step);
      }
    },
    stallSolana(stalled) {
      solanaStalled = stalled;
      if (stalled) return;
      if (pendingSlot !== undefined) applySolana({ atMs: 0, kind: "slot", slot: pendingSlot });
      for (const step of pending.values()) applySolana(step);
      pending.clear();
      pendingSlot = undefined;
    },
    heartbeat() {
      coinbase.sendHeartbeat();
      gemini.sendHeartbeat();
    },
    async close() {
      await Promise.all([coinbase.close(), gemini.close(), solana.close()]);
    },
  };
}
