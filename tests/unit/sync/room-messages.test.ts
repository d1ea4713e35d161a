import { describe, expect, it } from 'vitest';
import { parseRoomMessage } from '../../../renderer/src/runtime/lan/room-messages';

const offer = { type: 'offer', sdp: 'v=0\r\n' };

describe('parseRoomMessage: valid messages', () => {
  it('an announce to everyone, and one in reply to one peer', () => {
    expect(parseRoomMessage({ type: 'announce', from: 'a' })).toEqual({ type: 'announce', from: 'a', to: null });
    expect(parseRoomMessage({ type: 'announce', from: 'a', to: null })).toEqual({ type: 'announce', from: 'a', to: null });
    expect(parseRoomMessage({ type: 'announce', from: 'a', to: 'b' })).toEqual({ type: 'announce', from: 'a', to: 'b' });
  });

  it('a signal carrying an offer or an answer, keeping only the known fields', () => {
    expect(parseRoomMessage({ type: 'signal', from: 'a', to: 'b', link: 'l1', description: offer })).toEqual({ type: 'signal', from: 'a', to: 'b', link: 'l1', description: offer });
    const answer = parseRoomMessage({ type: 'signal', from: 'a', to: 'b', link: 'l1', description: { type: 'answer', sdp: '', extra: 1 }, extra: true });
    expect(answer).toEqual({ type: 'signal', from: 'a', to: 'b', link: 'l1', description: { type: 'answer', sdp: '' } });
  });

  it('ids and SDP at their limits', () => {
    const id = 'x'.repeat(64);
    expect(parseRoomMessage({ type: 'announce', from: id, to: id })).not.toBeNull();
    expect(parseRoomMessage({ type: 'signal', from: 'a', to: 'b', link: 'l1', description: { type: 'offer', sdp: 's'.repeat(64 * 1024) } })).not.toBeNull();
  });
});

describe('parseRoomMessage: every invalid shape is null', () => {
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'announce'],
    ['a number', 7],
    ['an array', [{ type: 'announce', from: 'a' }]],
    ['no type', { from: 'a' }],
    ['an unknown type', { type: 'hello', from: 'a' }],
    ['no from', { type: 'announce' }],
    ['an empty from', { type: 'announce', from: '' }],
    ['a numeric from', { type: 'announce', from: 1 }],
    ['an overlong from', { type: 'announce', from: 'x'.repeat(65) }],
    ['an announce to an empty id', { type: 'announce', from: 'a', to: '' }],
    ['an announce to a number', { type: 'announce', from: 'a', to: 5 }],
    ['an announce to an overlong id', { type: 'announce', from: 'a', to: 'x'.repeat(65) }],
    ['a signal to no one', { type: 'signal', from: 'a', link: 'l1', description: offer }],
    ['a signal without a link id', { type: 'signal', from: 'a', to: 'b', description: offer }],
    ['a signal with an overlong link id', { type: 'signal', from: 'a', to: 'b', link: 'l'.repeat(65), description: offer }],
    ['a signal to null', { type: 'signal', from: 'a', to: null, link: 'l1', description: offer }],
    ['a signal without description', { type: 'signal', from: 'a', to: 'b' }],
    ['a signal with a null description', { type: 'signal', from: 'a', to: 'b', link: 'l1', description: null }],
    ['a signal with a string description', { type: 'signal', from: 'a', to: 'b', link: 'l1', description: 'v=0' }],
    ['a signal with a candidate', { type: 'signal', from: 'a', to: 'b', link: 'l1', description: { type: 'candidate', sdp: 'x' } }],
    ['a signal with a pranswer', { type: 'signal', from: 'a', to: 'b', link: 'l1', description: { type: 'pranswer', sdp: 'x' } }],
    ['a signal without sdp', { type: 'signal', from: 'a', to: 'b', link: 'l1', description: { type: 'offer' } }],
    ['a signal with numeric sdp', { type: 'signal', from: 'a', to: 'b', link: 'l1', description: { type: 'offer', sdp: 1 } }],
    ['a signal with oversized sdp', { type: 'signal', from: 'a', to: 'b', link: 'l1', description: { type: 'offer', sdp: 's'.repeat(64 * 1024 + 1) } }],
  ])('%s', (_what, value) => {
    expect(parseRoomMessage(value)).toBeNull();
  });
});
