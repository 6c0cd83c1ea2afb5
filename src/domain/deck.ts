// The presenter's deck: a pure reducer over a discriminated action union, and the keys that
// clickers and keyboards send, as data. Slides are saved views; what they show is computed from
// the data when they are drawn.

import { changeSincePreviousYear, rankAmongPeers } from './analysis';
import type { Standing } from './insight';
import { lookup, seriesRows, type Dataset } from './dataset';
import { childrenOf, peersInRegistry, unitIn, type Registry } from './registry';
import { unitYears } from './lineage';
import { componentsView } from './weakness';
import { layerUnits, mapFigures, mapFor } from './map';
import type { ScoreRow } from './model';

/**
 * What a slide shows. `papi-vs-national` is the sub-indices of any index (the name is kept so
 * that decks saved before stay readable); `view` is a time chart added from the dashboard.
 */
export type SlideKind =
  | 'scorecard'
  | 'indices-over-time'
  | 'papi-vs-national'
  | 'among-peers'
  | 'children'
  | 'weak-topics'
  | 'map'
  | 'view';

/** The sections a user can add from the view in use, in the dashboard's order. */
export const ADDABLE_KINDS: readonly SlideKind[] = [
  'scorecard',
  'indices-over-time',
  'papi-vs-national',
  'among-peers',
  'children',
  'map',
  'weak-topics',
];

/** The view a deck is made for: the unit, index and year on screen. */
export interface DeckView {
  index: string;
  year: number;
  unit: string;
}

export interface Slide {
  id: string;
  kind: SlideKind;
  index: string;
  year: number;
  unit: string;
}

export interface DeckState {
  slides: Slide[];
  /** 0-based. */
  current: number;
  blank: boolean;
  /** Digits typed before Enter ("12" then Enter goes to slide 12). */
  typed: string;
  /** The user added, removed or moved a slide: the deck is theirs, not the default one. */
  edited?: boolean;
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'digit'; digit: string }
  | { type: 'enter' }
  | { type: 'toggle-blank' }
  | { type: 'add'; slide: Slide }
  | { type: 'remove'; at: number }
  | { type: 'move'; from: number; to: number }
  | { type: 'reset'; slides: Slide[] };

const clamp = (n: number, slides: readonly Slide[]): number =>
  Math.max(0, Math.min(slides.length - 1, n));

/**
 * `deckReducer({ slides: [a, b, c], current: 0, blank: false, typed: '' }, { type: 'next' })`
 * → current 1. Moving past either end stays there; any move clears the blank screen.
 */
export function deckReducer(state: DeckState, action: DeckAction): DeckState {
  const go = (n: number): DeckState => ({
    ...state,
    current: clamp(n, state.slides),
    blank: false,
    typed: '',
  });
  switch (action.type) {
    case 'next':
      return go(state.current + 1);
    case 'prev':
      return go(state.current - 1);
    case 'first':
      return go(0);
    case 'last':
      return go(state.slides.length - 1);
    case 'goto':
      return go(action.slide - 1);
    case 'digit':
      return /^\d$/.test(action.digit)
        ? { ...state, typed: (state.typed + action.digit).slice(-3) }
        : state;
    case 'enter':
      return state.typed === '' ? state : go(Number(state.typed) - 1);
    case 'toggle-blank':
      return { ...state, blank: !state.blank, typed: '' };
    case 'add': {
      const slides = [
        ...state.slides.slice(0, state.current + 1),
        action.slide,
        ...state.slides.slice(state.current + 1),
      ];
      return {
        ...state,
        slides,
        current: state.slides.length === 0 ? 0 : state.current + 1,
        typed: '',
        edited: true,
      };
    }
    case 'remove': {
      if (action.at < 0 || action.at >= state.slides.length) return state;
      const slides = state.slides.filter((_, i) => i !== action.at);
      const current = action.at < state.current ? state.current - 1 : state.current;
      return {
        ...state,
        slides,
        current: Math.max(0, Math.min(current, slides.length - 1)),
        typed: '',
        edited: true,
      };
    }
    case 'move': {
      const { from, to } = action;
      if (from < 0 || from >= state.slides.length || to < 0 || to >= state.slides.length)
        return state;
      const slides = [...state.slides];
      const [moved] = slides.splice(from, 1);
      if (!moved) return state;
      slides.splice(to, 0, moved);
      const current = state.current === from ? to : state.current;
      return { ...state, slides, current, typed: '', edited: true };
    }
    case 'reset':
      return { slides: action.slides, current: 0, blank: false, typed: '', edited: false };
  }
}

export type KeyCommand = DeckAction | { type: 'fullscreen' } | { type: 'exit' };

/** Keys as data: what clickers send (PageDown/PageUp, arrows) and what people type. */
export const KEY_BINDINGS: {
  name: string;
  keyTest: (key: string) => boolean;
  command: (key: string) => KeyCommand;
}[] = [
  {
    name: 'next',
    keyTest: (k) => ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar'].includes(k),
    command: () => ({ type: 'next' }),
  },
  {
    name: 'prev',
    keyTest: (k) => ['ArrowLeft', 'ArrowUp', 'PageUp'].includes(k),
    command: () => ({ type: 'prev' }),
  },
  { name: 'first', keyTest: (k) => k === 'Home', command: () => ({ type: 'first' }) },
  { name: 'last', keyTest: (k) => k === 'End', command: () => ({ type: 'last' }) },
  { name: 'digit', keyTest: (k) => /^\d$/.test(k), command: (k) => ({ type: 'digit', digit: k }) },
  { name: 'enter', keyTest: (k) => k === 'Enter', command: () => ({ type: 'enter' }) },
  {
    name: 'blank',
    keyTest: (k) => k === 'b' || k === 'B' || k === '.',
    command: () => ({ type: 'toggle-blank' }),
  },
  {
    name: 'fullscreen',
    keyTest: (k) => k === 'f' || k === 'F',
    command: () => ({ type: 'fullscreen' }),
  },
  { name: 'exit', keyTest: (k) => k === 'Escape', command: () => ({ type: 'exit' }) },
];

export function commandForKey(key: string): KeyCommand | null {
  const b = KEY_BINDINGS.find((k) => k.keyTest(key));
  return b ? b.command(key) : null;
}

/** A slide of `kind` for the view (its id says what it shows). */
export const slideFor = (kind: SlideKind, v: DeckView): Slide => ({
  id: `${kind}-${v.index}-${v.unit}-${v.year}`,
  kind,
  index: v.index,
  year: v.year,
  unit: v.unit,
});

/** Whether a slide of `kind` has something to show for the view (no empty slides). */
export function slideHasContent(reg: Registry, ds: Dataset, kind: SlideKind, v: DeckView): boolean {
  const unit = unitIn(reg, v.unit, v.year);
  if (!unit) return false;
  const own = lookup(ds, v.index, 'TOTAL', v.year, v.unit);
  switch (kind) {
    case 'scorecard':
      return true;
    case 'indices-over-time':
    case 'view':
      return unitYears(reg, ds, v.index, unit).length > 0;
    case 'papi-vs-national':
      return (
        componentsView(reg, ds, { index: v.index, year: v.year, unitCode: v.unit }).standings
          .length > 0
      );
    case 'weak-topics':
      return (
        componentsView(reg, ds, { index: v.index, year: v.year, unitCode: v.unit }).weak.length > 0
      );
    case 'among-peers': {
      const rows = seriesRows(ds, v.index, 'TOTAL', v.year);
      return (
        own !== undefined &&
        peersInRegistry(reg, unit, v.year).filter((p) => rows.has(p.code)).length >= 2
      );
    }
    case 'children': {
      const rows = seriesRows(ds, v.index, 'TOTAL', v.year);
      return childrenOf(reg, unit.code, v.year).filter((c) => rows.has(c.code)).length >= 2;
    }
    case 'map': {
      const m = mapFor(reg, v.unit, v.year);
      return (
        m.ok &&
        mapFigures(reg, ds, { index: v.index, indicator: 'TOTAL', year: v.year }, m.layer).some(
          (f) => f.score !== null,
        )
      );
    }
  }
}

/**
 * The figures a slide shows besides its unit's own: the units under it, its peers, the map's
 * units. The slide is marked sample when any of them is, and cites their sources.
 */
export function slideRows(reg: Registry, ds: Dataset, s: Slide): ScoreRow[] {
  const unit = unitIn(reg, s.unit, s.year);
  const own = lookup(ds, s.index, 'TOTAL', s.year, s.unit);
  const rows = seriesRows(ds, s.index, 'TOTAL', s.year);
  const of = (units: readonly { code: string }[]): ScoreRow[] =>
    units.flatMap((u) => {
      const r = rows.get(u.code);
      return r ? [r] : [];
    });
  if (!unit) return [];
  switch (s.kind) {
    case 'children':
      return of(childrenOf(reg, unit.code, s.year));
    case 'among-peers':
      return of(peersInRegistry(reg, unit, s.year));
    case 'map': {
      const m = mapFor(reg, s.unit, s.year);
      return m.ok ? of(layerUnits(reg, m.layer, s.year)) : [];
    }
    default:
      return own ? [own] : [];
  }
}

/**
 * The default deck follows the view in use: the scorecard of the unit and year, the index over
 * time, its sub-indices, the unit among its peers, the units under it, and the weak sub-indices
 * with their training topics — each only when the data has something to show.
 */
export function defaultDeck(reg: Registry, ds: Dataset, view: DeckView): Slide[] {
  return ADDABLE_KINDS.filter((k) => slideHasContent(reg, ds, k, view)).map((k) =>
    slideFor(k, view),
  );
}

/**
 * Where the slide's unit stands, as meaning ('standing': rank k/N, places and points since last
 * year); shared/insight-messages.ts says it ("Thành phố Hà Nội giữ hạng 3/63, tăng 1,14 điểm").
 * Null when the unit has no figure that year.
 */
export function takeaway(
  reg: Registry,
  ds: Dataset,
  s: Pick<Slide, 'index' | 'year' | 'unit'>,
): Standing | null {
  const unit = unitIn(reg, s.unit, s.year);
  const row = lookup(ds, s.index, 'TOTAL', s.year, s.unit);
  if (!unit || !row) return null;
  const ref = { index: s.index, indicator: 'TOTAL', year: s.year };
  const rank = rankAmongPeers(reg, ds, ref, s.unit);
  const change = changeSincePreviousYear(reg, ds, ref, s.unit);
  const points = change?.points ?? null;
  return {
    code: 'standing',
    params: {
      unit: unit.name,
      index: s.index,
      year: s.year,
      rank: rank
        ? `${rank.rank}/${rank.kind === 'official' ? (rank.of ?? '?') : rank.withData}`
        : null,
      // Places only where the two years' ranks compare (the same ranking).
      places: change && change.comparable ? change.places : null,
      points: points === null ? null : Math.round(points * 100) / 100,
    },
  };
}

/** A saved deck read back from storage: only well-formed slides survive. */
const SLIDE_KINDS: readonly SlideKind[] = [...ADDABLE_KINDS, 'view'];

/** Whether a value read from outside (storage, another window) is a slide. */
export function isSlide(s: unknown): s is Slide {
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof (s as Slide).id === 'string' &&
    SLIDE_KINDS.includes((s as Slide).kind) &&
    typeof (s as Slide).index === 'string' &&
    Number.isInteger((s as Slide).year) &&
    typeof (s as Slide).unit === 'string'
  );
}

/**
 * A deck as it is kept: the slides, and whether the user changed them. An unchanged deck is
 * made again for whatever view the presenter is opened from; a changed one is the user's.
 */
export interface SavedDeck {
  slides: Slide[];
  edited: boolean;
}

/** Reads a saved deck; a bare array (the first format) is an unchanged default deck. */
export function parseDeck(json: string | null): SavedDeck | null {
  if (!json) return null;
  try {
    const v: unknown = JSON.parse(json);
    const list: unknown = Array.isArray(v) ? v : (v as { slides?: unknown } | null)?.slides;
    if (!Array.isArray(list)) return null;
    const slides = list.filter(isSlide);
    if (slides.length === 0) return null;
    const edited = !Array.isArray(v) && (v as { edited?: unknown }).edited === true;
    return { slides, edited };
  } catch {
    return null;
  }
}
