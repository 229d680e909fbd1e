/**
 * Regular-expression sources for the strict venue decimal grammar of {@link isVenueDecimal} (`digits[.digits]`)
 * and of {@link isVenuePrice} (the same with a non-zero digit somewhere), for readers that match whole frames at
 * once. The 256-character limit is not in the pattern: check the matched length.
 */
export const VENUE_DECIMAL_SOURCE: string = "[0-9]+(?:\\.[0-9]+)?";

/** {@link VENUE_DECIMAL_SOURCE} restricted to values above zero (a valid price). */
export const VENUE_PRICE_SOURCE: string = `(?=[0-9.]*[1-9])${VENUE_DECIMAL_SOURCE}`;

/** The longest decimal string the venue grammar accepts, in characters. */
export const VENUE_DECIMAL_MAX_LENGTH = 256;
