// What the dashboard concludes from the data, as meaning: a code and the facts it rests on. The
// domain decides (is a gap worth naming? did the unit move?); the catalogue in
// shared/insight-messages.ts alone says it, in each language. Numbers arrive already rounded to
// what will be said, so a sentence never contradicts its own decision ("0 points below").

import type { Level } from './model';

/** A sub-index named in a sentence: its code and its names in both languages. */
export interface NamedIndicator {
  code: string;
  nameVi: string;
  nameEn: string;
}

export type Insight =
  /** Below the peers' mean by `gapPct` percentage points (≥ 1 after rounding). */
  | {
      code: 'weak-below-peers';
      params: { indicator: NamedIndicator; sharePct: number; gapPct: number; level: Level };
    }
  /** Below the peers' mean, by less than half a percentage point. */
  | {
      code: 'weak-about-peers';
      params: { indicator: NamedIndicator; sharePct: number; level: Level };
    }
  /** No peers to compare with: among the unit's own lowest shares of max. */
  | { code: 'weak-lowest'; params: { indicator: NamedIndicator; sharePct: number } }
  /** Why a topic is proposed: the largest gaps it addresses, and how many more. */
  | { code: 'topic-reason'; params: { parts: Insight[]; more: number } }
  /**
   * Where a unit stands in a year: its rank "k/N" (null without one), the places gained since
   * last year (null when not comparable) and the points gained (rounded to 2 decimals).
   */
  | {
      code: 'standing';
      params: {
        unit: string;
        index: string;
        year: number;
        rank: string | null;
        places: number | null;
        points: number | null;
      };
    };

export type InsightCode = Insight['code'];

/** A unit's standing in a year (a slide's takeaway). */
export type Standing = Extract<Insight, { code: 'standing' }>;
