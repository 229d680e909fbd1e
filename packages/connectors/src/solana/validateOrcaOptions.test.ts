import { createEventBus, isArbError, TestClock } from "@arbkit/core";
import type { MarketEvents } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { createOrcaConnector } from "./createOrcaConnector";
import type { OrcaConnectorOptions } from "./OrcaConnectorOptions";

const base: OrcaConnectorOptions = {
  bus: createEventBus<MarketEvents>(),
  clock: new TestClock(0),
  pools: [{ address: "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ" }],
  endpoints: [{ http: "https://rpc.example/?api-key=SECRET", ws: "wss://rpc.example/?api-key=SECRET" }],
};

const configError = (options: OrcaConnectorOptions): unknown => {
  try {
    createOrcaConnector(options);
  } catch (e) {
    return e;
  }
  return undefined;
};

describe("createOrcaConnector option checks", () => {
  it("accepts valid options and refuses bad ones with CONFIG_INVALID naming the option", () => {
    expect(configError(base)).toBeUndefined();
    const cases: [Partial<OrcaConnectorOptions>, string][] = [
      [{ pools: [] }, "pools"],
      [{ pools: [{ address: "not-a-key" }] }, "pools[0].address"],
      [{ pools: [{ address: "HJPjoWUrhoZzkNfRpHuieeFk9WcZWjwy6PBjZ81ngndJ", decimalsA: 6.5 }] }, "pools[0].decimalsA"],
      [{ endpoints: [{ http: "ftp://x/SECRET" }] }, "endpoints[0].http"],
      [{ endpoints: [{ http: "https://x", ws: "https://x/SECRET" }] }, "endpoints[0].ws"],
      [{ requestTimeoutMs: 0 }, "requestTimeoutMs"],
      [{ tickArraysEachSide: -1 }, "tickArraysEachSide"],
      [{ staleSlotAge: 0 }, "staleSlotAge"],
    ];
    for (const [override, path] of cases) {
      const error = configError({ ...base, ...override });
      expect(isArbError(error, "CONFIG_INVALID") && error.context.path, path).toBe(path);
      expect(JSON.stringify(isArbError(error) ? error.toJSON() : error)).not.toContain("SECRET");
    }
  });

  it("refuses start() without endpoints (a replay-only connector)", () => {
    const offline = createOrcaConnector({ ...base, endpoints: [] });
    expect(() => offline.start()).toThrow(/No RPC endpoint/);
  });
});
