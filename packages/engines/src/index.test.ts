import { describe, expect, it } from "vitest";
import * as api from "./index";

describe("public surface", () => {
  it("exports exactly these names (a change here is a public API change: add a changeset)", () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_RISK_LIMITS",
        "DIRECTIONS",
        "createArbitrageEngine",
        "createInventory",
        "createLegRiskLedger",
        "createPaperExecutor",
        "createPoolQuoterFactory",
        "createRiskEngine",
        "createSignalEngine",
        "defaultPoolQuoter",
        "engineTopics",
        "getUtcDay",
      ]
    `);
  });
});
