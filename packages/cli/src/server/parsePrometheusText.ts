/** One sample of a Prometheus text exposition. */
export interface PrometheusSample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*)\})? (-?(?:[0-9.]+(?:e[+-]?[0-9]+)?|\+Inf|-Inf|NaN))( -?[0-9]+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\.)*)"/g;
const META = /^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]*( .*)?$/;

/**
 * Parses Prometheus text format 0.0.4 strictly: every line must be a `# HELP`/`# TYPE` line, a comment, blank,
 * or a well-formed sample. Used by tests and by `arb-cli` itself to verify its own output.
 *
 * @throws Error naming the first malformed line (number and text).
 */
export function parsePrometheusText(text: string): PrometheusSample[] {
  const samples: PrometheusSample[] = [];
  text.split("\n").forEach((line, i) => {
    if (line === "" || META.test(line)) return;
    if (line.startsWith("#")) {
      if (/^# (HELP|TYPE)/.test(line)) throw new Error(`line ${i + 1}: malformed metadata: ${line}`);
      return;
    }
    const m = SAMPLE.exec(line);
    if (m === null) throw new Error(`line ${i + 1}: not a Prometheus sample: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[3] ?? "").matchAll(LABEL)) labels[l[1] ?? ""] = l[2] ?? "";
    samples.push({ name: m[1] ?? "", labels, value: Number(m[4]) });
  });
  return samples;
}
