import { parse as parseYaml } from "yaml";
import type { ArbConfig } from "./ArbConfig";
import { parseConfig } from "./parseConfig";
import { readConfigFile } from "./readConfigFile";
import { STARTER_CONFIG_YAML } from "./starterConfigYaml";

/** Command-line overrides, applied over the file. Absent values leave the file (or the default) in place. */
export interface ConfigOverrides {
  readonly host?: string;
  readonly port?: number;
  readonly journal?: string;
  readonly logLevel?: string;
  readonly minEdgeBps?: string;
}

/**
 * The effective configuration: the file (or, without one, the built-in starter configuration), then flags.
 * Secrets are not part of it (see `getRuntimeSecrets`).
 *
 * @throws ArbError `CONFIG_INVALID` naming the key path, value and expectation (flags are reported under
 * their config key, e.g. `server.port`).
 */
export function resolveConfig(file: string | undefined, overrides: ConfigOverrides = {}): ArbConfig {
  const raw = (file === undefined ? parseYaml(STARTER_CONFIG_YAML) : readConfigFile(file)) as unknown;
  const base = typeof raw === "object" && raw !== null && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : raw;
  if (typeof base === "object" && base !== null && !Array.isArray(base)) {
    const obj = base as Record<string, Record<string, unknown> | undefined>;
    const section = (key: string): Record<string, unknown> => {
      const existing = obj[key];
      const copy = typeof existing === "object" && existing !== null ? { ...existing } : {};
      obj[key] = copy;
      return copy;
    };
    if (overrides.host !== undefined) section("server").host = overrides.host;
    if (overrides.port !== undefined) section("server").port = overrides.port;
    if (overrides.journal !== undefined) section("journal").path = overrides.journal;
    if (overrides.logLevel !== undefined) section("log").level = overrides.logLevel;
    if (overrides.minEdgeBps !== undefined) section("signal").minNetEdgeBps = overrides.minEdgeBps;
  }
  return parseConfig(base, file);
}
