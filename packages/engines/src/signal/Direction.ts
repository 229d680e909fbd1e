/**
 * The two ways to trade a pair: `cexToPool` buys on the CEX and sells into the pool; `poolToCex` buys
 * from the pool and sells on the CEX.
 */
export type Direction = "cexToPool" | "poolToCex";

/** Both {@link Direction}s, in evaluation order. */
export const DIRECTIONS: readonly Direction[] = Object.freeze(["cexToPool", "poolToCex"]);
