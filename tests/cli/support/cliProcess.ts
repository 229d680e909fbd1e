import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../support/fixtures";
import { getDistStaleness } from "../../support/getDistStaleness";

const PACKAGES = ["core", "connectors", "engines", "cli"];

/**
 * How to start arb-cli: the built `packages/cli/dist/bin.js` (what users run; CI builds before testing) when
 * every package's dist is newer than its sources, else the sources through tsx (same code, no build step).
 */
export function getCliInvocation(): { readonly command: string; readonly prefix: readonly string[]; readonly built: boolean } {
  const fresh = PACKAGES.every((p) => getDistStaleness(p, p === "cli" ? "bin.js" : "index.js") === "fresh");
  if (fresh) return { command: process.execPath, prefix: [join(repoRoot, "packages/cli/dist/bin.js")], built: true };
  return { command: process.execPath, prefix: ["--import", "tsx", join(repoRoot, "packages/cli/src/bin.ts")], built: false };
}

/** What a finished arb-cli process printed and how it exited. */
export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options for starting arb-cli. */
export interface CliRunOptions {
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string>>;
}

/** A running arb-cli process. */
export interface CliProcess {
  readonly child: ChildProcess;
  /** Output so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the first stdout line matching, rejects when the process exits first. */
  waitForLine(match: (line: string) => boolean): Promise<string>;
  /** Resolves when the process exits. */
  readonly exited: Promise<CliResult>;
}

/** Starts arb-cli with `args` (environment without inherited ARB_* secrets unless given). */
export function startCli(args: readonly string[], options: CliRunOptions = {}): CliProcess {
  const { command, prefix } = getCliInvocation();
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith("ARB_")) env[k] = v;
  const child = spawn(command, [...prefix, ...args], { cwd: options.cwd ?? repoRoot, env: { ...env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  const waiters: { match: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  let buffered = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
    buffered += chunk;
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) for (const w of [...waiters]) if (w.match(line)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(line));
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => void (err += chunk));
  const exited = new Promise<CliResult>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout: out, stderr: err })));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    waitForLine: (match) =>
      new Promise<string>((resolve, reject) => {
        waiters.push({ match, resolve });
        void exited.then((r) => reject(new Error(`arb-cli exited (${String(r.code)}) before the expected line.\nstdout:\n${r.stdout.slice(-2000)}\nstderr:\n${r.stderr.slice(-2000)}`)));
      }),
    exited,
  };
}

/** Runs arb-cli to completion. */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliResult> {
  return startCli(args, options).exited;
}

/** The bundled synthetic recording. */
export const BUNDLED_RECORDING = join(repoRoot, "examples/data/sol-usd-scenario.jsonl.gz");

/** Parses the JSON log lines of a non-TTY run. */
export function parseLogLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
