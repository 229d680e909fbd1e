import { Worker } from "node:worker_threads";
import { createHarness, startFake, statusOf, waitFor } from "./orcaTestKit";
const w = new Worker(`
const inspector = require("node:inspector");
const s = new inspector.Session();
s.connectToMainThread();
setTimeout(() => {
  s.post("Debugger.enable", () => {
    s.on("Debugger.paused", (m) => {
      console.log("PAUSED", m.params.callFrames.slice(0, 25).map((f) => f.functionName + " " + f.url.split("/").slice(-2).join("/") + ":" + f.location.lineNumber).join("\\n"));
      process.exit(0);
    });
    s.post("Debugger.pause");
  });
}, 8000);
`, { eval: true });
w.unref();
(async () => {
  const a = await startFake();
  const b = await startFake();
  const endpoints = [{ http: a.httpUrl("/v2/K?api-key=Q"), ws: a.wsUrl("/v2/K") }, { http: b.httpUrl("/S"), ws: b.wsUrl("/S") }];
  a.faults.http429 = 2;
  const h = createHarness({ endpoints, reconcileIntervalMs: 5_000 });
  h.connector.start();
  await waitFor("live", () => statusOf(h) === "live");
  a.dropSockets();
  b.dropSockets();
  h.clock.advanceBy(5_000);
  console.log("ADVANCED");
  await new Promise((r) => setTimeout(r, 3000));
  console.log("OK", h.connector.endpoint());
  process.exit(0);
})();
