import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "../../packages/cli/node_modules/yaml/dist/index.js";
import { createArbMetrics } from "../../packages/cli/src/server/createArbMetrics";
import { repoRoot } from "../support/fixtures";
import { getMetricFamilies } from "./support/assertPrometheusText";

const METRIC = /\b(arbkit_[a-z0-9_]+|process_[a-z0-9_]+|nodejs_[a-z0-9_]+)\b/g;

/** Metric names an expression uses, histogram series (_bucket/_sum/_count) mapped to their family. */
function metricsIn(expr: string, families: Set<string>): string[] {
  return [...expr.matchAll(METRIC)].map((m) => {
    const name = m[1] ?? "";
    const family = name.replace(/_(bucket|sum|count)$/, "");
    return families.has(name) ? name : family;
  });
}

const exported = async (): Promise<Set<string>> => getMetricFamilies(await createArbMetrics().registry.metrics());

describe("ops/ files use only metrics arb-cli exports", () => {
  it("prometheus-alerts.yml: the seed's alerts exist and every metric they use is exported", async () => {
    const families = await exported();
    const rules = (parseYaml(readFileSync(join(repoRoot, "ops/prometheus-alerts.yml"), "utf8")) as { groups: { rules: { alert: string; expr: string }[] }[] }).groups.flatMap((g) => g.rules);
    expect(rules.length).toBeGreaterThanOrEqual(15);
    const names = rules.map((r) => r.alert);
    for (const required of ["ArbConnectorDisconnected", "ArbStaleData", "ArbDailyLossExceeded", "ArbDailyLossApproaching", "ArbPausedTooLong", "ArbHighParseErrorRate", "ArbHighVenueErrorRate", "ArbDetectionLatencyHigh", "ArbConsecutiveLosses", "ArbNoOpportunitiesForAnHour", "ArbHighMemory"]) {
      expect(names).toContain(required);
    }
    for (const rule of rules) {
      const used = metricsIn(rule.expr, families);
      expect(used.length, `${rule.alert} uses no arbkit metric`).toBeGreaterThan(0);
      for (const metric of used) expect(families.has(metric), `${rule.alert} uses ${metric}, which arb-cli does not export`).toBe(true);
    }
  });

  it("grafana-dashboard.json: valid JSON whose panels query only exported metrics", async () => {
    const families = await exported();
    const dashboard = JSON.parse(readFileSync(join(repoRoot, "ops/grafana-dashboard.json"), "utf8")) as { panels: { title: string; targets: { expr: string }[] }[] };
    expect(dashboard.panels.length).toBeGreaterThanOrEqual(10);
    for (const panel of dashboard.panels) {
      for (const target of panel.targets) {
        for (const metric of metricsIn(target.expr, families)) expect(families.has(metric), `${panel.title}: ${metric}`).toBe(true);
      }
    }
  });
});
