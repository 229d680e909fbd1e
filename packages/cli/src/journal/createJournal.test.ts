import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isArbError } from "@arbkit/core";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createTempDir } from "../../../../tests/support/createTempDir";
import { createJournal } from "./createJournal";
import { createJournalReader } from "./createJournalReader";

/** A journal path in a fresh directory that is removed when the calling test finishes. */
const tmp = (): string => join(createTempDir("arbkit-journal-"), "j.sqlite");
const status = (ts: number, status: string) => ({ ts, source: "risk", instrument: undefined, status, previous: undefined, reason: "test" });

describe("journal", () => {
  it("commits queued records on flush, in WAL mode with a schema version", () => {
    const path = tmp();
    const journal = createJournal({ path }, { startedAt: 1_000, mode: "replay", source: "x.jsonl" });
    journal.append("status_changes", status(1_000, "running"));
    journal.append("control_audit", { ts: 1_500, action: "pause", status: 401, remote: "127.0.0.1", detail: "no token" });
    expect(journal.pending).toBe(2);
    // Not acknowledged yet: another connection sees nothing.
    const other = new Database(path, { readonly: true });
    expect((other.prepare("SELECT count(*) AS n FROM status_changes").get() as { n: number }).n).toBe(0);
    expect(journal.flush()).toBe(2);
    expect((other.prepare("SELECT count(*) AS n FROM status_changes").get() as { n: number }).n).toBe(1);
    expect(other.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(other.prepare("SELECT version FROM schema_version").all()).toEqual([{ version: 1 }]);
    other.close();
    journal.close(2_000, "done");
  });

  it("continues the journal on restart and filters by date range and run", () => {
    const path = tmp();
    const first = createJournal({ path }, { startedAt: 0, mode: "replay", source: "a" });
    first.append("status_changes", status(100, "a"));
    first.close(200, "end");
    const second = createJournal({ path, synchronous: "NORMAL" }, { startedAt: 300, mode: "replay", source: "b" });
    second.append("status_changes", status(400, "b"));
    second.append("status_changes", status(500, "c"));
    second.close(600, "end");
    const reader = createJournalReader(path);
    expect(reader.runs().map((r) => [r.id, r.source, r.end_reason])).toEqual([[1, "a", "end"], [2, "b", "end"]]);
    expect(reader.query("status_changes").map((r) => r.status)).toEqual(["a", "b", "c"]);
    expect(reader.query("status_changes", { from: 400, to: 500 }).map((r) => r.status)).toEqual(["b"]);
    expect(reader.counts({ runId: 2 }).status_changes).toBe(2);
    reader.close();
  });

  it("refuses a file that is not a journal, with a coded error", () => {
    const path = tmp();
    writeFileSync(path, "not sqlite at all, just text".repeat(100));
    try {
      createJournalReader(path);
      expect.unreachable();
    } catch (e) {
      expect(isArbError(e, "JOURNAL_FAILED")).toBe(true);
    }
    expect(() => createJournalReader(join(tmpdir(), "does-not-exist-arbkit.sqlite"))).toThrow(/JOURNAL_FAILED/);
  });
});
