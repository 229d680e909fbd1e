import { ArbError } from "@arbkit/core";
import Database from "better-sqlite3";
import { JOURNAL_MIGRATIONS, JOURNAL_SCHEMA_VERSION } from "./journalSchema";

/** Options for {@link openJournalDatabase}. */
export interface OpenJournalDatabaseOptions {
  /** Open read-only (reports, exports); the file must exist. @default false */
  readonly readonly?: boolean;
  /** SQLite `synchronous` in WAL mode: `FULL` syncs the WAL on every commit. @default "FULL" */
  readonly synchronous?: "FULL" | "NORMAL";
}

/**
 * Opens (creating and migrating when writable) a journal database: WAL mode, the chosen `synchronous`,
 * foreign keys on, a `schema_version` table checked against {@link JOURNAL_SCHEMA_VERSION}.
 *
 * @throws ArbError `JOURNAL_FAILED` when the file cannot be opened, is not an arbkit journal, or was written
 * by a newer arb-cli.
 */
export function openJournalDatabase(path: string, options: OpenJournalDatabaseOptions = {}): Database.Database {
  const fail = (reason: string, cause?: unknown): never => {
    throw new ArbError("JOURNAL_FAILED", `${path}: ${reason}`, { path, reason }, cause === undefined ? {} : { cause });
  };
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
  } catch (error) {
    return fail(`cannot open the journal (${error instanceof Error ? error.message : String(error)})`, error);
  }
  try {
    if (options.readonly !== true) {
      db.pragma("journal_mode = WAL");
      db.pragma(`synchronous = ${options.synchronous ?? "FULL"}`);
    }
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    const hasVersion = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get() !== undefined;
    const tableCount = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    if (!hasVersion && tableCount > 0) fail("not an arbkit journal (no schema_version table)");
    let version = hasVersion ? ((db.prepare("SELECT max(version) AS v FROM schema_version").get() as { v: number | null }).v ?? 0) : 0;
    if (version > JOURNAL_SCHEMA_VERSION) fail(`journal schema version ${version} is newer than this arb-cli supports (${JOURNAL_SCHEMA_VERSION})`);
    if (version < JOURNAL_SCHEMA_VERSION) {
      if (options.readonly === true) fail(version === 0 ? "empty file, not an arbkit journal" : `journal schema version ${version} needs a migration; open it once with arb-cli run`);
      db.transaction(() => {
        db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        while (version < JOURNAL_SCHEMA_VERSION) {
          version++;
          db.exec(JOURNAL_MIGRATIONS[version] ?? "");
          db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(version);
        }
      })();
    }
  } catch (error) {
    db.close();
    if (error instanceof ArbError) throw error;
    return fail(`cannot use the journal (${error instanceof Error ? error.message : String(error)})`, error);
  }
  return db;
}
