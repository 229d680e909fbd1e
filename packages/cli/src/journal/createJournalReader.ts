import type Database from "better-sqlite3";
import { JOURNAL_KINDS, type JournalKind } from "./JournalRecords";
import { openJournalDatabase } from "./openJournalDatabase";

/** A date range (Unix ms, `from` inclusive, `to` exclusive) and an optional run filter. */
export interface JournalRange {
  readonly from?: number;
  readonly to?: number;
  readonly runId?: number;
}

/** One journal row: its columns (`run_id`, `ts`, …) as SQLite returns them. */
export type JournalRow = Readonly<Record<string, string | number | null>>;

/** One run of arb-cli that wrote to the journal. */
export interface JournalRun {
  readonly id: number;
  readonly started_at: number;
  readonly ended_at: number | null;
  readonly mode: string;
  readonly source: string;
  readonly end_reason: string | null;
}

/** Read-only access to a journal. */
export interface JournalReader {
  /** Every run, oldest first. */
  runs(): JournalRun[];
  /** Rows of one kind in the range, in time order. */
  query(kind: JournalKind, range?: JournalRange): JournalRow[];
  /** The column names of a kind's table, in order. */
  columns(kind: JournalKind): string[];
  /** Row counts of every kind in the range. */
  counts(range?: JournalRange): Record<JournalKind, number>;
  /** Closes the database. */
  close(): void;
}

function where(range: JournalRange): { sql: string; params: number[] } {
  const clauses: string[] = [];
  const params: number[] = [];
  if (range.from !== undefined) (clauses.push("ts >= ?"), params.push(range.from));
  if (range.to !== undefined) (clauses.push("ts < ?"), params.push(range.to));
  if (range.runId !== undefined) (clauses.push("run_id = ?"), params.push(range.runId));
  return { sql: clauses.length === 0 ? "" : ` WHERE ${clauses.join(" AND ")}`, params };
}

/**
 * Opens a journal read-only (it may be written by a running bot at the same time: WAL readers never block it).
 *
 * @throws ArbError `JOURNAL_FAILED` when the file is missing or not an arbkit journal.
 * @example
 * ```ts
 * const reader = createJournalReader("arbkit-journal.sqlite");
 * reader.query("trades", { from: Date.parse("2026-08-09") });
 * ```
 */
export function createJournalReader(path: string): JournalReader {
  const db: Database.Database = openJournalDatabase(path, { readonly: true });
  return {
    runs: () => db.prepare("SELECT id, started_at, ended_at, mode, source, end_reason FROM runs ORDER BY id").all() as JournalRun[],
    query(kind, range = {}) {
      const w = where(range);
      // `kind` is one of the fixed table names (typed), never user text.
      return db.prepare(`SELECT * FROM ${kind}${w.sql} ORDER BY ts, seq`).all(...w.params) as JournalRow[];
    },
    columns: (kind) => (db.prepare(`PRAGMA table_info(${kind})`).all() as { name: string }[]).map((c) => c.name),
    counts(range = {}) {
      const w = where(range);
      return Object.fromEntries(
        JOURNAL_KINDS.map((kind) => [kind, (db.prepare(`SELECT count(*) AS n FROM ${kind}${w.sql}`).get(...w.params) as { n: number }).n]),
      ) as Record<JournalKind, number>;
    },
    close: () => db.close(),
  };
}
