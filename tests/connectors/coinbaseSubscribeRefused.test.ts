import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { createEventBus, createLiveClock, type MarketEvents, type VenueErrorEvent } from "@arbkit/core";
import { createCoinbaseConnector, type BookConnector } from "@arbkit/connectors";
import { waitFor } from "../support/waitFor";

const TS = "2026-08-09T21:05:48.505350477Z";
const snapshot = JSON.stringify({
  channel: "l2_data",
  timestamp: TS,
  sequence_num: 0,
  events: [{ type: "snapshot", product_id: "SOL-USD", updates: [{ side: "bid", event_time: TS, price_level: "20", new_quantity: "1" }, { side: "offer", event_time: TS, price_level: "21", new_quantity: "1" }] }],
});

let server: WebSocketServer | undefined;
let connector: BookConnector | undefined;
afterEach(async () => {
  connector?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("Coinbase connector when the venue refuses a subscription", () => {
  it("publishes the error frame and reconnects after the backoff instead of staying `subscribing`", async () => {
    // The first connection answers the level2 subscribe with Coinbase's error frame; later ones serve a book.
    let connections = 0;
    server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    server.on("connection", (socket: WebSocket) => {
      const n = ++connections;
      socket.on("message", (data) => {
        const msg = JSON.parse(String(data)) as { type: string; channel: string };
        if (msg.type !== "subscribe" || msg.channel !== "level2") return;
        socket.send(n === 1 ? JSON.stringify({ type: "error", message: "Failed to subscribe", reason: "SOL-USD is not available right now" }) : snapshot);
      });
    });
    await new Promise((resolve) => server?.once("listening", resolve));
    const { port } = server.address() as { port: number };
    const bus = createEventBus<MarketEvents>();
    const errors: VenueErrorEvent[] = [];
    bus.subscribe("error", (e) => errors.push(e));
    connector = createCoinbaseConnector({ bus, clock: createLiveClock(), products: ["SOL-USD"], endpoint: `ws://127.0.0.1:${port}`, backoff: { initialDelayMs: 20, jitter: 0 }, idleTimeoutMs: 60_000 });
    const sol = connector.instrumentOf("SOL-USD");
    connector.start();
    const c = connector;
    await waitFor(() => c.status(sol) === "live", "live after the refusal");
    expect(connections).toBe(2);
    // The venue's words, then the reconnect with the venue's reason.
    expect(errors.map((e) => e.error.code)).toEqual(["VENUE_ERROR", "CONNECTION_FAILED"]);
    expect(errors[0]?.error.message).toContain("coinbase: Failed to subscribe");
    expect(errors[1]?.error.message).toContain("subscription refused: SOL-USD is not available right now");
    expect(c.book(sol)?.bestBid()).toEqual({ price: "20", size: "1" });
  });
});
