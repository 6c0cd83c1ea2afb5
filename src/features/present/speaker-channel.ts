// The deck window and the speaker window talk over a BroadcastChannel. Each side checks what it
// receives: another window is another program.

import { isSlide, type Slide } from '../../domain/deck';

export const SPEAKER_CHANNEL = 'cchc-dashboard-deck';

export interface SlideInfo {
  /** The slide itself: the speaker window draws the next one as a preview. */
  slide: Slide;
  title: string;
  takeaway: string;
  notes: string[];
}

export type DeckMessage =
  | { type: 'state'; current: number; slides: SlideInfo[] }
  | { type: 'command'; command: 'next' | 'prev' | 'hello' };

const isSlideInfo = (x: unknown): x is SlideInfo =>
  typeof x === 'object' &&
  x !== null &&
  isSlide((x as SlideInfo).slide) &&
  typeof (x as SlideInfo).title === 'string' &&
  typeof (x as SlideInfo).takeaway === 'string' &&
  Array.isArray((x as SlideInfo).notes) &&
  (x as SlideInfo).notes.every((n) => typeof n === 'string');

export function isDeckMessage(x: unknown): x is DeckMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  if (m.type === 'state') {
    return (
      typeof m.current === 'number' &&
      Number.isInteger(m.current) &&
      Array.isArray(m.slides) &&
      m.slides.length <= 500 &&
      m.slides.every(isSlideInfo) &&
      m.current >= 0 &&
      m.current < Math.max(1, m.slides.length)
    );
  }
  if (m.type === 'command')
    return m.command === 'next' || m.command === 'prev' || m.command === 'hello';
  return false;
}
