import { WebSocket, type ClientOptions, type RawData } from "ws";
import type { SocketConnection, SocketFactory, SocketHandlers, SocketFactoryOptions } from "./SocketFactory";

/** Options for {@link createWsSocketFactory}. */
export interface WsSocketFactoryOptions {
  /** Extra `ws` client options (headers, agent, TLS). `maxPayload` is always taken from the connector. @default none */
  readonly clientOptions?: Omit<ClientOptions, "maxPayload">;
}

const textOf = (data: RawData): string => {
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.from(data).toString("utf8");
};

const sizeOf = (data: RawData): number => {
  if (Array.isArray(data)) return data.reduce((n, b) => n + b.length, 0);
  return data.byteLength;
};

/**
 * The default {@link SocketFactory}, over the `ws` package. The payload limit comes from the connector
 * (ws's own default of 100 MiB is not relied upon; ccxt #23597 failed on Coinbase's ~5 MB snapshot with a
 * smaller limit).
 *
 * @example
 * ```ts
 * const connector = createGeminiConnector({ bus, clock, symbols: ["SOLUSD"], socketFactory: createWsSocketFactory() });
 * ```
 */
export function createWsSocketFactory(options: WsSocketFactoryOptions = {}): SocketFactory {
  return (url: string, handlers: SocketHandlers, socketOptions: SocketFactoryOptions): SocketConnection => {
    const ws = new WebSocket(url, { ...options.clientOptions, maxPayload: socketOptions.maxPayloadBytes });
    let closed = false;
    ws.on("open", () => handlers.onOpen());
    ws.on("message", (data: RawData) => handlers.onMessage(textOf(data), sizeOf(data)));
    ws.on("pong", () => handlers.onPong());
    ws.on("error", (error: Error) => handlers.onError(error));
    ws.on("close", (code: number, reason: Buffer) => {
      if (closed) return;
      closed = true;
      handlers.onClose(code, reason.toString("utf8"));
    });
    const open = (): boolean => ws.readyState === WebSocket.OPEN;
    return {
      send(text: string): void {
        if (open()) ws.send(text);
      },
      ping(): void {
        if (open()) ws.ping();
      },
      close(code = 1000, reason = ""): void {
        if (ws.readyState === WebSocket.CONNECTING) ws.terminate();
        else ws.close(code, reason);
      },
      terminate(): void {
        ws.terminate();
      },
    };
  };
}
