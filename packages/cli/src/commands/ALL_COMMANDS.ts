import type { CliCommand } from "../cli/CliCommand";
import { backtestCommand } from "./backtestCommand";
import { configCheckCommand } from "./configCheckCommand";
import { exportCommand } from "./exportCommand";
import { initCommand } from "./initCommand";
import { quoteCommand } from "./quoteCommand";
import { recordCommand } from "./recordCommand";
import { reportCommand } from "./reportCommand";
import { runCommand } from "./runCommand";
import { scenarioCommand } from "./scenarioCommand";

/** Every registered arb-cli command, in help order. */
export const ALL_COMMANDS: readonly CliCommand[] = Object.freeze([runCommand, backtestCommand, recordCommand, quoteCommand, initCommand, configCheckCommand, scenarioCommand, reportCommand, exportCommand]);
