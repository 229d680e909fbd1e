import { gunzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { WebSocketServer } from "ws";

/** A loopback WebSocket venue that answers the first subscribe by sending recorded frames in order. */
export interface ReplayVenue {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts a fake venue on 127.0.0.1 (random port) that speaks like `venue` did in a recording: after the client's
 * first message (its subscribe), it sends that venue's inbound frames verbatim, `gapMs` apart.
 */
export async function startReplayVenue(recording: string, venue: string, gapMs = 5): Promise<ReplayVenue> {
  const lines = gunzipSync(readFileSync(recording)).toString("utf8").split("\n").filter((l) => l.startsWith("{\"recvTs\""));
  const frames = lines.map((l) => JSON.parse(l) as { venue: string; frame: string; dir?: string }).filter((f) => f.venue === venue && f.dir === undefined).map((f) => f.frame);
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  server.on("connection", (socket) => {
    let started = false;
    socket.on("message", () => {
      if (started) return;
      started = true;
      let i = 0;
      const timer = setInterval(() => {
        if (i >= frames.length || socket.readyState !== socket.OPEN) return clearInterval(timer);
        socket.send(frames[i++] ?? "");
      }, gapMs);
      socket.on("close", () => clearInterval(timer));
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return {
    url: `ws://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of server.clients) c.terminate();
        server.close(() => resolve());
      }),
  };
}
