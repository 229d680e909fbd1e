import { describe, expect, it } from "vitest";
import { TestClock } from "@arbkit/core";
import { createInMemoryConnectorMetrics } from "../metrics/createInMemoryConnectorMetrics";
import { createManagedSocket } from "./createManagedSocket";
import type { SocketFactory, SocketHandlers } from "./SocketFactory";

interface FakeSocket {
  readonly url: string;
  readonly handlers: SocketHandlers;
  readonly maxPayloadBytes: number;
  sent: string[];
  pings: number;
  terminated: boolean;
  closed: boolean;
}

const setup = () => {
  const clock = new TestClock(0);
  const sockets: FakeSocket[] = [];
  const factory: SocketFactory = (url, handlers, options) => {
    const s: FakeSocket = { url, handlers, maxPayloadBytes: options.maxPayloadBytes, sent: [], pings: 0, terminated: false, closed: false };
    sockets.push(s);
    return { send: (t) => s.sent.push(t), ping: () => s.pings++, close: () => (s.closed = true), terminate: () => (s.terminated = true) };
  };
  const log: string[] = [];
  const metrics = createInMemoryConnectorMetrics();
  const socket = createManagedSocket({
    venue: "v",
    url: "ws://fake",
    socketFactory: factory,
    clock,
    maxPayloadBytes: 1 << 26,
    pingIntervalMs: 1_000,
    idleTimeoutMs: 3_000,
    backoff: { initialDelayMs: 100, jitter: 0 },
    healthyAfterMs: 10_000,
    metrics,
    onConnecting: (c) => log.push(`connecting ${c}`),
    onOpen: (c) => log.push(`open ${c}`),
    onMessage: (t, c) => log.push(`msg ${c} ${t}`),
    onDown: (c, r) => log.push(`down ${c} ${r}`),
  });
  return { clock, sockets, log, socket, metrics };
};

describe("createManagedSocket", () => {
  it("opens with the payload limit, pings on the clock, and forwards frames with the connection id", () => {
    const { clock, sockets, log, socket } = setup();
    socket.start();
    const s = sockets[0] as FakeSocket;
    expect(s.maxPayloadBytes).toBe(1 << 26);
    s.handlers.onOpen();
    expect(socket.send("hello")).toBe(true);
    s.handlers.onMessage("frame", 5);
    clock.advanceBy(2_500);
    expect(s.pings).toBe(2);
    expect(s.sent).toEqual(["hello"]);
    expect(log).toEqual(["connecting v.ws.1", "open v.ws.1", "msg v.ws.1 frame"]);
    expect(socket.connectionId).toBe("v.ws.1");
  });

  it("treats silence (no frame, pongs do not count) as half-open: drops, then reconnects after the backoff", () => {
    const { clock, sockets, log, socket, metrics } = setup();
    socket.start();
    sockets[0]?.handlers.onOpen();
    clock.advanceBy(2_000);
    sockets[0]?.handlers.onMessage("hb", 2);
    clock.advanceBy(2_000);
    sockets[0]?.handlers.onPong();
    clock.advanceBy(999);
    expect(sockets).toHaveLength(1);
    clock.advanceBy(1);
    expect(sockets[0]?.terminated).toBe(true);
    expect(log.at(-1)).toMatch(/^down v\.ws\.1 .*half-open/);
    clock.advanceBy(100);
    expect(sockets).toHaveLength(2);
    expect(log.at(-1)).toBe("connecting v.ws.2");
    expect(metrics.counter("reconnects", { venue: "v" })).toBe(1);
  });

  it("ignores events of a replaced socket and backs off exponentially while connects fail", () => {
    const { clock, sockets, log, socket } = setup();
    socket.start();
    sockets[0]?.handlers.onError(new Error("ECONNREFUSED"));
    sockets[0]?.handlers.onClose(1006, "");
    clock.advanceBy(100);
    sockets[1]?.handlers.onClose(1006, "");
    clock.advanceBy(199);
    expect(sockets).toHaveLength(2);
    clock.advanceBy(1);
    expect(sockets).toHaveLength(3);
    sockets[0]?.handlers.onMessage("late", 4);
    expect(log.filter((l) => l.startsWith("msg"))).toEqual([]);
    expect(log.filter((l) => l.startsWith("down"))).toEqual(["down v.ws.1 socket error: ECONNREFUSED", "down v.ws.2 closed by peer (code 1006)"]);
  });

  it("gives up an opening socket that never opens, and close() stops everything", () => {
    const { clock, sockets, socket } = setup();
    socket.start();
    clock.advanceBy(3_000);
    expect(sockets[0]?.terminated).toBe(true);
    clock.advanceBy(100);
    sockets[1]?.handlers.onOpen();
    socket.close();
    expect(sockets[1]?.closed).toBe(true);
    expect(socket.send("x")).toBe(false);
    expect(clock.pendingTimers).toBe(0);
  });
});
