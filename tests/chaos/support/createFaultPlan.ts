import { createSeededRandom } from "@arbkit/connectors";

/** A venue of the chaos market. */
export type ChaosVenue = "coinbase" | "gemini" | "solana";

/** The faults of one phase, at offsets (ms) from the phase start. */
export interface PhasePlan {
  /** 20 s stalls (everything held on a CEX venue; no slot or account notification on Solana). */
  readonly stalls: readonly { readonly venue: ChaosVenue; readonly atMs: number }[];
  /** Solana RPC faults: a burst of `n` HTTP 429 answers, or one request left hanging (the bot times it out). */
  readonly rpc: readonly ({ readonly kind: "429"; readonly n: number; readonly atMs: number } | { readonly kind: "hang"; readonly atMs: number })[];
  /** Huge snapshots: the CEX venue's book grows by `levels` far levels per side and is sent whole. */
  readonly pads: readonly { readonly venue: "coinbase" | "gemini"; readonly atMs: number }[];
}

/** Options of {@link createFaultPlan}. */
export interface FaultPlanOptions {
  readonly seed: number;
  readonly phases: number;
  readonly phaseMs: number;
  readonly stallMs: number;
  /** Most huge snapshots per CEX venue over the run (each one grows every later snapshot). */
  readonly maxPads: number;
}

/**
 * The seeded schedule of a spawned chaos run: per phase, which venues stall and when (at least one venue
 * per phase; each stall ends inside its phase), Solana 429 bursts and hung requests (only in phases without a
 * Solana stall), and huge snapshots.
 * Disconnects and frame faults are drawn as the run goes (see `runSpawnedChaos`). Pure: a seed always gives
 * the same plan.
 */
export function createFaultPlan(options: FaultPlanOptions): PhasePlan[] {
  const rng = createSeededRandom(options.seed * 31 + 7);
  const pads = { coinbase: 0, gemini: 0 };
  const at = (endRoomMs: number): number => rng.int(0, Math.max(0, options.phaseMs - endRoomMs));
  const plans: PhasePlan[] = [];
  for (let p = 0; p < options.phases; p++) {
    const venues = (["coinbase", "gemini", "solana"] as const).filter(() => rng.next() < 0.45);
    if (venues.length === 0) venues.push((["coinbase", "gemini", "solana"] as const)[rng.int(0, 2)] ?? "coinbase");
    const stalls = venues.map((venue) => ({ venue, atMs: at(options.stallMs + 500) }));
    // Solana faults never overlap (so each failure is counted exactly): a phase either stalls the chain feed or
    // injects RPC faults, and those early enough to be served (the bot asks every 10 s) and timed out (10 s).
    const rpc: PhasePlan["rpc"][number][] = [];
    if (!venues.includes("solana")) {
      if (rng.next() < 0.8) rpc.push({ kind: "429", n: rng.int(1, 3), atMs: rng.int(0, 8_000) });
      if (rng.next() < 0.6) rpc.push({ kind: "hang", atMs: rng.int(0, 12_000) });
    }
    rpc.sort((a, b) => a.atMs - b.atMs);
    const phasePads: { venue: "coinbase" | "gemini"; atMs: number }[] = [];
    for (const venue of ["coinbase", "gemini"] as const) {
      if (rng.next() < 0.35 && pads[venue] < options.maxPads) {
        pads[venue]++;
        phasePads.push({ venue, atMs: at(1_000) });
      }
    }
    plans.push({ stalls, rpc, pads: phasePads });
  }
  return plans;
}
