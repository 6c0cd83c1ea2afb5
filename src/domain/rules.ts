// The value rules of a scores file, in one place: the canonical fast path and the full importer
// both call these, so a file is never accepted by one and refused by the other.
//
// - years: whole numbers from MIN_YEAR to the last year accepted (this year by default);
// - a score within 0…max, a rank within 1…rank_of, rank_of a whole number ≥ 1.
//
// How index ids and indicators are written (`Chỉ số CCHC`, `Tổng điểm`) is resolve.ts: the fast
// path takes only the registry's own spelling and leaves the rest to the full importer.

import type { IssueCode, IssueParams } from './issues';
import type { Indicator } from './model';
import { parseNumberCell } from './text';

export const MIN_YEAR = 2000;
export const INDEX_ID = /^[A-Z][A-Z0-9_]*$/;
/** Cells that are unit codes (and so never a summary row's label). */
export const CODE_LIKE = /^(\d+|VN|vn)$/;

/** A year cell: the year, or null when it is not a whole year in MIN_YEAR…maxYear. */
export function yearFromCell(raw: string, maxYear: number): number | null {
  const n = parseNumberCell(raw);
  return n.kind === 'number' &&
    Number.isInteger(n.value) &&
    n.value >= MIN_YEAR &&
    n.value <= maxYear
    ? n.value
    : null;
}

export interface ValueToCheck {
  index: string;
  indicator: Indicator;
  score: number | null;
  /** The row's own max (it overrides the indicator's). */
  max: number | null;
  rank: number | null;
  rankOf: number | null;
}

/** Which cell a broken rule points at. */
export type RuleField = 'score' | 'rank' | 'rank_of';

export interface RuleBreak {
  field: RuleField;
  code: IssueCode;
  params: IssueParams;
}

/** The first rule a value breaks, or null. */
export function checkValue(v: ValueToCheck): RuleBreak | null {
  const max = v.max ?? v.indicator.max;
  if (v.score !== null && (v.score < 0 || v.score > max)) {
    return {
      field: 'score',
      code: 'score-out-of-range',
      params: { score: v.score, max, index: v.index, indicator: v.indicator.code },
    };
  }
  if (v.rankOf !== null && (!Number.isInteger(v.rankOf) || v.rankOf < 1)) {
    return {
      field: 'rank_of',
      code: 'rank-out-of-range',
      params: { rankOf: v.rankOf, size: true },
    };
  }
  if (
    v.rank !== null &&
    (!Number.isInteger(v.rank) || v.rank < 1 || (v.rankOf !== null && v.rank > v.rankOf))
  ) {
    return {
      field: 'rank',
      code: 'rank-out-of-range',
      params: v.rankOf !== null ? { rank: v.rank, rankOf: v.rankOf } : { rank: v.rank },
    };
  }
  return null;
}
