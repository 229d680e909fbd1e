import { isArbError } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { getRuntimeSecrets } from "./RuntimeSecrets";
import { parseConfig } from "./parseConfig";
import { redactUrl } from "./redactUrl";
import { resolveConfig } from "./resolveConfig";
import { STARTER_CONFIG_YAML } from "./starterConfigYaml";

const starter = (): Record<string, unknown> => parseYaml(STARTER_CONFIG_YAML) as Record<string, unknown>;

function configError(input: unknown): { path: string; value: unknown; expected: string; message: string } {
  try {
    parseConfig(input, "bad.yaml");
  } catch (e) {
    if (isArbError(e, "CONFIG_INVALID")) return { ...e.context, message: e.message };
    throw e;
  }
  throw new Error("expected CONFIG_INVALID");
}

describe("parseConfig", () => {
  it("accepts the starter config with the seed's risk defaults", () => {
    const config = parseConfig(starter());
    expect(config.signal.minNetEdgeBps).toBe("10");
    expect(config.risk).toMatchObject({ maxPositionUsd: "1000", dailyLossLimitUsd: "500", maxConsecutiveLosses: 5 });
    expect(config.pairs[0]?.cex.map((c) => c.venue)).toEqual(["coinbase", "gemini"]);
    expect(config.server).toMatchObject({ host: "127.0.0.1", port: 9464 });
  });

  it("names the key path, the value and the expectation", () => {
    const input = starter();
    (input.risk as Record<string, unknown>).maxConsecutiveLosses = "five";
    const error = configError(input);
    expect(error.path).toBe("risk.maxConsecutiveLosses");
    expect(error.value).toBe("five");
    expect(error.expected).toBe("number");
    expect(error.message).toContain("bad.yaml: risk.maxConsecutiveLosses: got \"five\", expected number");
  });

  it("rejects unknown keys, exponent notation and negative fees with their paths", () => {
    const unknown = starter();
    (unknown.server as Record<string, unknown>).prot = 1;
    expect(configError(unknown).path).toBe("server");
    expect(configError(unknown).expected).toContain('"prot"');
    const exponent = starter();
    (exponent.pairs as Record<string, unknown>[])[0]!.maxSize = "1e3";
    expect(configError(exponent).path).toBe("pairs[0].maxSize");
    const negative = starter();
    ((negative.venues as Record<string, Record<string, unknown>>).coinbase as Record<string, unknown>).takerFeeBps = "-1";
    expect(configError(negative).path).toBe("venues.coinbase.takerFeeBps");
  });

  it("rejects a minimum size above the maximum size, comparing the decimals exactly", () => {
    const input = starter();
    const pair = (input.pairs as Record<string, unknown>[])[0]!;
    pair.minSize = "50.000000000000000001";
    pair.maxSize = "50";
    const error = configError(input);
    expect(error.path).toBe("pairs[0].minSize");
    expect(error.value).toBe("50.000000000000000001");
    expect(error.expected).toContain("maxSize (50)");
    pair.minSize = "50.0";
    expect(parseConfig(input).pairs[0]?.minSize).toBe("50.0");
  });

  it("rejects fees and slippage above 100 % (10000 bps) and accepts exactly 10000", () => {
    const venues = (c: Record<string, unknown>) => c.venues as Record<string, Record<string, unknown>>;
    const fee = starter();
    venues(fee).gemini!.takerFeeBps = 10000.5;
    expect(configError(fee)).toMatchObject({ path: "venues.gemini.takerFeeBps", value: "10000.5", expected: "at most 10000 bps (100 %)" });
    venues(fee).gemini!.takerFeeBps = "10000";
    expect(parseConfig(fee).venues.gemini.takerFeeBps).toBe("10000");
    const slippage = starter();
    slippage.execution = { dexSlippageBps: "20000" };
    expect(configError(slippage).path).toBe("execution.dexSlippageBps");
  });

  it("keeps YAML numbers as exact decimal strings", () => {
    const input = starter();
    (input.risk as Record<string, unknown>).maxPositionUsd = 250.5;
    expect(parseConfig(input).risk.maxPositionUsd).toBe("250.5");
  });

  it("applies flag overrides under their config keys", () => {
    expect(resolveConfig(undefined, { port: 0, host: "0.0.0.0" }).server).toMatchObject({ port: 0, host: "0.0.0.0" });
    expect(() => resolveConfig(undefined, { port: 70_000 })).toThrow(/server\.port/);
  });
});

describe("secrets", () => {
  it("come from the environment only and empty values are unset", () => {
    expect(getRuntimeSecrets({ ARB_CONTROL_TOKEN: "t0k", ARB_SOLANA_RPC_URL: " " })).toEqual({ controlToken: "t0k", solanaRpcUrl: undefined, solanaWsUrl: undefined });
  });

  it("redacts paths and query strings of URLs", () => {
    expect(redactUrl("https://rpc.example.com/v2/SECRET?api-key=abc")).toBe("https://rpc.example.com/…");
    expect(redactUrl("wss://api.gemini.com")).toBe("wss://api.gemini.com");
    expect(redactUrl("nope")).toBe("(invalid url)");
  });
});
