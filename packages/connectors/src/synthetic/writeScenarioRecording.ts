import { createRecordingWriter } from "../recording/createRecordingWriter";
import { createScenarioRecording, type ScenarioOptions } from "./createScenarioRecording";

/** What {@link writeScenarioRecording} wrote. */
export interface ScenarioWriteResult {
  /** Frames written (inbound and outbound). */
  readonly frames: number;
  /** Uncompressed bytes written. */
  readonly bytes: number;
  /** Market time covered, in seconds. */
  readonly durationSeconds: number;
}

/**
 * Generates a synthetic scenario ({@link createScenarioRecording}) and writes it as a recording file
 * (gzip when `path` ends in `.gz`; the gzip header carries no timestamp, so files are byte-identical).
 *
 * @throws ArbError `RECORDING_INVALID` when the file cannot be written.
 * @example
 * ```ts
 * await writeScenarioRecording("examples/data/sol-usd-scenario.jsonl.gz", { accounts, seed: 42 });
 * ```
 */
export async function writeScenarioRecording(path: string, options: ScenarioOptions): Promise<ScenarioWriteResult> {
  const recording = createScenarioRecording(options);
  const writer = createRecordingWriter({ path, header: recording.header });
  for (const frame of recording.frames) writer.write(frame);
  await writer.close();
  return { frames: writer.frames, bytes: writer.bytes, durationSeconds: options.durationSeconds ?? 180 };
}
