import { ArbError } from "@arbkit/core";
import type Database from "better-sqlite3";
import type { JournalKind, JournalRecordMap } from "./JournalRecords";
import { openJournalDatabase } from "./openJournalDatabase";
import { toJournalJson } from "./toJournalJson";

/** Options for {@link createJournal}. */
export interface JournalOptions {
  /** The SQLite file (created when missing). */
  readonly path: string;
  /** `FULL` (default): a committed record survives power loss. `NORMAL`: it survives a crash of the process. */
  readonly synchronous?: "FULL" | "NORMAL";
}

/** What a run is, for the `runs` table. */
export interface JournalRunInfo {
  /** Unix ms (injected clock). */
  readonly startedAt: number;
  /** `live`, `replay` or `backtest`. */
  readonly mode: string;
  /** The recording file, or `live`. */
  readonly source: string;
}

/**
 * The run journal. Records are appended to an in-memory queue and committed together by {@link Journal.flush}
 * in one SQLite transaction. **A record is acknowledged once the `flush()` that includes it has returned**:
 * its transaction has committed to the write-ahead log, so a crash of arb-cli (or `kill -9`) never loses it;
 * with `synchronous = FULL` (the default) it also survives an OS crash or power loss. Records still queued
 * when the process dies were never acknowledged. A restart opens the same file and starts a new run; earlier
 * runs stay as they were.
 */
export interface Journal {
  /** The database file. */
  readonly path: string;
  /** The current run's id (one per `arb-cli run` / `backtest`). */
  readonly runId: number;
  /** Queues one record of the current run. */
  append<K extends JournalKind>(kind: K, record: JournalRecordMap[K]): void;
  /** Commits every queued record in one transaction; returns how many were committed. */
  flush(): number;
  /** Records queued but not yet acknowledged. */
  readonly pending: number;
  /** Flushes, marks the run ended and closes the database. Idempotent. */
  close(endedAt: number, reason: string): void;
}

type Writer = (db: Database.Database) => (runId: number, record: never) => void;

const writers: { readonly [K in JournalKind]: (db: Database.Database) => (runId: number, r: JournalRecordMap[K]) => void } = {
  opportunities: (db) => {
    const s = db.prepare("INSERT INTO opportunities (run_id, ts, id, pair, direction, cex_venue, size, net_pnl, edge_bps, data) VALUES (?,?,?,?,?,?,?,?,?,?)");
    return (run, r) => s.run(run, Math.round(r.ts), r.id, r.pair, r.direction, r.cexVenue, r.size, r.netPnl, r.edgeBps, toJournalJson(r.data));
  },
  risk_decisions: (db) => {
    const s = db.prepare("INSERT INTO risk_decisions (run_id, ts, opportunity_id, allowed, reasons, data) VALUES (?,?,?,?,?,?)");
    return (run, r) => s.run(run, Math.round(r.ts), r.opportunityId ?? null, r.allowed ? 1 : 0, r.reasons, toJournalJson(r.data));
  },
  trades: (db) => {
    const s = db.prepare("INSERT INTO trades (run_id, ts, id, opportunity_id, pair, direction, status, expected_pnl, realized_pnl, fees, shortfall, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    return (run, r) => s.run(run, Math.round(r.ts), r.id, r.opportunityId, r.pair, r.direction, r.status, r.expectedPnl, r.realizedPnl, r.fees, toJournalJson(r.shortfall), toJournalJson(r.data));
  },
  leg_failures: (db) => {
    const s = db.prepare("INSERT INTO leg_failures (run_id, ts, trade_id, leg, reason, unwind_pnl, data) VALUES (?,?,?,?,?,?,?)");
    return (run, r) => s.run(run, Math.round(r.ts), r.tradeId, r.leg, r.reason, r.unwindPnl, toJournalJson(r.data));
  },
  status_changes: (db) => {
    const s = db.prepare("INSERT INTO status_changes (run_id, ts, source, instrument, status, previous, reason) VALUES (?,?,?,?,?,?,?)");
    return (run, r) => s.run(run, Math.round(r.ts), r.source, r.instrument ?? null, r.status, r.previous ?? null, r.reason);
  },
  control_audit: (db) => {
    const s = db.prepare("INSERT INTO control_audit (run_id, ts, action, status, remote, detail) VALUES (?,?,?,?,?,?)");
    return (run, r) => s.run(run, Math.round(r.ts), r.action, r.status, r.remote, r.detail);
  },
};

/**
 * Opens or creates a journal and starts a new run in it.
 *
 * @throws ArbError `JOURNAL_FAILED` when the file cannot be opened or written.
 * @example
 * ```ts
 * const journal = createJournal({ path: "arbkit-journal.sqlite" }, { startedAt: clock.now(), mode: "replay", source: file });
 * journal.append("status_changes", { ts, source: "risk", instrument: undefined, status: "paused", previous: "running", reason: "manual" });
 * journal.flush(); // acknowledged
 * ```
 */
export function createJournal(options: JournalOptions, run: JournalRunInfo): Journal {
  const db = openJournalDatabase(options.path, { synchronous: options.synchronous ?? "FULL" });
  const runId = Number(db.prepare("INSERT INTO runs (started_at, mode, source) VALUES (?,?,?)").run(Math.round(run.startedAt), run.mode, run.source).lastInsertRowid);
  const insert = Object.fromEntries(Object.entries(writers).map(([k, w]) => [k, (w as Writer)(db)])) as Record<JournalKind, (runId: number, r: unknown) => void>;
  let queue: { kind: JournalKind; record: unknown }[] = [];
  const commit = db.transaction((items: readonly { kind: JournalKind; record: unknown }[]) => {
    for (const item of items) insert[item.kind](runId, item.record);
  });
  let closed = false;
  const flush = (): number => {
    if (queue.length === 0) return 0;
    const items = queue;
    queue = [];
    try {
      commit(items);
    } catch (error) {
      throw new ArbError("JOURNAL_FAILED", `${options.path}: commit failed`, { path: options.path, reason: error instanceof Error ? error.message : String(error) }, { cause: error });
    }
    return items.length;
  };
  return {
    path: options.path,
    runId,
    append(kind, record) {
      if (closed) throw new ArbError("STATE_INVALID", "journal is closed", { component: "Journal", state: "closed", action: "append" });
      queue.push({ kind, record });
    },
    flush,
    get pending() {
      return queue.length;
    },
    close(endedAt, reason) {
      if (closed) return;
      flush();
      closed = true;
      db.prepare("UPDATE runs SET ended_at = ?, end_reason = ? WHERE id = ?").run(Math.round(endedAt), reason, runId);
      db.close();
    },
  };
}
