import { describe, expect, it } from "vitest";
import type { CliArgs, CliCommand } from "./CliCommand";
import type { CliIo } from "./CliIo";
import { runCli } from "./runCli";

/** A command that records what its handler received, with one option of each kind. */
function createProbe(): { command: CliCommand; calls: CliArgs[] } {
  const calls: CliArgs[] = [];
  const command: CliCommand = {
    command: "probe [file]",
    describe: "test probe",
    builder: (y) =>
      y
        .positional("file", { type: "string" })
        .option("name", { type: "string" })
        .option("speed", { type: "number" })
        .option("mode", { choices: ["a", "b"] })
        .option("server", { type: "boolean", default: true })
        .option("tag", { type: "array", string: true }),
    handler: async (args) => {
      calls.push(args);
      return 0;
    },
  };
  return { command, calls };
}

async function run(argv: readonly string[]): Promise<{ code: number; stderr: string; calls: CliArgs[] }> {
  const { command, calls } = createProbe();
  let stderr = "";
  const io: CliIo = {
    stdout: { write: () => undefined },
    stderr: { write: (t: string) => void (stderr += t) },
    env: {},
    cwd: "/",
    onStopSignal: () => () => undefined,
  };
  const code = await runCli(argv, io, [command]);
  return { code, stderr, calls };
}

describe("enforceSingleValueFlags (through runCli)", () => {
  it.each([
    [["probe", "--name", "a", "--name", "b"], "--name was given 2 times"],
    [["probe", "--speed", "1", "--speed", "1"], "--speed was given 2 times"],
    [["probe", "--speed", "3", "--speed", "1"], "--speed was given 2 times"],
    [["probe", "--name=a", "--name", "a", "--name=a"], "--name was given 3 times"],
    [["probe", "--name", "a", "--no-name"], "--name was given 2 times"],
    [["probe", "--mode", "a", "--mode", "b"], "--mode was given 2 times"],
    [["probe", "--speed"], "--speed needs a value"],
    [["probe", "--name", "--speed", "2"], "--name needs a value"],
    [["probe", "--mode"], "--mode needs a value"],
  ])("refuses %j without running the handler", async (argv, says) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("[CLI_USAGE_INVALID]");
    expect(r.stderr).toContain(says);
    expect(r.calls).toEqual([]);
  });

  it("counts flags up to a `--` terminator only", async () => {
    const r = await run(["probe", "--name", "a", "--", "--name"]);
    expect(r.stderr).toBe("");
    expect(r.calls[0]).toMatchObject({ name: "a" });
  });

  it("leaves booleans, arrays, positionals, negative numbers and empty values alone", async () => {
    const r = await run(["probe", "f", "--no-server", "--no-server", "--tag", "x", "--tag", "y", "--speed", "-3", "--name", "", "--mode=b"]);
    expect(r.stderr).toBe("");
    expect(r.calls[0]).toMatchObject({ file: "f", server: false, tag: ["x", "y"], speed: -3, name: "", mode: "b" });
  });
});
