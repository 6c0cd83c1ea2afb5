import { describe, expect, it } from 'vitest';
import { isDeckMessage } from './speaker-channel';

describe('messages between the deck and the speaker window', () => {
  it('accepts the deck state and the commands', () => {
    expect(
      isDeckMessage({
        type: 'state',
        current: 1,
        slides: [
          { title: 'a', takeaway: 'b', notes: [] },
          { title: 'c', takeaway: '', notes: ['n'] },
        ],
      }),
    ).toBe(true);
    expect(isDeckMessage({ type: 'command', command: 'next' })).toBe(true);
  });

  it('refuses anything malformed or out of range', () => {
    expect(
      isDeckMessage({
        type: 'state',
        current: 5,
        slides: [{ title: 'a', takeaway: 'b', notes: [] }],
      }),
    ).toBe(false);
    expect(isDeckMessage({ type: 'state', current: 0, slides: [{ title: 1 }] })).toBe(false);
    expect(isDeckMessage({ type: 'command', command: 'rm -rf' })).toBe(false);
    expect(isDeckMessage('next')).toBe(false);
    expect(isDeckMessage(null)).toBe(false);
  });
});
