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
export type { FrameRecorder } from "./recording/FrameRecorder";
export { replayRecording } from "./recording/replayRecording";
export type { ReplayRecordingOptions, ReplayResult } from "./recording/replayRecording";

// lifecycle and CEX connectors
export type { ConnectorCounter, ConnectorGauge, ConnectorMetrics, MetricLabels } from "./metrics/ConnectorMetrics";
export { createNoopConnectorMetrics } from "./metrics/createNoopConnectorMetrics";
export { createInMemoryConnectorMetrics } from "./metrics/createInMemoryConnectorMetrics";
export type { InMemoryConnectorMetrics } from "./metrics/createInMemoryConnectorMetrics";
export { createStatusTracker } from "./lifecycle/createStatusTracker";
export type { StatusTracker, StatusTrackerOptions } from "./lifecycle/createStatusTracker";
export { createStalenessWatch } from "./lifecycle/createStalenessWatch";
export type { StalenessWatch, StalenessWatchOptions } from "./lifecycle/createStalenessWatch";
export { createBackoff } from "./lifecycle/createBackoff";
export type { Backoff, BackoffOptions } from "./lifecycle/createBackoff";
export { createReconnectController } from "./lifecycle/createReconnectController";
export type { ReconnectController, ReconnectControllerOptions } from "./lifecycle/createReconnectController";
export { createFrameMalformedError, FRAME_EXCERPT_CHARS } from "./lifecycle/createFrameMalformedError";
export { isVenueDecimal, isVenuePrice } from "./lifecycle/isVenueDecimal";
export { publishVenueError } from "./lifecycle/publishVenueError";
export type { VenueErrorTarget } from "./lifecycle/publishVenueError";
export { publishSubscriberError } from "./lifecycle/publishSubscriberError";
export { createBookFeed } from "./lifecycle/createBookFeed";
export type { BookApplyResult, BookFeed, BookFeedOptions, BookFrameMeta } from "./lifecycle/createBookFeed";
export type { BookConnector } from "./lifecycle/BookConnector";
export { createBookConnectorBase } from "./lifecycle/createBookConnectorBase";
export type { BookConnectorBase, BookConnectorBaseSpec } from "./lifecycle/createBookConnectorBase";
export { createConnectorSocket } from "./lifecycle/createConnectorSocket";
export type { ConnectorSocket, ConnectorSocketHooks } from "./lifecycle/createConnectorSocket";
export { parseFrameObject } from "./lifecycle/parseFrameObject";
export { DEFAULT_MAX_PAYLOAD_BYTES } from "./lifecycle/BookConnectorOptions";
export type { BookConnectorOptions } from "./lifecycle/BookConnectorOptions";
export type { SocketConnection, SocketFactory, SocketFactoryOptions, SocketHandlers } from "./ws/SocketFactory";
export { createWsSocketFactory } from "./ws/createWsSocketFactory";
export type { WsSocketFactoryOptions } from "./ws/createWsSocketFactory";
export { createManagedSocket } from "./ws/createManagedSocket";
export type { ManagedSocket, ManagedSocketOptions } from "./ws/createManagedSocket";
export { createCoinbaseConnector } from "./coinbase/createCoinbaseConnector";
export { COINBASE_ENDPOINT } from "./coinbase/CoinbaseConnectorOptions";
export type { CoinbaseConnectorOptions } from "./coinbase/CoinbaseConnectorOptions";
export { decodeCoinbaseFrame } from "./coinbase/decodeCoinbaseFrame";
export type { CoinbaseL2Event, CoinbaseMessage } from "./coinbase/CoinbaseMessage";
export { encodeCoinbaseSubscribe } from "./coinbase/encodeCoinbaseSubscribe";
export { decodeRfc3339Ms } from "./coinbase/decodeRfc3339Ms";
export { createGeminiConnector } from "./gemini/createGeminiConnector";
export { GEMINI_ENDPOINT } from "./gemini/GeminiConnectorOptions";
export type { GeminiConnectorOptions } from "./gemini/GeminiConnectorOptions";
export { decodeGeminiFrame } from "./gemini/decodeGeminiFrame";
export type { GeminiMessage, GeminiTrade } from "./gemini/GeminiMessage";
export { encodeGeminiSubscribe } from "./gemini/encodeGeminiSubscribe";

// solana / orca
export { WHIRLPOOL_PROGRAM_ID } from "./solana/WHIRLPOOL_PROGRAM_ID";
export { decodeWhirlpool, WHIRLPOOL_ACCOUNT_SIZE, type WhirlpoolDecodeBasis } from "./solana/decodeWhirlpool";
export type { WhirlpoolAccount, WhirlpoolRewardInfo } from "./solana/WhirlpoolAccount";
export { decodeTickArray, FIXED_TICK_ARRAY_ACCOUNT_SIZE, TICK_ARRAY_SIZE } from "./solana/decodeTickArray";
export type { DecodeTickArrayOptions } from "./solana/decodeTickArray";
export type { TickArrayAccount, TickDetail } from "./solana/TickArrayAccount";
export { decodeMint, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID } from "./solana/decodeMint";
export type { MintInfo } from "./solana/decodeMint";
export { getTickArrayAddress } from "./solana/getTickArrayAddress";
export { getTickArrayStartIndex } from "./solana/getTickArrayStartIndex";
export { redactUrl } from "./solana/redactUrl";
export { createSecretRedactor } from "./solana/createSecretRedactor";
export { quoteSolanaSwapCost } from "./solana/quoteSolanaSwapCost";
export type { SolanaSwapCost, SolanaSwapCostInput } from "./solana/quoteSolanaSwapCost";
export { parseOrcaFrame } from "./solana/parseOrcaFrame";
export type { OrcaFrameItem, RawAccount } from "./solana/OrcaFrameItem";
export { createRpcFailover } from "./solana/createRpcFailover";
export type { RpcFailover, RpcFailoverOptions } from "./solana/createRpcFailover";
export { createRpcFetch } from "./solana/createRpcFetch";
export type { RpcFetch, RpcFetchOptions } from "./solana/createRpcFetch";
export { createOrcaConnector } from "./solana/createOrcaConnector";
export type { OrcaConnector } from "./solana/createOrcaConnector";
export type { OrcaConnectorOptions } from "./solana/OrcaConnectorOptions";
export type { OrcaCostOptions } from "./solana/OrcaCostOptions";
export type { OrcaPoolConfig } from "./solana/OrcaPoolConfig";
export type { SolanaRpcEndpoint } from "./solana/SolanaRpcEndpoint";

// synthetic
export { createScenarioRecording } from "./synthetic/createScenarioRecording";
export type { ScenarioOptions, ScenarioRecording } from "./synthetic/createScenarioRecording";
export type { PoolLagModel } from "./synthetic/createOrcaScenarioStream";
export { writeScenarioRecording } from "./synthetic/writeScenarioRecording";
export type { ScenarioWriteResult } from "./synthetic/writeScenarioRecording";
export { readScenarioAccounts } from "./synthetic/readScenarioAccounts";
export type { ScenarioAccounts } from "./synthetic/readScenarioAccounts";
export type { SyntheticAccount } from "./synthetic/encodeSolanaFrames";
export { createSeededRandom } from "./synthetic/createSeededRandom";
export type { SeededRandom } from "./synthetic/createSeededRandom";
