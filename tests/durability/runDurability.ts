/**
 * The long durability run: `pnpm durability --runs 50 [--seed N]` (tsx tests/durability/runDurability.ts …).
 * Prints one line per killed run and the report; exits 1 when any check failed.
 */
import { runKillCycles } from "./support/runKillCycles";

const arg = (name: string, fallback: number): number | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i < 0 ? fallback : Number(process.argv[i + 1]);
  if (Number.isSafeInteger(v) && v > 0) return v;
  process.stderr.write(`runDurability: --${name} needs a positive integer\n`);
  return undefined;
};

async function main(): Promise<number> {
  const runs = arg("runs", 50);
  const seed = arg("seed", 8);
  if (runs === undefined || seed === undefined) return 2;
  const report = await runKillCycles({
    runs,
    seed,
    onCycle: (c) => process.stdout.write(`run ${c.run}: ${c.finishedFirst ? "finished before the kill" : "killed"}, acknowledged ${c.acknowledged}, found ${c.found}, integrity ${c.integrity}\n`),
  });
  process.stdout.write(`${JSON.stringify({ finalRun: report.finalRun, killed: report.cycles.filter((c) => !c.finishedFirst).length, acknowledged: report.cycles.reduce((a, c) => a + c.acknowledged, 0), violations: report.violations }, null, 2)}\n`);
  return report.violations.length === 0 ? 0 : 1;
}

process.exitCode = await main();
