/** One Solana RPC provider: a JSON-RPC HTTP URL and its WebSocket pubsub URL. URLs may embed API keys. */
export interface SolanaRpcEndpoint {
  /** JSON-RPC over HTTP(S), e.g. `https://mainnet.helius-rpc.com/?api-key=…`. */
  readonly http: string;
  /** Pubsub WebSocket URL. @default derived by web3.js from `http` (`https` → `wss`, port + 1 for explicit ports) */
  readonly ws?: string;
}
