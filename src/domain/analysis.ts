// Derived answers, as pure functions of the registry and the dataset: a unit's rank, its move since
// last year, its peers' average. The peers' ranking (peers.ts) and the weak components with the
// topics that target them (weakness.ts) are their own modules: they serve the sections below the
// fold and the slides, and load with them rather than with the first view.

import { lookup, seriesRows, type Dataset } from './dataset';
import type { ScoreRow, Unit } from './model';
import { indicatorIn, peersInRegistry, unitIn, type Registry } from './registry';

export interface SeriesRef {
  index: string;
  indicator: string;
  year: number;
}

/**
 * A rank, with the peer group it was taken in (`group`): two ranks compare only within one group
 * ("3/63" of 2024 and "2/34" of 2025 are places in different rankings).
 */
export type RankResult =
  | { kind: 'official'; rank: number; of: number | null; group: string }
  | {
      kind: 'computed';
      rank: number;
      group: string;
      /** Peers (the unit included) with a score in the data. */
      withData: number;
      /** Peers (the unit included) in the registry that year. */
      inRegistry: number;
    };

/** Scores of the unit's registry peers for a series, the unit included (only those with a score). */
export function peerScores(
  reg: Registry,
  ds: Dataset,
  ref: SeriesRef,
  unit: Unit,
): { unit: Unit; row: ScoreRow; score: number }[] {
  const rows = seriesRows(ds, ref.index, ref.indicator, ref.year);
  const out: { unit: Unit; row: ScoreRow; score: number }[] = [];
  for (const peer of peersInRegistry(reg, unit, ref.year)) {
    const row = rows.get(peer.code);
    if (row && row.score !== null) out.push({ unit: peer, row, score: row.score });
  }
  return out;
}

/**
 * Competition ranking ("1224"): higher score first, ties share the best rank.
 * `competitionRank([90, 85, 85, 80], 85)` → 2.
 */
export function competitionRank(scores: readonly number[], score: number): number {
  let higher = 0;
  for (const s of scores) if (s > score) higher++;
  return higher + 1;
}

/**
 * The unit's rank for a series: the official rank when the data has one, otherwise the rank among
 * its registry peers (same level, same parent, same year) that have a score. A computed rank never
 * replaces an official one, and needs at least two peers with a score.
 */
export function rankAmongPeers(
  reg: Registry,
  ds: Dataset,
  ref: SeriesRef,
  unitCode: string,
): RankResult | null {
  const row = lookup(ds, ref.index, ref.indicator, ref.year, unitCode);
  if (!row) return null;
  if (row.rank !== null) {
    return {
      kind: 'official',
      rank: row.rank,
      of: row.rankOf,
      group: `official:${row.rankOf ?? '?'}`,
    };
  }
  if (row.score === null) return null;
  const unit = unitIn(reg, unitCode, ref.year);
  if (!unit) return null;
  const peers = peerScores(reg, ds, ref, unit);
  // Ranked against nobody, a unit is not "first": no computed rank without a second peer.
  if (peers.length < 2) return null;
  const inRegistry = peersInRegistry(reg, unit, ref.year).length;
  if (!mayCompute(unit, peers.length, inRegistry)) return null;
  return {
    kind: 'computed',
    rank: competitionRank(
      peers.map((p) => p.score),
      row.score,
    ),
    withData: peers.length,
    inRegistry,
    group: `${unit.level}:${unit.parentCode ?? ''}:${inRegistry}`,
  };
}

/**
 * Provinces are ranked by the ministries and UNDP; the published figures we hold cover only some
 * of them, so a rank among the provinces that happen to have a figure would be a made-up rank.
 * Among provinces a rank is computed only when every one of them has a score.
 */
export function mayCompute(unit: Unit, withData: number, inRegistry: number): boolean {
  return unit.level !== 'province' || withData >= inRegistry;
}

export interface YearChange {
  previousYear: number;
  /** Score now minus score then; null when either is missing. */
  points: number | null;
  /** Places gained (positive = moved up); null when either rank is missing. */
  places: number | null;
  /**
   * False when the two ranks come from different peer groups (another kind of ranking, another
   * parent, another number of units): a move in places would mean nothing.
   */
  comparable: boolean;
}

export function changeSincePreviousYear(
  reg: Registry,
  ds: Dataset,
  ref: SeriesRef,
  unitCode: string,
): YearChange | null {
  const prevRef = { ...ref, year: ref.year - 1 };
  // A reused code is another unit in the year before: there is no "previous year" of this unit.
  const unitNow = unitIn(reg, unitCode, ref.year);
  const unitThen = unitIn(reg, unitCode, prevRef.year);
  if (!unitNow || !unitThen || unitNow.validFrom !== unitThen.validFrom) return null;
  const now = lookup(ds, ref.index, ref.indicator, ref.year, unitCode);
  const then = lookup(ds, prevRef.index, prevRef.indicator, prevRef.year, unitCode);
  if (!now || !then) return null;
  const points =
    now.score !== null && then.score !== null ? round(now.score - then.score, 4) : null;
  const rNow = rankAmongPeers(reg, ds, ref, unitCode);
  const rThen = rankAmongPeers(reg, ds, prevRef, unitCode);
  const places = rNow && rThen ? rThen.rank - rNow.rank : null;
  const sizeOf = (r: RankResult): number | null => (r.kind === 'official' ? r.of : r.withData);
  const comparable =
    !!rNow &&
    !!rThen &&
    rNow.group === rThen.group &&
    rNow.kind === rThen.kind &&
    sizeOf(rNow) === sizeOf(rThen);
  return { previousYear: prevRef.year, points, places, comparable };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Mean score of the unit's peers that have one (the unit itself excluded). */
export function peerAverage(
  reg: Registry,
  ds: Dataset,
  ref: SeriesRef,
  unitCode: string,
): { mean: number; count: number } | null {
  const unit = unitIn(reg, unitCode, ref.year);
  if (!unit) return null;
  const withScore = peerScores(reg, ds, ref, unit);
  // The mean of the provinces that happen to have a published figure (mostly the best and the
  // worst) is no average of the provinces.
  if (!mayCompute(unit, withScore.length, peersInRegistry(reg, unit, ref.year).length)) return null;
  const others = withScore.filter((p) => p.unit.code !== unitCode);
  if (others.length === 0) return null;
  const mean = others.reduce((s, p) => s + p.score, 0) / others.length;
  return { mean, count: others.length };
}

/** The index's total for a unit and year, with the max that applies. */
export function totalOf(
  reg: Registry,
  ds: Dataset,
  index: string,
  year: number,
  unitCode: string,
): { row: ScoreRow; max: number } | null {
  const row = lookup(ds, index, 'TOTAL', year, unitCode);
  if (!row) return null;
  const ind = indicatorIn(reg, index, 'TOTAL', year);
  return { row, max: row.max ?? ind?.max ?? 100 };
}
