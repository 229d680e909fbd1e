import { Decimal } from "decimal.js";
import type { FakeRpcEvent } from "../../fakes/createFakeSolanaRpc";
import type { DeliveryEvent } from "../../fakes/startFakeWsServer";
import { parseLogLines, type CliResult } from "../../cli/support/cliProcess";
import { HJP } from "../../solana/orcaTestKit";
import type { ChaosVenue, PhasePlan } from "./createFaultPlan";
import type { StatusSample } from "./createStatusPoller";
import { firstAfter, getDeliveryFacts, lastAtOrBefore, type DeliveryFacts, type ExpectedRange } from "./getDeliveryFacts";
import type { FrameFaultCounts } from "./startChaosVenues";

/** Everything a spawned chaos run recorded. */
export interface SpawnedChaosRecord {
  readonly seed: number;
  readonly phases: number;
  readonly wallSeconds: number;
  /** When the feed stopped and the counters were read (Unix ms); logs are read to the end. */
  readonly until: number;
  readonly plan: readonly PhasePlan[];
  readonly samples: readonly StatusSample[];
  readonly pollFailures: readonly string[];
  readonly deliveries: { readonly coinbase: readonly DeliveryEvent[]; readonly gemini: readonly DeliveryEvent[] };
  readonly rpcEvents: readonly FakeRpcEvent[];
  readonly frameFaults: { readonly coinbase: FrameFaultCounts; readonly gemini: FrameFaultCounts };
  readonly crossings: readonly { readonly venue: string; readonly at: number; readonly price: string }[];
  readonly stalls: readonly { readonly venue: ChaosVenue; readonly start: number; readonly end: number }[];
  readonly holds: readonly { readonly start: number; readonly end: number }[];
  readonly recoveries: readonly { readonly start: number; readonly end: number | undefined }[];
  readonly compares: readonly { readonly at: number; readonly mismatches: readonly string[] }[];
  readonly skipped: readonly string[];
  readonly exit: CliResult | undefined;
  /** Set when the bot exited before the suite stopped it. */
  readonly crashed: { readonly at: number; readonly result: CliResult; readonly report: string | undefined } | undefined;
  readonly metrics: ReadonlyMap<string, number>;
  readonly opportunities: readonly Record<string, unknown>[];
  readonly statusChanges: readonly Record<string, unknown>[];
}

/** What a spawned chaos run measured; `violations` must be empty. */
export interface SpawnedChaosReport {
  readonly seed: number;
  readonly phases: number;
  readonly wallSeconds: number;
  readonly injected: Record<string, number>;
  /** `name: actual (expected)` for every counter compared. */
  readonly counters: Record<string, string>;
  readonly opportunities: number;
  readonly statusSamples: number;
  readonly bookComparisons: number;
  /** Per stall: ms from the input's data passing its age limit to the first `/status` showing the stale pause. */
  readonly pauseDelaysMs: readonly number[];
  readonly recoveryMs: readonly number[];
  readonly skipped: readonly string[];
  readonly violations: readonly string[];
  /** After a failure: the bot's config, journal, crash report and `chaos-record.json` (a passed run removes it). */
  readonly workDir?: string;
}

const LIMIT = { book: 2_000, pool: 5_000 } as const;
/** The issue's bound: a stale pause engages within the age limit + 1 s. */
const PAUSE_SLACK_MS = 1_000;
/** Time the bot needs to read a frame written on loopback (send → receive → parse), for checks against the fakes' clock. */
const READ_MS = 500;
const ALLOWED_CODES = new Set(["FRAME_MALFORMED", "BOOK_SEQUENCE_GAP", "BOOK_SEQUENCE_REGRESSION", "BOOK_CROSSED", "CONNECTION_FAILED", "RPC_FAILED"]);
/**
 * stderr lines @solana/web3.js prints itself (console.error, no stack) when a pubsub socket closes under it.
 * Not `accountUnsubscribe error: …`: that one announces web3.js's unsubscribe retry loop, which freezes the
 * process (see `disposeConnection`).
 */
const WEB3_NOISE = /^ws error: /;

/** Runs every check of the spawned chaos suite over a record and returns the report. */
export function checkSpawnedChaos(r: SpawnedChaosRecord): SpawnedChaosReport {
  const violations: string[] = [];
  const violate = (what: string): void => void (violations.length < 60 && violations.push(what));
  const t0 = r.samples[0]?.now ?? 0;
  const at = (t: number): string => `t=${((t - t0) / 1000).toFixed(1)}s`;
  const cb = getDeliveryFacts(r.deliveries.coinbase, "SOL-USD");
  const gm = getDeliveryFacts(r.deliveries.gemini, "SOLUSD");
  const pool = {
    data: r.rpcEvents.filter((e) => (e.kind === "notify" || e.kind === "answer") && e.keys.includes(HJP)).map((e) => e.at),
    fetches: r.rpcEvents.filter((e) => e.kind === "answer" && e.keys.includes(HJP)).map((e) => e.at),
  };
  const inputs = [
    { id: "coinbase:SOL-USD", limit: LIMIT.book, data: cb.data, venue: "coinbase" as const },
    { id: "gemini:SOLUSD", limit: LIMIT.book, data: gm.data, venue: "gemini" as const },
    { id: `orca:${HJP}`, limit: LIMIT.pool, data: pool.data, venue: "solana" as const },
  ];
  const output = r.crashed?.result ?? r.exit;
  const logs = parseLogLines(output?.stdout ?? "");

  // 1. Zero crashes: ran to the end, exit 0 on SIGTERM, no fatal or error line, nothing unexpected on stderr.
  if (r.crashed !== undefined) {
    const { code, signal, stdout, stderr } = r.crashed.result;
    violate(`the bot exited by itself at ${at(r.crashed.at)} (code ${String(code)}, signal ${String(signal)}); crash report: ${r.crashed.report ?? "none"}; stderr: ${stderr.slice(-1500)}; stdout tail: ${stdout.slice(-1500)}`);
  }
  if (r.exit === undefined) violate("the bot did not exit within 20 s of SIGTERM");
  else if (r.crashed === undefined && r.exit.code !== 0) violate(`exit code ${String(r.exit.code)} (signal ${String(r.exit.signal)}) after SIGTERM`);
  if (!logs.some((l) => l.event === "summary" && l.endReason === "stopped")) violate("no run summary with endReason stopped");
  for (const l of logs) if (typeof l.level === "number" && l.level >= 50) violate(`log line at level ${l.level}: ${JSON.stringify(l).slice(0, 300)}`);
  for (const line of (output?.stderr ?? "").split("\n")) if (line.trim() !== "" && !WEB3_NOISE.test(line)) violate(`stderr: ${line.slice(0, 300)}`);
  for (const f of r.pollFailures.slice(0, 3)) violate(`/status failed while the bot ran: ${f}`);
  const codes: Record<string, number> = {};
  for (const l of logs.filter((x) => x.event === "venueError")) codes[String(l.code)] = (codes[String(l.code)] ?? 0) + 1;
  for (const code of Object.keys(codes)) if (!ALLOWED_CODES.has(code)) violate(`unexpected error code ${code} (${codes[code]}×)`);

  // 2. Every resynced book equals the venue's: compared in each quiet hold.
  for (const c of r.compares) for (const m of c.mismatches) violate(`hold at ${at(c.at)}: ${m}`);

  // 3. Staleness: paused within limit + 1 s of the last data the venue delivered; never paused when all is live
  // and fresh; every stall's pause lifted by itself (the suite never calls /control).
  for (const s of r.samples) {
    const paused = s.risk.pauses.includes("stale");
    for (const input of inputs) {
      const last = lastAtOrBefore(input.data, s.now);
      if (last !== undefined && s.now - last > input.limit + PAUSE_SLACK_MS && !(paused && s.risk.staleSources.includes(input.id))) {
        violate(`${at(s.now)}: ${input.id} delivered nothing for ${s.now - last} ms (limit ${input.limit} ms + 1 s) but the bot is not paused for it (pauses ${JSON.stringify(s.risk.pauses)}, stale ${JSON.stringify(s.risk.staleSources)})`);
      }
    }
    const ages = [...s.venues.flatMap((v) => v.instruments.map((i) => ({ status: i.status, age: i.dataAgeMs, limit: LIMIT.book }))), ...s.pools.map((p) => ({ status: p.status, age: p.dataAgeMs, limit: LIMIT.pool }))];
    if (paused && ages.every((a) => a.status === "live" && a.age !== null && a.age <= a.limit - 300)) violate(`${at(s.now)}: every input live and fresh, yet paused for stale data (${JSON.stringify(s.risk.staleSources)})`);
  }
  const pauseDelaysMs: number[] = [];
  for (const stall of r.stalls) {
    const input = inputs.find((i) => i.venue === stall.venue);
    const last = input === undefined ? undefined : lastAtOrBefore(input.data, stall.start);
    if (input === undefined || last === undefined) continue;
    const staleAt = last + input.limit;
    const first = r.samples.find((s) => s.now >= staleAt && s.risk.pauses.includes("stale") && s.risk.staleSources.includes(input.id));
    if (first === undefined || first.now > stall.end) violate(`${stall.venue} stall at ${at(stall.start)}: no stale pause seen before it ended`);
    else pauseDelaysMs.push(first.now - staleAt);
  }
  for (const rec of r.recoveries) if (rec.end === undefined) violate(`recovery from ${at(rec.start)}: not every input live and unpaused within 45 s`);

  // 4. No opportunity from a stale, syncing or crossed book.
  const statusAt = (instrument: string, t: number): Set<string> => {
    const rows = r.statusChanges.filter((c) => c.instrument === instrument && Number(c.ts) <= t);
    const before = rows.filter((c) => Number(c.ts) < t).at(-1);
    return new Set([...(before === undefined ? [] : [String(before.status)]), ...rows.filter((c) => Number(c.ts) === t).map((c) => String(c.status))]);
  };
  const cexFacts: Record<string, DeliveryFacts> = { coinbase: cb, gemini: gm };
  const rpcFailAt = [...r.rpcEvents.filter((e) => e.kind === "429"), ...r.rpcEvents.filter((e) => e.kind === "released")].map((e) => e.at);
  for (const row of r.opportunities) {
    const t = Number(row.ts);
    const op = JSON.parse(String(row.data)) as { cexLeg: { venue: string; instrument: string; side: string }; poolLeg: { instrument: string }; inputs: { cexAgeMs: number; poolAgeMs: number; cexTouchPrice: string } };
    const venue = op.cexLeg.venue;
    const facts = cexFacts[venue];
    const where = `opportunity ${String(row.id)} at ${at(t)} (${venue})`;
    if (op.inputs.cexAgeMs > LIMIT.book || op.inputs.poolAgeMs > LIMIT.pool) violate(`${where}: inputs ${op.inputs.cexAgeMs} / ${op.inputs.poolAgeMs} ms old`);
    if (facts === undefined) {
      violate(`${where}: unknown venue`);
      continue;
    }
    const lastCex = lastAtOrBefore(facts.data, t);
    const lastPool = lastAtOrBefore(pool.data, t);
    if (lastCex === undefined || t - lastCex > LIMIT.book + READ_MS) violate(`${where}: ${venue} had delivered no book data for ${lastCex === undefined ? "ever" : `${t - lastCex} ms`}`);
    if (lastPool === undefined || t - lastPool > LIMIT.pool + READ_MS) violate(`${where}: the RPC had delivered no pool data for ${lastPool === undefined ? "ever" : `${t - lastPool} ms`}`);
    for (const x of facts.invalidations) {
      if (x + READ_MS >= t) break;
      const restored = firstAfter(facts.snapshots, x);
      if (restored === undefined || restored > t) violate(`${where}: the book was invalidated at ${at(x)} and no snapshot had been delivered since`);
    }
    for (const x of rpcFailAt) {
      if (x + READ_MS >= t) continue;
      const refetched = firstAfter(pool.fetches, x);
      if (refetched === undefined || refetched > t) violate(`${where}: the RPC session failed at ${at(x)} and the pool had not been fetched again`);
    }
    if (!statusAt(op.cexLeg.instrument, t).has("live")) violate(`${where}: journal says ${op.cexLeg.instrument} was ${[...statusAt(op.cexLeg.instrument, t)].join("/")}`);
    if (!statusAt(op.poolLeg.instrument, t).has("live")) violate(`${where}: journal says the pool was ${[...statusAt(op.poolLeg.instrument, t)].join("/")}`);
    // A crossing update is a bid: selling into it, between its delivery and the next snapshot, would mean the
    // bot applied it (later, the market may reach that price for real).
    for (const c of r.crossings) {
      const replaced = firstAfter(facts.snapshots, c.at);
      if (c.venue === venue && op.cexLeg.side === "sell" && t >= c.at && (replaced === undefined || t < replaced) && new Decimal(c.price).eq(op.inputs.cexTouchPrice)) {
        violate(`${where}: sold into the crossing bid ${c.price} sent at ${at(c.at)}`);
      }
    }
  }

  // 5. Counters match the faults that reached the bot.
  const counters: Record<string, string> = {};
  const metric = (name: string, venue: string): number => r.metrics.get(`arbkit_connector_${name}_total{venue="${venue}"}`) ?? 0;
  const expect = (name: string, actual: number, range: ExpectedRange): void => {
    counters[name] = range.low === range.high ? `${actual} (${range.low})` : `${actual} (${range.low}…${range.high})`;
    if (actual < range.low || actual > range.high) violate(`counter ${name} = ${actual}, expected ${range.low === range.high ? range.low : `${range.low}…${range.high}`}`);
  };
  for (const [venue, f] of [["coinbase", cb], ["gemini", gm]] as const) {
    const parse = metric("parse_errors", venue);
    const gaps = metric("sequence_gaps", venue);
    expect(`${venue}.frames`, metric("frames", venue), f.frames);
    expect(`${venue}.parseErrors`, parse, f.malformed);
    expect(`${venue}.gaps`, gaps, f.gaps);
    // Every reconnect is a connection the venue saw; each one the venue did not drop, the bot closed itself.
    expect(`${venue}.reconnects`, metric("reconnects", venue), { low: f.connections - 1, high: f.connections - 1 });
    // A resync per malformed frame and per gap; a crossing update resyncs only when it reaches a live book
    // (one arriving while the book is already resyncing is dropped), so crossings only widen the range.
    expect(`${venue}.resyncs`, metric("resyncs", venue), { low: parse + gaps, high: parse + gaps + f.crossings });
    // The bot closes a connection itself only when it went quiet: during a stall of that venue.
    const stalls = r.stalls.filter((s) => s.venue === venue);
    for (const c of f.clientCloses) if (c <= r.until && !stalls.some((s) => c >= s.start && c <= s.end + READ_MS)) violate(`${venue}: the bot closed a connection at ${at(c)}, outside any stall`);
  }
  const orcaFailures = logs.filter((l) => l.event === "venueError" && l.venue === "orca" && l.code === "RPC_FAILED");
  const byReason = (re: RegExp) => orcaFailures.filter((l) => re.test(String(l.message)));
  const count = (kind: FakeRpcEvent["kind"]) => r.rpcEvents.filter((e) => e.kind === kind).length;
  expect("orca.rpcFailures.http429", byReason(/HTTP 429/).length, { low: count("429"), high: count("429") });
  expect("orca.rpcFailures.timeout", byReason(/timeout after/).length, { low: count("hang"), high: count("hang") });
  const noSlot = byReason(/no new slot/);
  const solanaStalls = r.stalls.filter((s) => s.venue === "solana");
  // The connector's head-slot watch fails the session once per silence (10 s without a new slot) and re-arms
  // only on a new slot; a 20 s stall delivers none, so exactly one failure per Solana stall.
  expect("orca.rpcFailures.headSlotStalled", noSlot.length, { low: solanaStalls.length, high: solanaStalls.length });
  for (const l of noSlot) {
    const t = Date.parse(String(l.time));
    if (!solanaStalls.some((s) => t >= s.start && t <= s.end + READ_MS)) violate(`"no new slot" failure at ${at(t)}, outside any Solana stall`);
  }
  const explained = byReason(/HTTP 429|timeout after|no new slot/).length;
  if (explained !== orcaFailures.length) violate(`unexplained RPC failures: ${orcaFailures.filter((l) => !/HTTP 429|timeout after|no new slot/.test(String(l.message))).map((l) => String(l.message)).slice(0, 3).join("; ")}`);
  expect("orca.reconnects", metric("reconnects", "orca"), { low: orcaFailures.length, high: orcaFailures.length });

  // The run was not vacuous.
  if (r.opportunities.length === 0) violate("no opportunity at all: the opportunity checks were vacuous");
  if (r.compares.length === 0) violate("no book comparison");

  const injected: Record<string, number> = {
    "coinbase.disconnects": cb.serverDrops,
    "gemini.disconnects": gm.serverDrops,
    "coinbase.malformedDelivered": cb.malformed.high,
    "gemini.malformedDelivered": gm.malformed.high,
    "coinbase.skips": r.frameFaults.coinbase.skips,
    "coinbase.repeats": r.frameFaults.coinbase.repeats,
    "coinbase.crossingsDelivered": cb.crossings,
    "gemini.crossingsDelivered": gm.crossings,
    "coinbase.hugeSnapshots": r.plan.flatMap((p) => p.pads).filter((p) => p.venue === "coinbase").length,
    "gemini.hugeSnapshots": r.plan.flatMap((p) => p.pads).filter((p) => p.venue === "gemini").length,
    "coinbase.stalls": r.stalls.filter((s) => s.venue === "coinbase").length,
    "gemini.stalls": r.stalls.filter((s) => s.venue === "gemini").length,
    "solana.stalls": solanaStalls.length,
    "solana.http429": count("429"),
    "solana.hungRequests": count("hang"),
    "uncertainFrames": cb.uncertainFrames + gm.uncertainFrames,
  };
  return {
    seed: r.seed,
    phases: r.phases,
    wallSeconds: Math.round(r.wallSeconds * 10) / 10,
    injected,
    counters,
    opportunities: r.opportunities.length,
    statusSamples: r.samples.length,
    bookComparisons: r.compares.length,
    pauseDelaysMs,
    recoveryMs: r.recoveries.map((x) => (x.end === undefined ? -1 : x.end - x.start)),
    skipped: r.skipped,
    violations,
  };
}
