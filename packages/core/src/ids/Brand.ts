declare const brand: unique symbol;

/** A nominal type: `T` tagged so that values must pass a checker (`isX` / `assertIsX`) to get it. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };
