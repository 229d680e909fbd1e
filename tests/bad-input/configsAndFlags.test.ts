import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isArbError } from "@arbkit/core";
import { readConfigFile, resolveConfig } from "./support/cliConfig";
import { createTempDir } from "../support/createTempDir";
import { repoRoot } from "../support/fixtures";
import { CONFIG_CASES, type ConfigCase } from "./cases/configCases";
import { FLAG_CASES } from "./cases/flagCases";
import { STACK_LINE, runCliInProcess } from "./support/runCliInProcess";

const BUNDLED = join(repoRoot, "examples/data/sol-usd-scenario.jsonl.gz");
/** The starter configuration with every default written out: a valid base for each edit. */
const VALID = JSON.stringify(resolveConfig(undefined));

function writeCase(row: ConfigCase): { dir: string; file: string } {
  const dir = createTempDir("arbkit-bad-config-");
  const file = join(dir, row.file ?? "arb.json");
  if (row.raw !== undefined) writeFileSync(file, row.raw);
  else {
    const config = JSON.parse(VALID) as Record<string, unknown>;
    row.edit?.(config);
    writeFileSync(file, JSON.stringify(config, null, 2));
  }
  return { dir, file };
}

const configRows = CONFIG_CASES.map((c) => [c.name, c] as const);

describe("the valid base config is valid (so every case below fails for its own reason)", () => {
  it("config check accepts it", async () => {
    const { file } = writeCase({ name: "valid", path: "" });
    expect(readConfigFile(file)).toEqual(JSON.parse(VALID));
    const r = await runCliInProcess(["config", "check", file]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe("bad configs through the config loader: CONFIG_INVALID naming the key path", () => {
  it.each(configRows)("%s", (_name, row) => {
    const { file } = writeCase(row);
    let error: unknown;
    try {
      resolveConfig(file);
    } catch (e) {
      error = e;
    }
    expect(isArbError(error, "CONFIG_INVALID"), String(error)).toBe(true);
    if (!isArbError(error, "CONFIG_INVALID")) return;
    expect(error.context.path).toBe(row.path);
    expect(error.context.file).toBe(file);
    if (row.says !== undefined) expect(`${error.shortMessage}\n${error.details ?? ""}`).toContain(row.says);
  });
});

describe("bad configs through arb-cli: exit 2, coded message with file and key path, no stack, no journal", () => {
  it.each(configRows)("config check: %s", async (_name, row) => {
    const { file } = writeCase(row);
    const r = await runCliInProcess(["config", "check", file]);
    expect(r.code, r.stdout).toBe(2);
    expect(r.stderr).toContain("[CONFIG_INVALID]");
    expect(r.stderr).toContain(file);
    if (!row.path.startsWith("(")) expect(r.stderr).toContain(row.path);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it.each(configRows)("run --config: %s", async (_name, row) => {
    const { dir, file } = writeCase(row);
    // The journal goes where the config says (relative to cwd): nothing may be created there.
    const r = await runCliInProcess(["run", "--config", file, "--replay", BUNDLED, "--no-server"], { cwd: dir });
    expect(r.code, r.stdout.slice(0, 500)).toBe(2);
    expect(r.stderr).toContain("[CONFIG_INVALID]");
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(readdirSync(dir).filter((f) => f.includes("sqlite"))).toEqual([]);
  });
});

describe("bad command lines: exit 2, coded message naming the flag, no stack, no journal", () => {
  it.each(FLAG_CASES.map((c) => [c.name, c] as const))("%s", async (_name, row) => {
    const dir = createTempDir("arbkit-bad-flags-");
    const argv = row.argv.map((a) => a.replace("{REC}", BUNDLED).replace("{DIR}", dir));
    const r = await runCliInProcess(argv, { cwd: dir });
    expect(r.code, `${r.stdout.slice(0, 500)}\n${r.stderr}`).toBe(2);
    expect(r.stderr).toContain(`[${row.code}]`);
    expect(r.stderr).toContain(row.says);
    expect(r.stderr).not.toMatch(STACK_LINE);
    if (argv.includes(join(dir, "journal.sqlite"))) expect(existsSync(join(dir, "journal.sqlite"))).toBe(false);
  });
});
