import { it } from "vitest";
import { createHarness, startFake, statusOf, waitFor } from "./orcaTestKit";
import { Connection } from "@solana/web3.js";
it("dbg", async () => {
  const proto = Connection.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const orig = proto._updateSubscriptions as (...a: unknown[]) => unknown;
  let n = 0;
  proto._updateSubscriptions = function (this: Record<string, unknown>, ...args: unknown[]) {
    n++;
    if (n === 20000) {
      const ws = this._rpcWebSocket as Record<string, unknown>;
      process.stderr.write(`LOOP ${this._rpcEndpoint} connected=${this._rpcWebSocketConnected} ready=${(ws.underlyingSocket as {readyState?: number})?.readyState} subs=${JSON.stringify(Object.values(this._subscriptionsByHash as object).map((s: {state: string; method: string; callbacks: Set<unknown>}) => [s.method, s.state, s.callbacks.size]))}\n`);
      throw new Error("loop");
    }
    return orig.apply(this, args);
  };
  const a = await startFake();
  const b = await startFake();
  const endpoints = [{ http: a.httpUrl("/v2/K?api-key=Q"), ws: a.wsUrl("/v2/K") }, { http: b.httpUrl("/S"), ws: b.wsUrl("/S") }];
  a.faults.http429 = 2;
  const h = createHarness({ endpoints, reconcileIntervalMs: 5_000 });
  h.bus.subscribe("status", (e) => process.stderr.write(`STATUS ${e.instrument ?? "conn"} ${e.status} ${e.reason}\n`));
  h.bus.subscribe("error", (e) => process.stderr.write(`ERR ${e.error.message}\n`));
  h.connector.start();
  await waitFor("live", () => statusOf(h) === "live");
  process.stderr.write("LIVE\n");
  //a.dropSockets();
  //b.dropSockets();
  process.stderr.write("DROPPED\n");
  h.clock.advanceBy(5_000);
  process.stderr.write("ADVANCED\n");
  await new Promise((r) => setTimeout(r, 3000));
  process.stderr.write(`endpoint ${h.connector.endpoint()} ${statusOf(h)}\n`);
  await h.connector.stop();
  await a.close(); await b.close();
});
