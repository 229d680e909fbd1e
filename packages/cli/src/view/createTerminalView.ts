import type { Clock } from "@arbkit/core";
import type { CliStream } from "../cli/CliIo";
import { renderStatusView } from "./renderStatusView";

/** A terminal view that redraws itself in place. */
export interface TerminalView {
  /** Draws once more now and stops refreshing. */
  stop(): void;
}

/**
 * Redraws `renderStatusView(snapshot())` every `intervalMs` (wall clock) on a TTY, moving the cursor back over
 * the previous frame instead of scrolling.
 */
export function createTerminalView(stream: CliStream, wall: Clock, snapshot: () => Record<string, unknown>, intervalMs = 500): TerminalView {
  let previous = 0;
  const draw = (): void => {
    const lines = renderStatusView(snapshot());
    const up = previous > 0 ? `\x1b[${previous}F` : "";
    stream.write(`${up}${lines.map((l) => `\x1b[2K${l}`).join("\n")}\n\x1b[J`);
    previous = lines.length;
  };
  draw();
  const cancel = wall.setInterval(draw, intervalMs);
  return {
    stop() {
      cancel();
      draw();
    },
  };
}
