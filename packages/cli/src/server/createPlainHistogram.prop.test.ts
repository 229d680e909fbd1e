import fc from "fast-check";
import { Histogram, type OpenMetricsContentType, Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { createArbMetrics } from "./createArbMetrics";
import { createPlainHistogram } from "./createPlainHistogram";

const BUCKETS = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05];
const NAME = "arbkit_decision_latency_seconds";
const HELP = "Tick-to-decision latency: one market update through signal and risk";

/** Observations that hit every bucket, exact bounds, both sides of them, negatives, zero and huge values. */
const observation = fc.oneof(
  fc.constantFrom(...BUCKETS, 0, -0, 1e300, -1e300),
  fc.constantFrom(...BUCKETS).map((b) => b * (1 + Number.EPSILON)),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1, max: 1 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 0.06 }),
);

/** A step of a session: an observation, or a reset of every metric of the registry. */
const step = fc.oneof({ weight: 20, arbitrary: observation }, { weight: 1, arbitrary: fc.constant("reset" as const) });

function pair() {
  const ours = new Registry();
  const theirs = new Registry();
  const plain = createPlainHistogram({ name: NAME, help: HELP, buckets: BUCKETS, registers: [ours] });
  const reference = new Histogram({ name: NAME, help: HELP, buckets: BUCKETS, registers: [theirs] });
  return { ours, theirs, plain, reference };
}

describe("createPlainHistogram", () => {
  it("exports the same text and JSON as prom-client's Histogram for the same observations", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 300 }), async (steps) => {
        const { ours, theirs, plain, reference } = pair();
        expect(await ours.metrics()).toBe(await theirs.metrics());
        for (const s of steps) {
          if (s === "reset") {
            ours.resetMetrics();
            theirs.resetMetrics();
          } else {
            plain.observe(s);
            reference.observe(s);
          }
        }
        expect(await ours.metrics()).toBe(await theirs.metrics());
        expect(await ours.getMetricsAsJSON()).toEqual(await theirs.getMetricsAsJSON());
      }),
      { numRuns: 300 },
    );
  });

  it("shows the same figures on an OpenMetrics registry", async () => {
    const ours = new Registry<OpenMetricsContentType>();
    const theirs = new Registry<OpenMetricsContentType>();
    ours.setContentType(Registry.OPENMETRICS_CONTENT_TYPE);
    theirs.setContentType(Registry.OPENMETRICS_CONTENT_TYPE);
    const plain = createPlainHistogram({ name: NAME, help: HELP, buckets: BUCKETS, registers: [ours] });
    const reference = new Histogram({ name: NAME, help: HELP, buckets: BUCKETS, registers: [theirs] });
    for (const v of [0.00002, 0.0003, 0.07, 0.00001]) {
      plain.observe(v);
      reference.observe(v);
    }
    expect(await ours.metrics()).toBe(await theirs.metrics());
    expect(await ours.metrics()).toContain(`${NAME}_bucket{le="0.00001"} 1\n`);
  });

  it("is what createArbMetrics exports as the decision latency, in its place among the other metrics", async () => {
    const metrics = createArbMetrics({ processMetrics: false });
    const { theirs, reference } = pair();
    for (const v of [0.000012, 0.0000049, 0.02, 0.9, 0.0001]) {
      metrics.decisionLatency.observe(v);
      reference.observe(v);
    }
    expect(await metrics.registry.getSingleMetricAsString(NAME)).toBe(await theirs.getSingleMetricAsString(NAME));
    const names = metrics.registry.getMetricsAsArray().map((m) => m.name);
    expect(names.slice(names.indexOf(NAME) - 1, names.indexOf(NAME) + 2)).toEqual(["arbkit_inventory", NAME, "arbkit_journal_pending_records"]);
  });
});
