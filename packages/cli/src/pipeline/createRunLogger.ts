import type { Unsubscribe } from "@arbkit/core";
import pino, { type Logger } from "pino";
import type { CliStream } from "../cli/CliIo";
import type { BotSession } from "./createBotSession";

/**
 * A pino logger writing JSON lines to `stream` (stdout when not a terminal): one line per opportunity, risk
 * denial, trade, leg failure, pause/resume and connector status change. Never logs configuration URLs or tokens.
 */
export function createRunLogger(stream: CliStream, level: string): Logger {
  return pino({ level, base: { app: "arb-cli" }, timestamp: pino.stdTimeFunctions.isoTime }, { write: (line: string) => void stream.write(line) });
}

/** Subscribes the logger to a session's events. */
export function bindRunLogger(log: Logger, session: BotSession): Unsubscribe {
  const e = session.engine.events;
  const offs = [
    e.subscribe("opportunity", (op) =>
      log.info({ event: "opportunity", id: op.id, pair: op.pair, direction: op.direction, venue: op.cexLeg.venue, size: op.cexLeg.size.toFixed(), netPnlUsd: op.netPnl.toFixed(), edgeBps: op.edgeBps.toFixed(2), marketTime: op.tsDecision }, "opportunity"),
    ),
    e.subscribe("riskDecision", (d) => {
      if (!d.approved) log.info({ event: "riskDenied", opportunityId: d.opportunityId, reasons: d.reasons.map((r) => r.code) }, "risk denied");
    }),
    e.subscribe("trade", (t) =>
      log.info({ event: "trade", id: t.id, status: t.status, direction: t.direction, expectedPnlUsd: t.expectedPnl.toFixed(), realizedPnlUsd: t.realizedPnl.toFixed(), marketTime: t.tsEnd }, "paper trade"),
    ),
    e.subscribe("legFailure", (f) => log.warn({ event: "legFailure", tradeId: f.tradeId, leg: f.failedLeg, reason: f.reason, unwindPnlUsd: f.realizedPnl.toFixed() }, "leg failure")),
    e.subscribe("riskState", (r) => log.warn({ event: "riskState", action: r.action, kind: r.kind, by: r.by, reason: r.reason }, `trading ${r.action}`)),
    session.market.subscribe("status", (s) => log.info({ event: "status", venue: s.venue, instrument: s.instrument, status: s.status, previous: s.previous, reason: s.reason }, "connector status")),
  ];
  return () => {
    for (const off of offs) off();
  };
}
