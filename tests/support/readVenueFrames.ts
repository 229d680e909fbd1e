import { createScenarioRecording, readScenarioAccounts } from "@arbkit/connectors";
import { fixturePath, readRecording } from "./fixtures";

/** Where each venue's real 2026 recording lives under `../shared/fixtures`. */
const REAL_RECORDINGS = {
  coinbase: ["coinbase", "advtrade-2026-08-09-BTC-USD-ETH-USD.recv.jsonl.gz"],
  gemini: ["gemini", "v2-2026-08-09-10-symbols-incl-SOLUSD.recv.jsonl.gz"],
} as const;

/**
 * The raw frames of one venue that `keep` selects, from its real recording in `../shared/fixtures` (none for
 * `orca`: no real Solana recording exists) and from 20 s of the SYNTHETIC scenario (seed 5): what a
 * canonical-layout decoder must take.
 */
export function readVenueFrames(venue: "coinbase" | "gemini" | "orca", keep: (frame: string) => boolean): { readonly real: string[]; readonly synthetic: string[] } {
  const real = venue === "orca" ? [] : readRecording(fixturePath(...REAL_RECORDINGS[venue])).map((l) => l.frame).filter(keep);
  const accounts = readScenarioAccounts(fixturePath("orca", "sol-usdc-HJPjoW-slot185759999", "pool-and-39-tick-arrays.json"));
  const synthetic = createScenarioRecording({ accounts, seed: 5, durationSeconds: 20 })
    .frames.filter((f) => f.venue === venue && keep(f.frame))
    .map((f) => f.frame);
  return { real, synthetic };
}
