import * as encoding from 'lib0/encoding';

/** An awareness update written by hand: [clientId, clock, state JSON] per entry; `count` may lie. */
export function awarenessBytes(entries: ReadonlyArray<readonly [number, number, string]>, count = entries.length): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, count);
  for (const [clientId, clock, json] of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, json);
  }
  return encoding.toUint8Array(encoder);
}
