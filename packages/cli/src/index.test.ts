import { describe, expect, it } from "vitest";
import * as api from "./index";

describe("public surface", () => {
  it("exports exactly these names (a change here is a public API change: add a changeset)", () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "ALL_COMMANDS",
        "EXIT",
        "JOURNAL_KINDS",
        "STARTER_CONFIG_YAML",
        "arbConfigSchema",
        "createArbMetrics",
        "createBotSession",
        "createJournal",
        "createJournalReader",
        "createOpsServer",
        "createProcessIo",
        "getRuntimeSecrets",
        "parseConfig",
        "resolveConfig",
        "runCli",
        "toArbPairs",
        "toEngineOptions",
      ]
    `);
  });
});
