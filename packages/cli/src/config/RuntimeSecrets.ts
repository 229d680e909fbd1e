/**
 * Secrets read from the environment only (never from the config file, flags, logs, `/status` or the journal).
 */
export interface RuntimeSecrets {
  /** `ARB_SOLANA_RPC_URL`: a keyed RPC endpoint tried before the configured ones. */
  readonly solanaRpcUrl: string | undefined;
  /** `ARB_SOLANA_WS_URL`: its pubsub endpoint. @default derived from the RPC URL (https → wss) */
  readonly solanaWsUrl: string | undefined;
  /** `ARB_CONTROL_TOKEN`: the bearer token of `POST /control/*`; when unset, control calls are refused (401). */
  readonly controlToken: string | undefined;
}

/** Reads {@link RuntimeSecrets} from an environment map (`process.env` in the CLI). Empty values count as unset. */
export function getRuntimeSecrets(env: Readonly<Record<string, string | undefined>>): RuntimeSecrets {
  const get = (key: string): string | undefined => {
    const v = env[key];
    return v === undefined || v.trim() === "" ? undefined : v.trim();
  };
  return { solanaRpcUrl: get("ARB_SOLANA_RPC_URL"), solanaWsUrl: get("ARB_SOLANA_WS_URL"), controlToken: get("ARB_CONTROL_TOKEN") };
}
