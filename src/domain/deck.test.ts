import { describe, expect, it } from 'vitest';
import {
  commandForKey,
  deckReducer,
  defaultDeck,
  parseDeck,
  slideRows,
  takeaway,
  type DeckState,
  type Slide,
} from './deck';
import { bundled } from '../../tests/support/bundled';

const slide = (id: string): Slide => ({ id, kind: 'view', index: 'PAR', year: 2024, unit: '01' });
const deck = (current = 0): DeckState => ({
  slides: [slide('a'), slide('b'), slide('c')],
  current,
  blank: false,
  typed: '',
});
const ids = (s: DeckState) => s.slides.map((x) => x.id);

describe('deckReducer', () => {
  it('moves forward and back, and stops at the ends', () => {
    expect(deckReducer(deck(0), { type: 'next' }).current).toBe(1);
    expect(deckReducer(deck(2), { type: 'next' }).current).toBe(2);
    expect(deckReducer(deck(0), { type: 'prev' }).current).toBe(0);
    expect(deckReducer(deck(1), { type: 'last' }).current).toBe(2);
    expect(deckReducer(deck(2), { type: 'first' }).current).toBe(0);
  });

  it('goes to a slide typed as digits then Enter', () => {
    let s = deckReducer(deck(0), { type: 'digit', digit: '3' });
    expect(s.typed).toBe('3');
    s = deckReducer(s, { type: 'enter' });
    expect([s.current, s.typed]).toEqual([2, '']);
  });

  it('blanks the screen, and any move brings it back', () => {
    const b = deckReducer(deck(1), { type: 'toggle-blank' });
    expect(b.blank).toBe(true);
    expect(deckReducer(b, { type: 'next' })).toMatchObject({ blank: false, current: 2 });
  });

  it('adds the current view after the current slide', () => {
    const s = deckReducer(deck(0), { type: 'add', slide: slide('x') });
    expect([ids(s), s.current]).toEqual([['a', 'x', 'b', 'c'], 1]);
  });

  it('removes and reorders slides, keeping the one on screen', () => {
    expect(ids(deckReducer(deck(2), { type: 'remove', at: 0 }))).toEqual(['b', 'c']);
    expect(deckReducer(deck(2), { type: 'remove', at: 0 }).current).toBe(1);
    const moved = deckReducer(deck(0), { type: 'move', from: 0, to: 2 });
    expect([ids(moved), moved.current]).toEqual([['b', 'c', 'a'], 2]);
  });

  it('resets to a given deck', () => {
    expect(deckReducer(deck(2), { type: 'reset', slides: [slide('z')] })).toEqual({
      slides: [slide('z')],
      current: 0,
      blank: false,
      typed: '',
      // The default deck again: it follows the view in use until the user edits it.
      edited: false,
    });
    expect(deckReducer(deck(2), { type: 'remove', at: 0 }).edited).toBe(true);
  });
});

describe('keys', () => {
  it('maps what clickers and keyboards send', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => commandForKey(k)?.type)).toEqual(
      ['next', 'next', 'next', 'next'],
    );
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => commandForKey(k)?.type)).toEqual([
      'prev',
      'prev',
      'prev',
    ]);
    expect(
      ['Home', 'End', '7', 'Enter', 'b', 'F', 'Escape'].map((k) => commandForKey(k)?.type),
    ).toEqual(['first', 'last', 'digit', 'enter', 'toggle-blank', 'fullscreen', 'exit']);
    expect(commandForKey('x')).toBeNull();
  });
});

describe('the default deck and takeaways', () => {
  const { registry, dataset } = bundled();

  const deckOf = (index: string, unit: string, year: number) =>
    defaultDeck(registry, dataset, { index, unit, year }).map(
      (s) => `${s.kind} ${s.index} ${s.unit} ${s.year}`,
    );

  it('follows the view in use: the unit, the index and the year on screen', () => {
    expect(deckOf('PAR', '276', 2023)).toEqual([
      'scorecard PAR 276 2023',
      'indices-over-time PAR 276 2023',
      'papi-vs-national PAR 276 2023',
      'among-peers PAR 276 2023',
      'children PAR 276 2023',
      'weak-topics PAR 276 2023',
    ]);
    // Gia Lâm (018) in 2022: its own slides, not Thạch Thất's.
    expect(deckOf('PAR', '018', 2022)).toEqual([
      'scorecard PAR 018 2022',
      'indices-over-time PAR 018 2022',
      'papi-vs-national PAR 018 2022',
      'among-peers PAR 018 2022',
      'weak-topics PAR 018 2022',
    ]);
  });

  it('leaves out what the data cannot show (no empty slides)', () => {
    // Hà Nội's PAPI 2024: no dimension scores that year, so no sub-index or topic slides.
    const papi = deckOf('PAPI', '01', 2024);
    expect(papi).toContain('scorecard PAPI 01 2024');
    expect(papi).not.toContain('papi-vs-national PAPI 01 2024');
    expect(papi).not.toContain('weak-topics PAPI 01 2024');
  });

  it('has a map slide from 2025, after the units under Hà Nội, and none for the old units', () => {
    expect(deckOf('PAR', '01', 2025)).toEqual([
      'scorecard PAR 01 2025',
      'indices-over-time PAR 01 2025',
      'children PAR 01 2025',
      'map PAR 01 2025',
    ]);
    expect(deckOf('PAR', '276', 2023)).not.toContain('map PAR 276 2023');
  });

  it('counts the figures a slide shows (the units under it, its map), not only its unit’s', () => {
    const s = (kind: Slide['kind']): Slide => ({
      id: kind,
      kind,
      index: 'PAR',
      year: 2025,
      unit: '01',
    });
    // Hà Nội has no PAR 2025 figure of its own; its 126 units have sample ones.
    expect(slideRows(registry, dataset, s('scorecard'))).toEqual([]);
    expect(slideRows(registry, dataset, s('children'))).toHaveLength(126);
    expect(slideRows(registry, dataset, s('map')).every((r) => r.source === 'sample')).toBe(true);
  });

  it('says where the unit stands, as meaning (the sentence: shared/insight-messages.test.ts)', () => {
    const line = takeaway(registry, dataset, { index: 'PAR', year: 2024, unit: '01' });
    expect(line).toEqual({
      code: 'standing',
      params: {
        unit: 'Thành phố Hà Nội',
        index: 'PAR',
        year: 2024,
        rank: '3/63',
        places: 0,
        points: 1.14,
      },
    });
  });

  it('reads back only well-formed saved decks', () => {
    // The first format, a bare array, is an unchanged default deck.
    expect(parseDeck(JSON.stringify([slide('a'), { id: 1 }]))).toEqual({
      slides: [slide('a')],
      edited: false,
    });
    expect(parseDeck(JSON.stringify({ slides: [slide('b')], edited: true }))).toEqual({
      slides: [slide('b')],
      edited: true,
    });
    expect(parseDeck('not json')).toBeNull();
    expect(parseDeck('[]')).toBeNull();
  });
});
