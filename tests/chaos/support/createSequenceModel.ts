/**
 * The naive reference for Coinbase gap counting, over the frames a client actually received: one counter
 * per connection; a gap or a repeat is counted when a frame's `sequence_num` is not the next expected one;
 * a malformed frame makes the client start over (accept whatever comes next), as a new connection does.
 */
export interface SequenceModel {
  frame(connection: number, text: string): void;
  malformed(): void;
  readonly gaps: number;
}

export function createSequenceModel(): SequenceModel {
  let conn = -1;
  let expected: number | undefined;
  let gaps = 0;
  return {
    frame(connection, text) {
      if (connection !== conn) {
        conn = connection;
        expected = undefined;
      }
      const m = /"sequence_num":(\d+)/.exec(text);
      if (m === null) return;
      const seq = Number(m[1]);
      if (expected !== undefined && seq !== expected) gaps++;
      if (expected === undefined || seq >= expected) expected = seq + 1;
    },
    malformed() {
      expected = undefined;
    },
    get gaps() {
      return gaps;
    },
  };
}
