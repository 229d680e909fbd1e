/**
 * Variants of `base` for differential tests of text decoders: its truncation at `cut`, and the one-character
 * replacement and insertion of character `code` at `where` (both indices wrap to the text's length).
 *
 * @example
 * for (const t of getTextEdits(frame, cut, where, code)) agrees(t); // decline, or decode like the reference
 */
export function getTextEdits(base: string, cut: number, where: number, code: number): readonly string[] {
  const at = where % (base.length + 1);
  const char = String.fromCharCode(code);
  return [base.slice(0, cut % (base.length + 1)), base.slice(0, at) + char + base.slice(at + 1), base.slice(0, at) + char + base.slice(at)];
}
