/**
 * Regular-expression source for one character of a JSON string that needs no decoding: anything but `"`,
 * `\` and the control characters JSON forbids raw. A string made only of these reads the same from the raw
 * text as from `JSON.parse`, which is what lets the canonical-layout decoders skip `JSON.parse` safely.
 */
export const PLAIN_JSON_STRING_CHAR: string = /[^"\\\x00-\x1f]/.source;
