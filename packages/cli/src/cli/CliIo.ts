/** A writable text stream (stdout or stderr). */
export interface CliStream {
  write(text: string): unknown;
  /** Whether the stream is an interactive terminal (enables the refreshing view and the progress bar). */
  readonly isTTY?: boolean;
  /** Terminal width in columns, when a TTY. */
  readonly columns?: number;
}

/**
 * Everything a command touches outside the process: streams, environment, working directory and the stop
 * signals. `bin.ts` passes the real ones; tests pass their own.
 */
export interface CliIo {
  readonly stdout: CliStream;
  readonly stderr: CliStream;
  /** Environment variables (secrets come from here only). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths resolve against. */
  readonly cwd: string;
  /** Calls `handler` on SIGINT or SIGTERM; returns the function that stops listening. */
  onStopSignal(handler: (signal: string) => void): () => void;
}

/** Exit codes: 0 success, 1 a runtime failure, 2 a user error (bad flag, bad config, unreadable input). */
export const EXIT = Object.freeze({ OK: 0, FAILURE: 1, USAGE: 2 });
