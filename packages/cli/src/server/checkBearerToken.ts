import { createHash, timingSafeEqual } from "node:crypto";

/** The outcome of a bearer-token check: the HTTP status to answer and why. */
export interface TokenCheck {
  readonly status: 200 | 401 | 403;
  readonly detail: string;
}

const digest = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();

/**
 * Checks an `Authorization` header against the expected token. Both sides are hashed to equal-length
 * SHA-256 digests and compared with `crypto.timingSafeEqual`, so neither the token's content nor its length
 * leaks through timing. No header → 401; a wrong token, or no token configured → 403.
 */
export function checkBearerToken(header: string | undefined, expected: string | undefined): TokenCheck {
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (match === null) return { status: 401, detail: "missing bearer token" };
  if (expected === undefined) return { status: 403, detail: "control disabled: ARB_CONTROL_TOKEN is not set" };
  return timingSafeEqual(digest(match[1] ?? ""), digest(expected)) ? { status: 200, detail: "ok" } : { status: 403, detail: "wrong token" };
}
