/**
 * The long chaos run: `pnpm chaos --minutes 10 [--seed N] [--seeds K] [--in-process 0]` (tsx tests/chaos/runChaos.ts …).
 *
 * 1. The spawned bot ({@link runSpawnedChaos}): `arb-cli run` against the loopback fakes for that many wall-clock
 *    minutes of seeded fault phases (30 s each, then a recovery and a quiet hold with a book comparison).
 * 2. Unless `--in-process 0`: {@link runChaosSession}, the whole pipeline in process on a TestClock, for that many
 *    simulated minutes per seed (`--seeds K` seeds from `--seed`); it takes seconds.
 *
 * Prints each report as JSON (progress lines on stderr) and exits 1 when any invariant broke.
 */
import { runChaosSession } from "./support/runChaosSession";
import { runSpawnedChaos } from "./support/runSpawnedChaos";

function flag(name: string, fallback: number, min = Number.MIN_VALUE): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value < min) {
    process.stderr.write(`runChaos: --${name} needs a number ≥ ${min === Number.MIN_VALUE ? "a positive" : min}\n`);
    process.exit(2);
  }
  return value;
}

const minutes = flag("minutes", 10);
const seed = flag("seed", 2026);
const seeds = flag("seeds", 1);
const inProcess = flag("in-process", 1, 0) !== 0;
const print = (report: object): void => void process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
const progress = (line: string): void => void process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
let failed = false;

const phases = Math.max(1, Math.round((minutes * 60) / 30));
progress(`spawned bot: seed ${seed}, ${phases} fault phases of 30 s`);
const spawned = await runSpawnedChaos({ seed, phases, onProgress: progress });
print({ suite: "spawned", ...spawned });
if (spawned.violations.length > 0) {
  failed = true;
  progress(`spawned chaos FAILED for seed ${seed}: ${spawned.violations.length} violations`);
}

if (inProcess) {
  for (let s = seed; s < seed + seeds; s++) {
    const started = process.hrtime.bigint();
    const report = runChaosSession({ seed: s, seconds: Math.round(minutes * 60) });
    const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    print({ suite: "in-process", ...report, wallSeconds: Math.round(wallSeconds * 10) / 10 });
    if (report.violations.length > 0) {
      failed = true;
      progress(`in-process chaos FAILED for seed ${s}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
