import { describe, expect, it } from "vitest";
import * as cli from "./index";

describe("arb-cli public surface", () => {
  it("exports exactly these names", () => {
    expect(Object.keys(cli).sort()).toMatchInlineSnapshot(`
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
