import { describe, expect, it } from 'vitest';
import { isDeckMessage } from './speaker-channel';
import type { Slide } from '../../domain/deck';

const slide: Slide = { id: 's1', kind: 'indices-over-time', index: 'PAR', year: 2024, unit: '01' };

describe('messages between the deck and the speaker window', () => {
  it('accepts the deck state and the commands', () => {
    expect(
      isDeckMessage({
        type: 'state',
        current: 1,
        slides: [
          { slide, title: 'a', takeaway: 'b', notes: [] },
          { slide: { ...slide, kind: 'children' }, title: 'c', takeaway: '', notes: ['n'] },
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
        slides: [{ slide, title: 'a', takeaway: 'b', notes: [] }],
      }),
    ).toBe(false);
    // A slide the deck does not know how to draw.
    expect(
      isDeckMessage({
        type: 'state',
        current: 0,
        slides: [{ slide: { ...slide, kind: 'pie' }, title: 'a', takeaway: 'b', notes: [] }],
      }),
    ).toBe(false);
    expect(isDeckMessage({ type: 'state', current: 0, slides: [{ title: 1 }] })).toBe(false);
    expect(isDeckMessage({ type: 'command', command: 'rm -rf' })).toBe(false);
    expect(isDeckMessage('next')).toBe(false);
    expect(isDeckMessage(null)).toBe(false);
  });
});
