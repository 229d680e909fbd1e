/**
 * A book's current scales (decimals of its scaled prices and sizes) and whether each is inferred, i.e.
 * may grow. Shared by the book and its helpers; mutated only by {@link resolveScanFailure}.
 * @internal
 */
export interface BookScales {
  price: number;
  size: number;
  readonly inferPrice: boolean;
  readonly inferSize: boolean;
}
