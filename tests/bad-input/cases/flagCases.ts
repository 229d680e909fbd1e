/**
 * Bad command lines, one row per case. `{REC}` is replaced by the bundled recording, `{DIR}` by a fresh
 * temporary directory. Every row must exit 2 with the coded error and the words in `says`, and no stack.
 */
export interface FlagCase {
  readonly name: string;
  readonly argv: readonly string[];
  readonly code: "CLI_USAGE_INVALID" | "CONFIG_INVALID" | "JOURNAL_FAILED" | "RECORDING_INVALID";
  readonly says: string;
}

const REPLAY = ["--replay", "{REC}", "--no-server", "--journal", "{DIR}/journal.sqlite"] as const;

export const FLAG_CASES: readonly FlagCase[] = [
  { name: "no command", argv: [], code: "CLI_USAGE_INVALID", says: "command" },
  { name: "unknown command", argv: ["frobnicate"], code: "CLI_USAGE_INVALID", says: "frobnicate" },
  { name: "unknown flag", argv: ["run", "--replay-file", "x"], code: "CLI_USAGE_INVALID", says: "replay-file" },
  { name: "a flag's value missing", argv: ["run", ...REPLAY, "--speed"], code: "CLI_USAGE_INVALID", says: "--speed" },
  { name: "negative speed", argv: ["run", ...REPLAY, "--speed", "-3"], code: "CLI_USAGE_INVALID", says: "--speed must be a positive number" },
  { name: "zero speed", argv: ["run", ...REPLAY, "--speed", "0"], code: "CLI_USAGE_INVALID", says: "--speed" },
  { name: "speed not a number", argv: ["run", ...REPLAY, "--speed", "fast"], code: "CLI_USAGE_INVALID", says: "--speed" },
  { name: "negative duration", argv: ["run", ...REPLAY, "--duration", "-1"], code: "CLI_USAGE_INVALID", says: "--duration" },
  { name: "port out of range", argv: ["run", ...REPLAY, "--port", "70000"], code: "CONFIG_INVALID", says: "server.port" },
  { name: "port not a number", argv: ["run", ...REPLAY, "--port", "http"], code: "CONFIG_INVALID", says: "server.port" },
  { name: "negative port", argv: ["run", ...REPLAY, "--port", "-1"], code: "CONFIG_INVALID", says: "server.port" },
  { name: "empty host", argv: ["run", ...REPLAY, "--host", ""], code: "CONFIG_INVALID", says: "server.host" },
  { name: "negative min edge", argv: ["run", ...REPLAY, "--min-edge-bps", "-5"], code: "CONFIG_INVALID", says: "signal.minNetEdgeBps" },
  { name: "min edge in exponent notation", argv: ["run", ...REPLAY, "--min-edge-bps", "1e3"], code: "CONFIG_INVALID", says: "exponent" },
  { name: "unknown log level", argv: ["run", ...REPLAY, "--log-level", "loud"], code: "CLI_USAGE_INVALID", says: "loud" },
  { name: "unknown view", argv: ["run", ...REPLAY, "--view", "fancy"], code: "CLI_USAGE_INVALID", says: "fancy" },
  { name: "missing config file", argv: ["run", ...REPLAY, "--config", "{DIR}/nope.yaml"], code: "CONFIG_INVALID", says: "nope.yaml" },
  { name: "journal in a missing directory", argv: ["run", "--replay", "{REC}", "--no-server", "--journal", "{DIR}/no/such/dir/j.sqlite"], code: "JOURNAL_FAILED", says: "j.sqlite" },
  { name: "journal that is not a database", argv: ["report", "--journal", "{REC}"], code: "JOURNAL_FAILED", says: "journal" },
  { name: "report of a missing journal", argv: ["report", "--journal", "{DIR}/missing.sqlite"], code: "JOURNAL_FAILED", says: "missing.sqlite" },
  { name: "report with a bad date", argv: ["report", "--journal", "{DIR}/j.sqlite", "--from", "not-a-date"], code: "CLI_USAGE_INVALID", says: "not-a-date" },
  { name: "export of an unknown table", argv: ["export", "passwords"], code: "CLI_USAGE_INVALID", says: "passwords" },
  { name: "backtest without a file", argv: ["backtest"], code: "CLI_USAGE_INVALID", says: "arguments" },
  { name: "backtest of a missing file", argv: ["backtest", "{DIR}/nope.jsonl.gz"], code: "RECORDING_INVALID", says: "nope.jsonl.gz" },
  { name: "config check without a file", argv: ["config", "check"], code: "CLI_USAGE_INVALID", says: "arguments" },
  { name: "quote with a negative size", argv: ["quote", "--size", "-1", "--replay", "{REC}"], code: "CLI_USAGE_INVALID", says: "--size" },
  { name: "scenario with a negative duration", argv: ["scenario", "{DIR}/s.jsonl", "--duration", "-5"], code: "CLI_USAGE_INVALID", says: "--duration" },
  { name: "backtest report into a missing directory", argv: ["backtest", "{REC}", "--report", "{DIR}/no/such/dir/r.html"], code: "CLI_USAGE_INVALID", says: "r.html" },
  // A repeated --replay parses as a list: it must be refused, never fall back to a live run.
  { name: "--replay given twice", argv: ["run", "--replay", "{REC}", "--replay", "{REC}", "--no-server", "--no-journal", "--duration", "1"], code: "CLI_USAGE_INVALID", says: "--replay" },
];
