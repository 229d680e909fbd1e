import { readRecording } from "@arbkit/connectors";
import { ArbError } from "@arbkit/core";

/**
 * The start time of a recording in Unix ms: its header's `startedAt`, else the first frame's receive time.
 *
 * @throws ArbError `RECORDING_INVALID` when the file is unreadable or holds no frame.
 */
export async function peekRecordingStart(path: string, defaultVenue?: string): Promise<number> {
  let started: number | undefined;
  for await (const frame of readRecording(path, { ...(defaultVenue === undefined ? {} : { defaultVenue }), onHeader: (h) => void (started = h.startedAt) })) {
    return Math.min(started ?? frame.recvTs, frame.recvTs) * 1000;
  }
  throw new ArbError("RECORDING_INVALID", `${path}: the recording holds no frame`, { file: path, line: 0, reason: "empty" });
}
