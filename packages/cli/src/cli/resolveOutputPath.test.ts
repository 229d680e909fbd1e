import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isArbError } from "@arbkit/core";
import { describe, expect, it } from "vitest";
import { createTempDir } from "../../../../tests/support/createTempDir";
import { resolveOutputPath } from "./resolveOutputPath";
import { writeOutputFile } from "./writeOutputFile";

function usageError(f: () => unknown): { argument: string; reason: string; message: string } {
  try {
    f();
  } catch (e) {
    if (isArbError(e, "CLI_USAGE_INVALID")) return { ...e.context, message: e.shortMessage };
    throw e;
  }
  throw new Error("expected CLI_USAGE_INVALID");
}

describe("resolveOutputPath and writeOutputFile", () => {
  it("resolves a path in an existing directory against cwd, and writes it", () => {
    const dir = createTempDir("arbkit-out-");
    const out = resolveOutputPath(dir, "r.html", "--report");
    expect(out).toBe(join(dir, "r.html"));
    writeOutputFile(out, "<html>", "--report");
    expect(readFileSync(out, "utf8")).toBe("<html>");
  });

  it("refuses a missing directory, naming the flag and the path", () => {
    const dir = createTempDir("arbkit-out-");
    const error = usageError(() => resolveOutputPath(dir, "no/such/r.html", "--report"));
    expect(error.argument).toBe("--report");
    expect(error.message).toContain(join(dir, "no/such/r.html"));
    expect(error.reason).toContain("does not exist");
  });

  it("refuses a path that is a directory, or under a file", () => {
    const dir = createTempDir("arbkit-out-");
    mkdirSync(join(dir, "sub"));
    expect(usageError(() => resolveOutputPath(dir, "sub", "--out")).reason).toContain("is a directory");
    writeOutputFile(join(dir, "file"), "x", "--out");
    expect(usageError(() => resolveOutputPath(dir, "file/r.csv", "--out")).reason).toContain("not a directory");
  });

  it("turns a failed write into a coded error naming the path", () => {
    const dir = createTempDir("arbkit-out-");
    const error = usageError(() => writeOutputFile(join(dir, "missing", "r.csv"), "x", "--out"));
    expect(error).toMatchObject({ argument: "--out", reason: "ENOENT" });
    expect(error.message).toContain(join(dir, "missing", "r.csv"));
  });
});
