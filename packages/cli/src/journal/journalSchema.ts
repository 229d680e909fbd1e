/** The journal's schema version. Bump it with a new entry in {@link JOURNAL_MIGRATIONS}; never edit an old one. */
export const JOURNAL_SCHEMA_VERSION = 1;

/**
 * Migrations by target version: applying `JOURNAL_MIGRATIONS[v]` moves a database from version `v − 1` to `v`.
 * Every table has `run_id` (the arb-cli run that wrote the row) and `ts` (Unix ms of the injected clock, i.e.
 * market time in a replay), indexed for date-range queries.
 */
export const JOURNAL_MIGRATIONS: Readonly<Record<number, string>> = {
  1: `
    CREATE TABLE runs (
      id INTEGER PRIMARY KEY,
      started_at INTEGER NOT NULL,
      ended_at INTEGER,
      mode TEXT NOT NULL,
      source TEXT NOT NULL,
      end_reason TEXT
    );
    CREATE TABLE opportunities (
      seq INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), ts INTEGER NOT NULL,
      id TEXT NOT NULL, pair TEXT NOT NULL, direction TEXT NOT NULL, cex_venue TEXT NOT NULL,
      size TEXT NOT NULL, net_pnl TEXT NOT NULL, edge_bps TEXT NOT NULL, data TEXT NOT NULL
    );
    CREATE TABLE risk_decisions (
      seq INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), ts INTEGER NOT NULL,
      opportunity_id TEXT, allowed INTEGER NOT NULL, reasons TEXT NOT NULL, data TEXT NOT NULL
    );
    CREATE TABLE trades (
      seq INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), ts INTEGER NOT NULL,
      id TEXT NOT NULL, opportunity_id TEXT NOT NULL, pair TEXT NOT NULL, direction TEXT NOT NULL, status TEXT NOT NULL,
      expected_pnl TEXT NOT NULL, realized_pnl TEXT NOT NULL, fees TEXT NOT NULL, shortfall TEXT NOT NULL, data TEXT NOT NULL
    );
    CREATE TABLE leg_failures (
      seq INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), ts INTEGER NOT NULL,
      trade_id TEXT NOT NULL, leg TEXT NOT NULL, reason TEXT NOT NULL, unwind_pnl TEXT NOT NULL, data TEXT NOT NULL
    );
    CREATE TABLE status_changes (
      seq INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), ts INTEGER NOT NULL,
      source TEXT NOT NULL, instrument TEXT, status TEXT NOT NULL, previous TEXT, reason TEXT NOT NULL
    );
    CREATE TABLE control_audit (
      seq INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id), ts INTEGER NOT NULL,
      action TEXT NOT NULL, status INTEGER NOT NULL, remote TEXT NOT NULL, detail TEXT NOT NULL
    );
    CREATE INDEX opportunities_ts ON opportunities(ts);
    CREATE INDEX risk_decisions_ts ON risk_decisions(ts);
    CREATE INDEX trades_ts ON trades(ts);
    CREATE INDEX leg_failures_ts ON leg_failures(ts);
    CREATE INDEX status_changes_ts ON status_changes(ts);
    CREATE INDEX control_audit_ts ON control_audit(ts);
  `,
};
