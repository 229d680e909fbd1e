/**
 * The long chaos run: `pnpm chaos --minutes 10 [--seed N]` (tsx tests/chaos/runChaos.ts …). Runs
 * {@link runChaosSession} over that many simulated minutes of seeded faults and prints the report as JSON;
 * exits 1 when any invariant broke. Time is simulated (a TestClock), so 10 minutes take seconds.
 */
import { runChaosSession } from "./support/runChaosSession";

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isFinite(value) || value <= 0) {
    process.stderr.write(`runChaos: --${name} needs a positive number\n`);
    process.exit(2);
  }
  return value;
}

const minutes = flag("minutes", 10);
const seed = flag("seed", 2026);
const seeds = flag("seeds", 1);
let failed = false;
for (let s = seed; s < seed + seeds; s++) {
  const started = process.hrtime.bigint();
  const report = runChaosSession({ seed: s, seconds: Math.round(minutes * 60) });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`${JSON.stringify({ ...report, wallSeconds: Math.round(wallSeconds * 10) / 10 }, null, 2)}\n`);
  if (report.violations.length > 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
