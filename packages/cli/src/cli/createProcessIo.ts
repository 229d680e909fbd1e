import type { CliIo } from "./CliIo";

/** The {@link CliIo} of the running process (real streams, `process.env`, SIGINT/SIGTERM). */
export function createProcessIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    onStopSignal(handler) {
      const listener = (signal: NodeJS.Signals): void => handler(signal);
      process.on("SIGINT", listener);
      process.on("SIGTERM", listener);
      return () => {
        process.off("SIGINT", listener);
        process.off("SIGTERM", listener);
      };
    },
  };
}
