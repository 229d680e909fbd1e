import type { Clock } from "@arbkit/core";
import type { Journal } from "../journal/createJournal";
import { createOpsServer, type OpsServer } from "../server/createOpsServer";
import { createRateLimiter } from "../server/createRateLimiter";
import type { BotSession } from "./createBotSession";

/** Options for {@link startSessionServer}. */
export interface SessionServerOptions {
  readonly session: BotSession;
  readonly journal: Journal | undefined;
  readonly controlToken: string | undefined;
  /** Wall clock for the rate limiter's window. */
  readonly wall: Clock;
  readonly status: () => Record<string, unknown>;
  /** Whether the bot is shutting down (health turns 503). */
  readonly stopping: () => boolean;
}

/**
 * Starts the ops server for a session: `/metrics` from its registry, `/status` from the snapshot, `/healthz`
 * (503 while shutting down or while no venue is live after the first data), and pause/resume mapped to the risk
 * engine (`pause("operator", …)`, `resume("operator", …)`). Every control call is journaled and committed
 * before the answer.
 *
 * @throws ArbError `CONNECTION_FAILED` when the address cannot be bound.
 */
export function startSessionServer(options: SessionServerOptions): Promise<OpsServer> {
  const { session, journal, wall } = options;
  const risk = session.engine.risk;
  const manualPaused = (): boolean => risk.getState().pauses.includes("manual");
  const stateOf = (): string => (risk.getState().pauses.length === 0 ? "running" : "paused");
  const config = session.config.server;
  return createOpsServer({
    host: config.host,
    port: config.port,
    metrics: session.metrics,
    clock: session.clock,
    // In a replay the session clock is market time; cache lifetimes are wall time.
    cache: { clock: wall },
    status: options.status,
    health: () => {
      if (options.stopping()) return { ok: false, detail: "shutting down" };
      const statuses = [session.connectors.coinbase?.status(), session.connectors.gemini?.status(), session.connectors.orca?.status()].filter((s) => s !== undefined);
      return { ok: true, detail: `running; connections ${statuses.join(", ") || "none"}; trading ${stateOf()}` };
    },
    control: {
      pause(reason) {
        const changed = !manualPaused();
        if (changed) risk.pause("operator", reason);
        return { changed, state: stateOf() };
      },
      resume(reason) {
        // An operator's resume lifts manual and loss pauses; stale-data pauses lift themselves, the kill switch never.
        const changed = risk.getState().pauses.some((k) => k === "manual" || k === "dailyLoss" || k === "consecutiveLosses");
        if (changed) risk.resume("operator", reason);
        return { changed, state: stateOf() };
      },
    },
    controlToken: options.controlToken,
    rateLimiter: createRateLimiter(wall, config.controlRequestsPerMinute, 60_000),
    audit: (record) => {
      if (journal === undefined) return;
      journal.append("control_audit", record);
      journal.flush();
    },
  });
}
