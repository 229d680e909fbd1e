import { ArbError } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { getFailedEndReason } from "./getFailedEndReason";

describe("getFailedEndReason", () => {
  it("names the code of a coded error, and is never completed", () => {
    expect(getFailedEndReason(new ArbError("RECORDING_INVALID", "x.jsonl:3: bad", { file: "x.jsonl", line: 3, reason: "bad" }))).toBe("failed: RECORDING_INVALID");
    expect(getFailedEndReason(new Error("boom"))).toBe("failed");
    expect(getFailedEndReason("boom")).toBe("failed");
  });
});
