/**
 * Venue connectors for arbkit: Coinbase Advanced Trade and Gemini v2 order books, Orca Whirlpool pool
 * state over Solana RPC, with raw-frame recording and replay through the same parsers.
 *
 * @packageDocumentation
 * @module @arbkit/connectors
 */

// recording
export type { RecordedFrame, RecordingHeader } from "./recording/RecordedFrame";
export type { FrameSink } from "./recording/FrameSink";
export { parseRecordingLine } from "./recording/parseRecordingLine";
export type { RecordingLineLocation } from "./recording/parseRecordingLine";
export { readRecording } from "./recording/readRecording";
export type { ReadRecordingOptions } from "./recording/readRecording";
export { createRecordingWriter } from "./recording/createRecordingWriter";
export type { RecordingWriter, RecordingWriterOptions } from "./recording/createRecordingWriter";

// lifecycle and CEX connectors

// solana / orca
