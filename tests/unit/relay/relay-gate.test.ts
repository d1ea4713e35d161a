import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { RelayGate } from '../../../shared/sync/relay-gate';
import { createWorkspaceDoc } from '../../../shared/workspace/schema';

/** A Hocuspocus message with no body: document name, then its type. */
function bare(type: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, 'workspace');
  encoding.writeVarUint(encoder, type);
  return encoding.toUint8Array(encoder);
}

describe('the relay gate on message types', () => {
  it('passes a provider closing its document (Close, 7), as every laptop leaving sends it', () => {
    const gate = new RelayGate(createWorkspaceDoc());
    expect(gate.judge(bare(7))).toEqual({ ok: true, update: null });
    gate.destroy();
  });

  it('refuses stateless messages (5, 6) and unknown types: a channel around the gate', () => {
    const gate = new RelayGate(createWorkspaceDoc());
    for (const type of [5, 6, 9, 42]) expect(gate.judge(bare(type))).toMatchObject({ ok: false, rule: 'message-type' });
    gate.destroy();
  });
});
