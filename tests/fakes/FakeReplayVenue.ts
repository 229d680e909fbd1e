import type { Clock } from "@arbkit/core";
import type { DeliveryEvent } from "./startFakeWsServer";

/** Options every loopback CEX fake shares. */
export interface FakeReplayVenueOptions {
  /**
   * Serve these recorded inbound lines instead of the venue's real fixture (e.g. a synthetic scenario's frames
   * for that venue): each instrument's first full book is the venue's starting book, the rest the script.
   * @default the venue's real recording
   */
  readonly lines?: readonly { readonly recvTs: number; readonly frame: string }[];
  /** Timestamps of the delivery log. @default the live clock */
  readonly clock?: Clock;
}

/** What every loopback CEX fake exposes: a recording served over a ws server, with faults on demand. */
export interface FakeReplayVenue {
  /** `ws://127.0.0.1:<port>`. */
  readonly url: string;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Every text message clients sent, in order. */
  readonly received: readonly string[];
  /** Frames sent on the current connection. */
  readonly sentOnCurrent: number;
  /** Script frames not yet played. */
  readonly remaining: number;
  /** Recording receive time (Unix s) of the next script frame, or undefined at the end. */
  readonly nextRecvTs: number | undefined;
  /** What reached the clients (frames written, connections opened and closed), in order. */
  readonly deliveries: readonly DeliveryEvent[];
  /** Closes the current connection abruptly. */
  dropConnection(): void;
  /** Sends raw text (malformed, truncated …) as is. */
  sendRaw(text: string): void;
  /** Sends a heartbeat, so a quiet venue still looks alive. */
  sendHeartbeat(): void;
  /** Holds every frame (new connections' too; pings are still answered) until {@link FakeReplayVenue.resume}. */
  stall(): void;
  /** Ends a stall: held frames reach the connections still open. */
  resume(): void;
  /** Shuts the server down. */
  close(): Promise<void>;
}
