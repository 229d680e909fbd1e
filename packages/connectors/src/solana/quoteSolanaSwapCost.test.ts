import { isArbError } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { quoteSolanaSwapCost } from "./quoteSolanaSwapCost";

const base = { computeUnits: 150_000, signatures: 1, lamportsPerSignature: 5000 };
const fees = [5n, 1n, 4n, 2n, 3n, 10n, 6n, 9n, 8n, 7n].map((fee, i) => ({ slot: 100 + i, fee }));

describe("quoteSolanaSwapCost", () => {
  it("takes the nearest-rank percentile and rounds the priority fee up", () => {
    expect(quoteSolanaSwapCost({ ...base, fees, percentile: 50 }).priorityFeeMicroLamportsPerCu).toBe(5n);
    expect(quoteSolanaSwapCost({ ...base, fees, percentile: 75 }).priorityFeeMicroLamportsPerCu).toBe(8n);
    expect(quoteSolanaSwapCost({ ...base, fees, percentile: 100 }).priorityFeeMicroLamportsPerCu).toBe(10n);
    expect(quoteSolanaSwapCost({ ...base, fees, percentile: 0 }).priorityFeeMicroLamportsPerCu).toBe(1n);
    const c = quoteSolanaSwapCost({ ...base, fees, percentile: 50 });
    expect(c.priorityFeeLamports).toBe(1n); // 5 × 150000 / 1e6 = 0.75 → 1
    expect(c.baseFeeLamports).toBe(5000n);
    expect(c.totalLamports).toBe(5001n);
    expect(c.samples).toBe(10);
    expect(c.slot).toBe(109);
  });

  it("is exact for large fees and counts every signature", () => {
    const c = quoteSolanaSwapCost({ computeUnits: 1_400_000, signatures: 2, lamportsPerSignature: 5000, fees: [{ slot: 1, fee: 123_456_789n }], percentile: 90 });
    expect(c.priorityFeeLamports).toBe(172_839_505n); // ceil(123456789 × 1.4)
    expect(c.totalLamports).toBe(172_849_505n);
  });

  it("charges only the base fee without samples", () => {
    const c = quoteSolanaSwapCost({ ...base, fees: [], percentile: 50 });
    expect([c.priorityFeeLamports, c.totalLamports, c.samples, c.slot]).toEqual([0n, 5000n, 0, 0]);
  });

  it("rejects a percentile outside 0–100", () => {
    let thrown: unknown;
    try {
      quoteSolanaSwapCost({ ...base, fees, percentile: 101 });
    } catch (e) {
      thrown = e;
    }
    expect(isArbError(thrown, "ARGUMENT_INVALID")).toBe(true);
  });
});
