/**
 * The long durability run: `pnpm durability --runs 50 [--seed N]` (tsx tests/durability/runDurability.ts …).
 * Prints one line per killed run and the report; exits 1 when any check failed.
 */
import { runKillCycles } from "./support/runKillCycles";

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i < 0 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isSafeInteger(v) || v <= 0) {
    process.stderr.write(`runDurability: --${name} needs a positive integer\n`);
    process.exit(2);
  }
  return v;
};

const report = await runKillCycles({
  runs: arg("runs", 50),
  seed: arg("seed", 8),
  onCycle: (c) => process.stdout.write(`run ${c.run}: ${c.finishedFirst ? "finished before the kill" : "killed"}, acknowledged ${c.acknowledged}, found ${c.found}, integrity ${c.integrity}\n`),
});
process.stdout.write(`${JSON.stringify({ finalRun: report.finalRun, killed: report.cycles.filter((c) => !c.finishedFirst).length, acknowledged: report.cycles.reduce((a, c) => a + c.acknowledged, 0), violations: report.violations }, null, 2)}\n`);
process.exitCode = report.violations.length === 0 ? 0 : 1;
