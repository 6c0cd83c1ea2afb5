// The value rules of a scores file, in one place: the canonical fast path and the full importer
// both call these, so a file is never accepted by one and refused by the other.
//
// - years: whole numbers from MIN_YEAR to the last year accepted (this year by default);
// - index ids as people write them: `PAR`, `Chỉ số CCHC`, `SIPAS`, `Chỉ số hài lòng`, `papi`…;
// - indicators: the code (`D1`), empty or a name of the total (`Tổng điểm`), a leading code
//   (`D1. Công tác chỉ đạo…`), or the indicator's name, valid in that year;
// - a score within 0…max, a rank within 1…rank_of, rank_of a whole number ≥ 1.

import type { IssueCode, IssueParams } from './issues';
import type { Indicator } from './model';
import { indicatorIn, type Registry } from './registry';
import { foldKey, parseNumberCell } from './text';

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

// Folded (see foldKey) and without spaces.
const INDEX_ALIASES: Record<string, string> = {
  par: 'PAR',
  parindex: 'PAR',
  chisopar: 'PAR',
  chisocchc: 'PAR',
  cchc: 'PAR',
  chisocaicachhanhchinh: 'PAR',
  sipas: 'SIPAS',
  chisosipas: 'SIPAS',
  chisohailong: 'SIPAS',
  hailong: 'SIPAS',
  chisohailongvesuphucvuhanhchinh: 'SIPAS',
  papi: 'PAPI',
  chisopapi: 'PAPI',
};

/**
 * The index id a cell (or a `--index` value) stands for, or null when the registry has no such
 * index. `Chỉ số CCHC` → PAR, `chỉ số hài lòng` → SIPAS, `Papi` → PAPI, `par_hn_district` →
 * PAR_HN_DISTRICT (an id of the registry's own).
 */
export function resolveIndexId(raw: string, reg: Registry): string | null {
  if (reg.indicatorsByIndex.has(raw)) return raw;
  const folded = foldKey(raw);
  const alias = INDEX_ALIASES[folded.replace(/[\s-]/g, '')];
  if (alias && reg.indicatorsByIndex.has(alias)) return alias;
  const id = folded.toUpperCase().replace(/[\s-]+/g, '_');
  return INDEX_ID.test(id) && reg.indicatorsByIndex.has(id) ? id : null;
}

/** The index ids the registry knows, for messages. */
export const knownIndexIds = (reg: Registry): string[] => [...reg.indicatorsByIndex.keys()];

const TOTAL_NAMES = new Set([
  'total',
  'tong',
  'tong diem',
  'diem tong',
  'chi so tong',
  'tong chi so',
]);

/** The indicator an indicator cell names in that index and year, or null. */
export function resolveIndicator(
  reg: Registry,
  index: string,
  raw: string,
  year: number,
): Indicator | null {
  const code = raw === '' ? 'TOTAL' : raw.toUpperCase();
  const direct = indicatorIn(reg, index, code, year);
  if (direct) return direct;
  const k = foldKey(raw);
  if (TOTAL_NAMES.has(k)) return indicatorIn(reg, index, 'TOTAL', year) ?? null;
  const prefix = /^([a-z]\d{1,2})\b/.exec(k)?.[1];
  if (prefix) {
    const byPrefix = indicatorIn(reg, index, prefix.toUpperCase(), year);
    if (byPrefix) return byPrefix;
  }
  for (const i of reg.indicatorsByName.get(k) ?? []) {
    if (i.index === index && indicatorIn(reg, index, i.code, year)) return i;
  }
  return null;
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
