#!/usr/bin/env node
import { ALL_COMMANDS } from "./commands/ALL_COMMANDS";
import { createProcessIo } from "./cli/createProcessIo";
import { runCli } from "./cli/runCli";

runCli(process.argv.slice(2), createProcessIo(), ALL_COMMANDS).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`arb-cli: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
