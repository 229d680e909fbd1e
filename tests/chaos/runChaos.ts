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

/** A numeric flag, or `undefined` (after saying why on stderr) when it is not a number ≥ `min`. */
function flag(name: string, fallback: number, min = Number.MIN_VALUE): number | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (Number.isFinite(value) && value >= min) return value;
  process.stderr.write(`runChaos: --${name} needs ${min === Number.MIN_VALUE ? "a positive number" : `a number ≥ ${min}`}\n`);
  return undefined;
}

const print = (report: object): void => void process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
const progress = (line: string): void => void process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/** Runs both suites; returns the exit code (2: a bad flag, 1: an invariant broke). */
async function main(): Promise<number> {
  const minutes = flag("minutes", 10);
  const seed = flag("seed", 2026);
  const seeds = flag("seeds", 1);
  const inProcessFlag = flag("in-process", 1, 0);
  if (minutes === undefined || seed === undefined || seeds === undefined || inProcessFlag === undefined) return 2;
  const inProcess = inProcessFlag !== 0;
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
  return failed ? 1 : 0;
}

process.exitCode = await main();
