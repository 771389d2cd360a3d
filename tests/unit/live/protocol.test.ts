import { describe, expect, it } from 'vitest';
import { parseClientMessage, parseServerMessage } from '../../../src/live/protocol.ts';

const state = { slide: 3, step: 1, steps: 2, paused: false, elapsed: 61_000, rehearsing: false };

describe('parseClientMessage', () => {
  it('reads each kind of message', () => {
    expect(parseClientMessage('{"type":"hello","role":"remote","key":"abc"}')).toEqual({ type: 'hello', role: 'remote', key: 'abc' });
    expect(parseClientMessage('{"type":"hello","role":"follow"}')).toEqual({ type: 'hello', role: 'follow' });
    expect(parseClientMessage(JSON.stringify({ type: 'state', state }))).toEqual({ type: 'state', state });
    expect(parseClientMessage('{"type":"command","command":"next"}')).toEqual({ type: 'command', command: 'next' });
  });

  it.each([
    ['not JSON', 'next'],
    ['an array', '[1]'],
    ['null', 'null'],
    ['an unknown type', '{"type":"eval","code":"1"}'],
    ['an unknown role', '{"type":"hello","role":"admin"}'],
    ['a key that is not text', '{"type":"hello","role":"remote","key":1}'],
    ['an extra field', '{"type":"command","command":"next","repeat":100}'],
    ['an unknown command', '{"type":"command","command":"reload"}'],
    ['a step beyond the steps', JSON.stringify({ type: 'state', state: { ...state, step: 3 } })],
    ['a negative slide', JSON.stringify({ type: 'state', state: { ...state, slide: -1 } })],
    ['a fractional slide', JSON.stringify({ type: 'state', state: { ...state, slide: 1.5 } })],
    ['a missing field', JSON.stringify({ type: 'state', state: { slide: 1 } })],
    ['a field of the wrong type', JSON.stringify({ type: 'state', state: { ...state, paused: 'no' } })],
    ['an extra state field', JSON.stringify({ type: 'state', state: { ...state, notes: 'secret' } })],
  ])('rejects %s', (_, text) => {
    expect(parseClientMessage(text)).toBeUndefined();
  });
});

describe('parseServerMessage', () => {
  it('reads a welcome, a state and a command, and nothing else', () => {
    expect(parseServerMessage('{"type":"welcome","role":"follow"}')).toEqual({ type: 'welcome', role: 'follow' });
    expect(parseServerMessage(JSON.stringify({ type: 'state', state }))).toEqual({ type: 'state', state });
    expect(parseServerMessage('{"type":"command","command":"pause"}')).toEqual({ type: 'command', command: 'pause' });
    expect(parseServerMessage('{"type":"hello","role":"deck"}')).toBeUndefined();
    expect(parseServerMessage('{')).toBeUndefined();
  });
});
