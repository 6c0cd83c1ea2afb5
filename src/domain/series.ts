// Chart state, computed apart from chart rendering: the series each chart draws, as pure
// functions of registry + dataset + selection. Charts only draw what these return.

import { peerAverage, rankAmongPeers } from './analysis';
import { lookup, type Dataset } from './dataset';
import { sameUnit } from './lineage';
import { isSample, type Unit } from './model';
import { indicatorIn, methodIn, unitIn, type Registry } from './registry';

export interface Selection {
  index: string;
  year: number;
  unitCode: string;
}

export interface YearPoint {
  year: number;
  /** null: no value that year (the line is broken there, never drawn across). */
  rank: number | null;
  rankKind: 'official' | 'computed' | null;
  rankOf: number | null;
  score: number | null;
  /** Score as a percentage of max (PAPI totals are out of 60 or 80). */
  scorePct: number | null;
  national: number | null;
  nationalPct: number | null;
  /** Mean score of the peers (unit excluded), as % of max. */
  peerPct: number | null;
  sample: boolean;
  source: string | null;
  /**
   * The peer group the rank was taken in, and which run of equal groups the point is in: a rank
   * line is drawn per segment, never across a change of peer group (63 provinces → 34).
   */
  group: string | null;
  segment: number | null;
  /** Scores (% of max) of the linked units of `lineageSeries`, in its order. */
  others: (number | null)[];
}

export interface MethodBreak {
  /** The first year of the new method, or the first year of the new units. */
  year: number;
  version: string;
  /** A change of method (default), or a reorganisation of the units (`date` is its day). */
  kind?: 'method' | 'units';
  date?: string;
}

/** Years to show for an index: from the first to the last year with any value for the unit. */
export function yearSpan(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * The unit's rank and score over time (missing years stay as gaps). Years outside the unit's
 * period are empty: a reused code is another unit then.
 */
export function unitOverTime(
  reg: Registry,
  ds: Dataset,
  index: string,
  unit: Unit,
  years: readonly number[],
): YearPoint[] {
  const unitCode = unit.code;
  const points = yearSpan(years).map((year): YearPoint => {
    const then = unitIn(reg, unitCode, year);
    const own = then !== undefined && sameUnit(then, unit);
    const row = own ? lookup(ds, index, 'TOTAL', year, unitCode) : undefined;
    // The national average compares provinces; a commune's own index is on another scale.
    const nat =
      own && unit.level === 'province' ? lookup(ds, index, 'TOTAL', year, 'VN') : undefined;
    const max = indicatorIn(reg, index, 'TOTAL', year)?.max ?? 100;
    const ref = { index, indicator: 'TOTAL', year };
    const rank = row ? rankAmongPeers(reg, ds, ref, unitCode) : null;
    const peers = own ? peerAverage(reg, ds, ref, unitCode) : null;
    const pct = (score: number | null | undefined, rowMax: number | null | undefined) =>
      score === null || score === undefined ? null : (score / (rowMax ?? max)) * 100;
    return {
      year,
      rank: rank?.rank ?? null,
      rankKind: rank?.kind ?? null,
      rankOf: rank ? (rank.kind === 'official' ? rank.of : rank.withData) : null,
      score: row?.score ?? null,
      scorePct: pct(row?.score, row?.max),
      national: nat?.score ?? null,
      nationalPct: pct(nat?.score, nat?.max),
      peerPct: peers ? (peers.mean / max) * 100 : null,
      sample: row ? isSample(row) : false,
      source: row?.source ?? null,
      group: rank?.group ?? null,
      segment: null,
      others: [],
    };
  });
  let segment = -1;
  let last: string | null = null;
  for (const p of points) {
    if (p.group === null) continue;
    if (p.group !== last) segment++;
    last = p.group;
    p.segment = segment;
  }
  return points;
}

export interface RankSegment {
  segment: number;
  first: number;
  last: number;
  /** The size of the ranking ("/63"), when known. */
  of: number | null;
  kind: 'official' | 'computed';
}

/** The runs of one peer group in a rank series, for labels ("2012–2024: /63 · 2025: /34"). */
export function rankSegments(points: readonly YearPoint[]): RankSegment[] {
  const out: RankSegment[] = [];
  for (const p of points) {
    if (p.segment === null || p.rankKind === null) continue;
    const cur = out[out.length - 1];
    if (cur && cur.segment === p.segment) cur.last = p.year;
    else
      out.push({ segment: p.segment, first: p.year, last: p.year, of: p.rankOf, kind: p.rankKind });
  }
  return out;
}

/** Where the method changes between consecutive years shown. */
export function methodBreaks(
  reg: Registry,
  index: string,
  years: readonly number[],
): MethodBreak[] {
  const out: MethodBreak[] = [];
  const span = yearSpan(years);
  for (let i = 1; i < span.length; i++) {
    const y = span[i];
    const prev = span[i - 1];
    if (y === undefined || prev === undefined) continue;
    const a = methodIn(reg, index, prev);
    const b = methodIn(reg, index, y);
    if (a && b && a.version !== b.version) out.push({ year: y, version: b.version });
  }
  return out;
}
