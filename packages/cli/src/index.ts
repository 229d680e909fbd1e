/**
 * arb-cli as a library: the pieces the `arb-cli` command is made of, for embedding the observe-only bot in
 * your own process (run it from your code, reuse its config schema, journal or ops server). The trading logic
 * itself lives in `@arbkit/engines` and `@arbkit/connectors`; this package only wires and presents.
 *
 * @packageDocumentation
 * @module arb-cli
 */

// command line
export { runCli } from "./cli/runCli";
export { createProcessIo } from "./cli/createProcessIo";
export { EXIT } from "./cli/CliIo";
export type { CliIo, CliStream } from "./cli/CliIo";
export type { CliArgs, CliCommand } from "./cli/CliCommand";
export { ALL_COMMANDS } from "./commands/ALL_COMMANDS";

// config
export { arbConfigSchema } from "./config/ArbConfig";
export type { ArbConfig, ArbPairConfig } from "./config/ArbConfig";
export { parseConfig } from "./config/parseConfig";
export { resolveConfig } from "./config/resolveConfig";
export type { ConfigOverrides } from "./config/resolveConfig";
export { STARTER_CONFIG_YAML } from "./config/starterConfigYaml";
export { getRuntimeSecrets } from "./config/RuntimeSecrets";
export type { RuntimeSecrets } from "./config/RuntimeSecrets";
export { toEngineOptions } from "./config/toEngineOptions";
export { toArbPairs } from "./config/toArbPairs";

// journal
export { createJournal } from "./journal/createJournal";
export type { Journal, JournalOptions, JournalRunInfo } from "./journal/createJournal";
export { createJournalReader } from "./journal/createJournalReader";
export type { JournalRange, JournalReader, JournalRow, JournalRun } from "./journal/createJournalReader";
export { JOURNAL_KINDS } from "./journal/JournalRecords";
export type { JournalKind, JournalRecordMap } from "./journal/JournalRecords";

// session and ops server
export { createBotSession } from "./pipeline/createBotSession";
export type { BotSession, BotSessionOptions } from "./pipeline/createBotSession";
export { createArbMetrics } from "./server/createArbMetrics";
export type { ArbMetrics, ArbMetricsOptions } from "./server/createArbMetrics";
export type { PlainHistogram, PlainHistogramSample } from "./server/createPlainHistogram";
export { createOpsServer } from "./server/createOpsServer";
export type { ControlOutcome, OpsServer, OpsServerOptions } from "./server/createOpsServer";
