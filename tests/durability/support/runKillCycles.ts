import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSeededRandom } from "@arbkit/connectors";
import { JOURNAL_KINDS, createJournalReader, type JournalReader } from "../../../packages/cli/src/index";
import { openJournalDatabase } from "../../../packages/cli/src/journal/openJournalDatabase";
import { BUNDLED_RECORDING, startCli } from "../../cli/support/cliProcess";

/** Options of {@link runKillCycles}. */
export interface KillCycleOptions {
  /** How many runs are killed. */
  readonly runs: number;
  /** Seed of the kill points. */
  readonly seed: number;
  /** Replay pacing (the bundled recording is 300 s of market time). @default 80 */
  readonly speed?: number;
  /** Called after each cycle (progress for the long script). */
  readonly onCycle?: (cycle: KillCycle) => void;
}

/** One killed run. */
export interface KillCycle {
  readonly run: number;
  /** Rows the independent reader had seen committed when the kill was sent. */
  readonly acknowledged: number;
  /** Rows of the run found after the kill (≥ acknowledged). */
  readonly found: number;
  /** The process had already finished when the kill came (its rows are all checked the same). */
  readonly finishedFirst: boolean;
  readonly integrity: string;
}

/** What the cycles found. `violations` must be empty. */
export interface KillReport {
  /**
   * The journal the runs shared. Kept (with its temporary directory) for a closer look only when `violations` is
   * not empty; removed otherwise.
   */
  readonly journal: string;
  readonly cycles: readonly KillCycle[];
  /** The run after the last kill, to completion. */
  readonly finalRun: { readonly id: number; readonly endReason: string | null; readonly rows: number };
  readonly violations: readonly string[];
}

type Snapshot = Map<string, string>;

/** Every committed row of a run, keyed `kind#seq`, valued by a hash of the whole row. */
function snapshotRun(reader: JournalReader, runId: number): Snapshot {
  const rows: Snapshot = new Map();
  for (const kind of JOURNAL_KINDS) {
    for (const row of reader.query(kind, { runId })) rows.set(`${kind}#${String(row.seq)}`, createHash("sha1").update(JSON.stringify(row)).digest("hex"));
  }
  return rows;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The durability harness: runs `arb-cli run --replay` on the bundled recording again and again on one journal,
 * SIGKILLs each run at a seeded point (after a seeded number of records were committed, plus a seeded delay),
 * then reopens the journal and checks: `PRAGMA integrity_check` is ok, every record an independent reader saw
 * committed before the kill is still there byte for byte, earlier runs are untouched, and the next start
 * continues the same journal with the next run id. "Acknowledged" = committed: the `flush()` transaction that
 * wrote the record returned, which is exactly when another connection can read it. A passed run leaves nothing
 * in the temp dir; a failed one keeps its journal (see {@link KillReport.journal}).
 */
export async function runKillCycles(options: KillCycleOptions): Promise<KillReport> {
  const dir = mkdtempSync(join(tmpdir(), "arbkit-durability-"));
  const journal = join(dir, "journal.sqlite");
  const rng = createSeededRandom(options.seed);
  const violations: string[] = [];
  const cycles: KillCycle[] = [];
  const earlier = new Map<number, Snapshot>();
  const args = ["run", "--replay", BUNDLED_RECORDING, "--speed", String(options.speed ?? 80), "--no-server", "--journal", journal];

  const checkEarlierRuns = (reader: JournalReader): void => {
    for (const [id, rows] of earlier) {
      const now = snapshotRun(reader, id);
      if (JSON.stringify([...now]) !== JSON.stringify([...rows])) violations.push(`run ${id} changed after a later run`);
    }
  };

  for (let cycle = 1; cycle <= options.runs; cycle++) {
    const killAfterRows = rng.int(1, 60);
    const extraDelayMs = rng.int(0, 250);
    const bot = startCli(args);
    let seen: Snapshot = new Map();
    let reader: JournalReader | undefined;
    let finished = false;
    void bot.exited.then(() => (finished = true));
    // Poll what another connection can see of this run, until the seeded kill point or the end.
    while (!finished) {
      try {
        reader ??= existsSync(journal) ? createJournalReader(journal) : undefined;
      } catch {
        reader = undefined; // the schema is being created
      }
      if (reader !== undefined) {
        const runs = reader.runs();
        if (runs.length === cycle) seen = snapshotRun(reader, cycle);
        if (seen.size >= killAfterRows) break;
      }
      await pause(15);
    }
    if (!finished) {
      await pause(extraDelayMs);
      if (reader !== undefined && reader.runs().length === cycle) seen = snapshotRun(reader, cycle);
      bot.child.kill("SIGKILL");
    }
    reader?.close();
    const exit = await bot.exited;
    const finishedFirst = exit.signal !== "SIGKILL";

    // Reopen as a restart would (recovering the WAL), then check.
    const db = openJournalDatabase(journal);
    const integrity = String((db.pragma("integrity_check") as { integrity_check: string }[])[0]?.integrity_check);
    db.close();
    if (integrity !== "ok") violations.push(`cycle ${cycle}: integrity_check ${integrity}`);
    const after = createJournalReader(journal);
    const runIds = after.runs().map((r) => r.id);
    if (JSON.stringify(runIds) !== JSON.stringify(Array.from({ length: cycle }, (_, i) => i + 1))) violations.push(`cycle ${cycle}: runs ${runIds.join(",")}`);
    const found = snapshotRun(after, cycle);
    for (const [key, hash] of seen) if (found.get(key) !== hash) violations.push(`cycle ${cycle}: acknowledged ${key} ${found.has(key) ? "changed" : "lost"}`);
    checkEarlierRuns(after);
    after.close();
    earlier.set(cycle, found);
    const c = { run: cycle, acknowledged: seen.size, found: found.size, finishedFirst, integrity };
    cycles.push(c);
    options.onCycle?.(c);
  }

  // A restart after the last kill continues the same journal to the end.
  const final = await startCli(args).exited;
  if (final.code !== 0) violations.push(`final run exited ${String(final.code)}: ${final.stderr.slice(0, 500)}`);
  const reader = createJournalReader(journal);
  const finalRun = reader.runs().at(-1);
  checkEarlierRuns(reader);
  const rows = finalRun === undefined ? 0 : snapshotRun(reader, finalRun.id).size;
  reader.close();
  if (finalRun?.id !== options.runs + 1) violations.push(`final run id ${String(finalRun?.id)}`);
  if (violations.length === 0) rmSync(dir, { recursive: true, force: true });
  return { journal, cycles, finalRun: { id: finalRun?.id ?? 0, endReason: finalRun?.end_reason ?? null, rows }, violations };
}
