import { describe, expect, it } from "vitest";
import * as engines from "./index";

describe("@arbkit/engines public surface", () => {
  it("exports exactly these runtime names (a change here is a public API change)", () => {
    expect(Object.keys(engines).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_RISK_LIMITS",
        "DIRECTIONS",
        "createArbitrageEngine",
        "createInventory",
        "createLegRiskLedger",
        "createPaperExecutor",
        "createRiskEngine",
        "createSignalEngine",
        "defaultPoolQuoter",
        "engineTopics",
        "getUtcDay",
      ]
    `);
  });
});
