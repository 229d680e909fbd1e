import { readFileSync } from "node:fs";
import { ArbError } from "@arbkit/core";
import { parse as parseYaml } from "yaml";

/**
 * Reads a configuration file as a plain object: JSON when the name ends in `.json`, YAML otherwise
 * (YAML is a superset of JSON, so either works with any name).
 *
 * @throws ArbError `CONFIG_INVALID` when the file cannot be read or parsed (path `(file)`), naming the line.
 */
export function readConfigFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ArbError("CONFIG_INVALID", `${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`, {
      path: "(file)",
      value: path,
      expected: "a readable YAML or JSON file",
      file: path,
    }, { cause: error });
  }
  try {
    return path.endsWith(".json") ? (JSON.parse(text) as unknown) : (parseYaml(text, { prettyErrors: true }) as unknown);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
    throw new ArbError("CONFIG_INVALID", `${path}: not valid ${path.endsWith(".json") ? "JSON" : "YAML"}: ${reason}`, {
      path: "(file)",
      value: reason,
      expected: path.endsWith(".json") ? "JSON" : "YAML",
      file: path,
    }, { cause: error });
  }
}
