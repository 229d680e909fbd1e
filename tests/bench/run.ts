import type { BenchResult, BenchWorkload } from "./BenchResult";
import { fmt } from "./measure";
import { p1Book } from "./p1Book";
import { p2Clmm } from "./p2Clmm";
import { p1Connector } from "./p1Connector";
import { p6Engine } from "./p6Engine";
import { p3Replay } from "./p3Replay";
import { p5Server } from "./p5Server";

// Each workload lives in its own file; register it here.
const workloads: BenchWorkload[] = [p1Book, p2Clmm, p1Connector, p6Engine, p3Replay, p5Server];

/** Runs the selected workloads; returns the exit code (2: bad arguments, 1: a workload threw). */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const quick = args.includes("--quick");
  const onlyIndex = args.indexOf("--only");
  const only = onlyIndex >= 0 ? (args[onlyIndex + 1] ?? "").split(",") : undefined;
  const known = new Set(["--json", "--quick", "--only"]);
  for (const [i, arg] of args.entries()) {
    if (arg.startsWith("--") && !known.has(arg)) {
      console.error(`bench: unknown flag ${arg} (known: --json, --quick, --only P1,P2,…)`);
      return 2;
    }
    if (!arg.startsWith("--") && args[i - 1] !== "--only") {
      console.error(`bench: unexpected argument ${arg}`);
      return 2;
    }
  }

  const log = (line: string): void => {
    if (!json) console.log(line);
  };

  const selected = workloads.filter((w) => only === undefined || only.includes(w.id));
  if (only !== undefined && selected.length === 0) {
    console.error(`bench: no workload matches ${only.join(",")} (have: ${workloads.map((w) => w.id).join(", ")})`);
    return 2;
  }

  let missed = 0;
  const failed: string[] = [];
  for (const workload of selected) {
    log(`\n== ${workload.id}: ${workload.title}`);
    let results: BenchResult[];
    try {
      results = await workload.run({ quick, log });
    } catch (error) {
      // One broken workload must not hide the others' figures: report it, go on, fail at the end.
      failed.push(workload.id);
      console.error(`bench: ${workload.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      continue;
    }
    for (const r of results) {
      if (r.met === false) missed++;
      if (json) {
        console.log(JSON.stringify({ name: r.name, unit: r.unit, ours: r.ours, peer: r.peer ?? null, peerName: r.peerName, ratio: r.ratio ?? null, target: r.target ?? null, met: r.met ?? null, quick, ...(r.extra ?? {}) }));
      } else {
        const extra = r.extra === undefined ? "" : `  ${Object.entries(r.extra).map(([k, v]) => `${k}=${typeof v === "number" ? fmt(v, 2) : v}`).join(" ")}`;
        const target = r.target === undefined ? "" : `  target ${r.target}: ${r.met === true ? "MET" : "MISSED"}${quick ? " (quick run)" : ""}`;
        console.log(
          `${r.name.padEnd(48)} ours ${fmt(r.ours).padStart(12)} ${r.unit.padEnd(8)} ${r.peerName.padEnd(16)} ${fmt(r.peer).padStart(12)}  ratio ${fmt(r.ratio, 2)}${target}${extra}`,
        );
      }
    }
  }
  // A --quick run is a smoke test: its rounds are too short and too few for the latency and throughput targets,
  // which are judged on a full run (the README's table).
  if (missed > 0) log(`\n${missed} figure(s) missed their target${quick ? " in this --quick smoke run (targets are judged on a full `pnpm bench`)" : ""}.`);
  if (failed.length > 0) {
    console.error(`bench: ${failed.length} workload(s) failed: ${failed.join(", ")}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
