const SAMPLE = /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*"(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*")*\})? (-?[0-9.]+(e[+-]?[0-9]+)?|[+-]Inf|NaN)( -?[0-9]+)?$/;
const META = /^# (HELP [a-zA-Z_:][a-zA-Z0-9_:]* .*|TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge|histogram|summary|untyped))$/;

/**
 * Checks a Prometheus text exposition (format 0.0.4) line by line and returns its samples as
 * `name{labels}` → value. Throws naming the first line that is neither metadata nor a well-formed sample.
 */
export function assertPrometheusText(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  text.split("\n").forEach((line, i) => {
    if (line === "") return;
    if (line.startsWith("#")) {
      if (!META.test(line)) throw new Error(`line ${i + 1} is malformed metadata: ${line}`);
      return;
    }
    if (!SAMPLE.test(line)) throw new Error(`line ${i + 1} is not a Prometheus sample: ${line}`);
    const cut = line.lastIndexOf(" ");
    samples.set(line.slice(0, cut), Number(line.slice(cut + 1)));
  });
  return samples;
}

/** Metric family names declared by `# TYPE` lines. */
export function getMetricFamilies(text: string): Set<string> {
  return new Set([...text.matchAll(/^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) /gm)].map((m) => m[1] ?? ""));
}
