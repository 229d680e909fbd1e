import { isArbError } from "@arbkit/core";
import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { createPlainHistogram } from "./createPlainHistogram";

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (error) {
    return isArbError(error) ? error.code : "not an ArbError";
  }
  return undefined;
};

describe("createPlainHistogram", () => {
  it("counts an observation equal to a bound in that bucket, and one above every bound only in +Inf", async () => {
    const registry = new Registry();
    const h = createPlainHistogram({ name: "t_seconds", help: "T", buckets: [0.1, 1], registers: [registry] });
    h.observe(0.1);
    h.observe(5);
    expect(await registry.metrics()).toBe(
      ["# HELP t_seconds T", "# TYPE t_seconds histogram", 't_seconds_bucket{le="0.1"} 1', 't_seconds_bucket{le="1"} 1', 't_seconds_bucket{le="+Inf"} 2', "t_seconds_sum 5.1", "t_seconds_count 2", ""].join("\n"),
    );
  });

  it("refuses non-finite observations, bad names and unordered buckets with ARGUMENT_INVALID", () => {
    const h = createPlainHistogram({ name: "t_seconds", help: "T", buckets: [1] });
    expect(codeOf(() => h.observe(Number.NaN))).toBe("ARGUMENT_INVALID");
    expect(codeOf(() => h.observe(Number.POSITIVE_INFINITY))).toBe("ARGUMENT_INVALID");
    expect(codeOf(() => createPlainHistogram({ name: "bad name", help: "T", buckets: [1] }))).toBe("ARGUMENT_INVALID");
    expect(codeOf(() => createPlainHistogram({ name: "t", help: "T", buckets: [1, 1] }))).toBe("ARGUMENT_INVALID");
    expect(codeOf(() => createPlainHistogram({ name: "t", help: "T", buckets: [1, Number.NaN] }))).toBe("ARGUMENT_INVALID");
  });

  it("keeps its figures after a refused observation", async () => {
    const h = createPlainHistogram({ name: "t_seconds", help: "T", buckets: [1] });
    h.observe(0.5);
    expect(codeOf(() => h.observe(Number.NaN))).toBe("ARGUMENT_INVALID");
    expect((await h.get()).values.map((v) => v.value)).toEqual([1, 1, 0.5, 1]);
  });
});
