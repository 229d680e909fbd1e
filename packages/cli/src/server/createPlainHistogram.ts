import { ArbError } from "@arbkit/core";
import type { Metric, OpenMetricsContentType, PrometheusContentType, Registry } from "prom-client";

/** Options for {@link createPlainHistogram}. */
export interface PlainHistogramOptions {
  /** Metric name (Prometheus grammar `[a-zA-Z_:][a-zA-Z0-9_:]*`). */
  readonly name: string;
  /** `# HELP` text. */
  readonly help: string;
  /** Bucket upper bounds, finite and strictly increasing (the `+Inf` bucket is implicit). */
  readonly buckets: readonly number[];
  /** Registries that export the histogram. @default none */
  readonly registers?: readonly (Registry<PrometheusContentType> | Registry<OpenMetricsContentType>)[];
}

/** One sample of {@link PlainHistogram.get}, shaped as prom-client's `Histogram.get()` shapes it. */
export interface PlainHistogramSample {
  /** `<name>_bucket`, `<name>_sum` or `<name>_count`. */
  readonly metricName: string;
  /** `{ le }` on a bucket (a bound, or `"+Inf"`); empty on the sum and the count. */
  readonly labels: { readonly le?: number | "+Inf" };
  /** Cumulative count (bucket), sum of the observations, or their count. */
  readonly value: number;
  /** Always `null` on buckets (no exemplars), absent on the sum and count, as in prom-client. */
  readonly exemplar?: null;
}

/**
 * An unlabelled Prometheus histogram for hot paths. prom-client's `Histogram.observe` builds a closure and a
 * label object and hashes the labels on every call; this one adds the observation to plain numbers, and
 * prom-client's registry formats them only when it is scraped. The exposition (text and `getMetricsAsJSON`)
 * is what a prom-client `Histogram` with the same name, help and buckets shows for the same observations
 * (same bucket rule `value <= le`, same sum: the observations added in order as doubles).
 */
export interface PlainHistogram {
  readonly name: string;
  readonly help: string;
  readonly type: "histogram";
  /** How prom-client's cluster registry merges workers' values. */
  readonly aggregator: "sum";
  /**
   * Records one observation (same unit as the buckets).
   *
   * @throws ArbError `ARGUMENT_INVALID` when the value is not a finite number (prom-client throws too).
   */
  observe(value: number): void;
  /** The samples a scrape exports (read by prom-client's registry). */
  get(): Promise<{ name: string; help: string; type: "histogram"; aggregator: "sum"; values: PlainHistogramSample[] }>;
  /** Forgets every observation; like prom-client, exports no sample until the next observation. */
  reset(): void;
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/**
 * Creates a {@link PlainHistogram} and registers it on `options.registers`.
 *
 * @throws ArbError `ARGUMENT_INVALID` for an invalid name or buckets that are not finite and strictly increasing.
 * @example
 * ```ts
 * const latency = createPlainHistogram({ name: "x_seconds", help: "X", buckets: [0.001, 0.01], registers: [registry] });
 * latency.observe(0.004);
 * await registry.metrics(); // … x_seconds_bucket{le="0.01"} 1 …
 * ```
 */
export function createPlainHistogram(options: PlainHistogramOptions): PlainHistogram {
  const { name, help } = options;
  if (!METRIC_NAME.test(name)) throw new ArbError("ARGUMENT_INVALID", `invalid metric name: ${name}`, { name: "name", value: name, reason: "not a Prometheus metric name" });
  const bounds = [...options.buckets];
  bounds.forEach((b, i) => {
    if (!Number.isFinite(b) || (i > 0 && !(b > (bounds[i - 1] ?? b)))) {
      throw new ArbError("ARGUMENT_INVALID", `${name}: buckets must be finite and strictly increasing`, { name: "buckets", value: bounds, reason: "not finite and strictly increasing" });
    }
  });
  // counts[i]: observations in (bounds[i-1], bounds[i]]; counts[bounds.length]: above the last bound.
  const counts = new Float64Array(bounds.length + 1);
  let sum = 0;
  let count = 0;
  // prom-client creates an unlabelled histogram's zero series up front, and drops it on reset() until the next observation.
  let exported = true;
  const histogram: PlainHistogram = {
    name,
    help,
    type: "histogram",
    aggregator: "sum",
    observe(value) {
      if (!Number.isFinite(value)) throw new ArbError("ARGUMENT_INVALID", `${name}: not a finite observation: ${String(value)}`, { name: "value", value, reason: "not finite" });
      let i = 0;
      while (i < bounds.length && !(value <= (bounds[i] as number))) i++;
      counts[i] = (counts[i] as number) + 1;
      sum += value;
      count++;
      exported = true;
    },
    get() {
      const values: PlainHistogramSample[] = [];
      if (exported) {
        const bucket = `${name}_bucket`;
        let cumulative = 0;
        bounds.forEach((le, i) => {
          cumulative += counts[i] as number;
          values.push({ value: cumulative, metricName: bucket, exemplar: null, labels: { le } });
        });
        values.push(
          { value: count, metricName: bucket, exemplar: null, labels: { le: "+Inf" } },
          { value: sum, metricName: `${name}_sum`, labels: {} },
          { value: count, metricName: `${name}_count`, labels: {} },
        );
      }
      return Promise.resolve({ name, help, type: "histogram", values, aggregator: "sum" });
    },
    reset() {
      counts.fill(0);
      sum = 0;
      count = 0;
      exported = false;
    },
  };
  // prom-client's Registry reads only name, help, type, aggregator, get() and reset() of what it holds
  // (lib/registry.js); its typings list just its own classes. The tests hold the exposition to a real Histogram's.
  for (const registry of options.registers ?? []) registry.registerMetric(histogram as unknown as Metric);
  return histogram;
}
