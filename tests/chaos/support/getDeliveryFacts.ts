import type { DeliveryEvent } from "../../fakes/startFakeWsServer";
import { createSequenceModel } from "./createSequenceModel";

/** A count the client must match: exact (`low === high`) unless some frames' reading was uncertain. */
export interface ExpectedRange {
  readonly low: number;
  readonly high: number;
}

/** What a CEX fake's delivery log says the bot must have seen. */
export interface DeliveryFacts {
  /** Frames written to the bot's sockets. */
  readonly frames: ExpectedRange;
  readonly malformed: ExpectedRange;
  /** Sequence gaps and repeats the bot must have detected (Coinbase; 0 for Gemini). */
  readonly gaps: ExpectedRange;
  /** Crossing updates delivered. */
  readonly crossings: number;
  /** Connections the bot opened. */
  readonly connections: number;
  /** Connections the venue dropped, and connections the bot closed itself (half-open detection). */
  readonly serverDrops: number;
  readonly clientCloses: readonly number[];
  /** Frames written within 1 s before their connection closed: the bot may or may not have read them. */
  readonly uncertainFrames: number;
  /** Times (Unix ms) the bot's book of `product` must have become invalid: a drop or close, a malformed or crossing frame, a detected gap. */
  readonly invalidations: readonly number[];
  /** Times (Unix ms) a snapshot (full book) of `product` was delivered. */
  readonly snapshots: readonly number[];
  /** Times (Unix ms) book data of `product` (updates or snapshots) was delivered. */
  readonly data: readonly number[];
}

/** How long before its connection closes a frame counts as possibly unread. */
const UNCERTAIN_MS = 1_000;

/**
 * Derives what the bot must have seen from a fake venue's delivery log. Frames written on a connection that
 * closed within 1 s may not have been read (the bot may have been closing it itself), so counts come as
 * ranges: `low` counts only frames certainly read, `high` all of them; they are equal when no frame was
 * uncertain, which is the usual case (frame faults are never injected within 1 s of a planned drop). The gap
 * count replays the naive per-connection sequence model over the delivered frames in order.
 */
export function getDeliveryFacts(log: readonly DeliveryEvent[], product: string): DeliveryFacts {
  const closedAt = new Map<number, number>();
  const clientCloses: number[] = [];
  let serverDrops = 0;
  let connections = 0;
  for (const e of log) {
    if (e.type === "open") connections++;
    if (e.type !== "close") continue;
    closedAt.set(e.conn, e.at);
    if (e.by === "server") serverDrops++;
    else clientCloses.push(e.at);
  }
  const uncertain = (conn: number, at: number): boolean => {
    const closed = closedAt.get(conn);
    return closed !== undefined && closed - at < UNCERTAIN_MS;
  };
  const all = createSequenceModel();
  const certain = createSequenceModel();
  const frames = { low: 0, high: 0 };
  const malformed = { low: 0, high: 0 };
  let crossings = 0;
  let uncertainFrames = 0;
  const invalidations: number[] = [];
  const snapshots: number[] = [];
  const data: number[] = [];
  for (const e of log) {
    if (e.type === "close") {
      invalidations.push(e.at);
      continue;
    }
    if (e.type !== "frame") continue;
    const sure = !uncertain(e.conn, e.at);
    frames.high++;
    if (sure) frames.low++;
    else uncertainFrames++;
    const { kind, seq, product: p } = e.tag;
    if (kind === "malformed") {
      malformed.high++;
      if (sure) malformed.low++;
      all.malformed();
      if (sure) certain.malformed();
      invalidations.push(e.at);
      continue;
    }
    if (kind === "crossing") {
      crossings++;
      invalidations.push(e.at);
    }
    if (p === product && (kind === "snapshot" || kind === "book")) data.push(e.at);
    if (p === product && kind === "snapshot") snapshots.push(e.at);
    if (seq === undefined || Number.isNaN(seq)) continue;
    const before = all.gaps;
    all.frame(e.conn, `"sequence_num":${seq}`);
    if (sure) certain.frame(e.conn, `"sequence_num":${seq}`);
    if (all.gaps > before) invalidations.push(e.at);
  }
  invalidations.sort((a, b) => a - b);
  return {
    frames,
    malformed,
    gaps: { low: Math.min(certain.gaps, all.gaps), high: Math.max(certain.gaps, all.gaps) },
    crossings,
    connections,
    serverDrops,
    clientCloses,
    uncertainFrames,
    invalidations,
    snapshots,
    data,
  };
}

/** The latest of sorted `times` at or before `t`, or undefined. */
export function lastAtOrBefore(times: readonly number[], t: number): number | undefined {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : times[lo - 1];
}

/** The earliest of sorted `times` after `t`, or undefined. */
export function firstAfter(times: readonly number[], t: number): number | undefined {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return times[lo];
}
