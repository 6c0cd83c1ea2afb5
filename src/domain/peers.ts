// A unit among its peers: every peer ranked for a series (the ranking table, the map) and the
// ranks across years (the bump chart). Used by the sections below the fold and the slides, so it
// loads with them, not with the first view.

import { competitionRank, mayCompute, type SeriesRef } from './analysis';
import { seriesRows, type Dataset } from './dataset';
import { sameUnit } from './lineage';
import { isSample, type ScoreRow, type Unit } from './model';
import { peersInRegistry, unitIn, type Registry } from './registry';
import { yearSpan, type Selection } from './series';

export interface RankedPeer {
  unit: Unit;
  row: ScoreRow;
  score: number | null;
  /** Official, or computed among peers; null where it may not be computed (provinces). */
  rank: number | null;
  official: boolean;
}

/**
 * Every peer with a figure for a series, best first (the ranking table and the bump chart):
 * official ranks as published, otherwise computed among the peers with a score (see
 * `mayCompute`); peers without a rank last.
 */
export function peerRanking(reg: Registry, ds: Dataset, ref: SeriesRef, unit: Unit): RankedPeer[] {
  const rows = seriesRows(ds, ref.index, ref.indicator, ref.year);
  const inRegistry = peersInRegistry(reg, unit, ref.year);
  const peers = inRegistry
    .map((u) => ({ unit: u, row: rows.get(u.code) }))
    .filter((p): p is { unit: Unit; row: ScoreRow } => p.row !== undefined)
    .filter((p) => p.row.score !== null || p.row.rank !== null);
  const scores = peers.map((p) => p.row.score).filter((s): s is number => s !== null);
  const compute = mayCompute(unit, scores.length, inRegistry.length);
  return peers
    .map((p) => ({
      unit: p.unit,
      row: p.row,
      score: p.row.score,
      rank:
        p.row.rank ??
        (compute && p.row.score !== null ? competitionRank(scores, p.row.score) : null),
      official: p.row.rank !== null,
    }))
    .sort(
      (a, b) =>
        (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
        (b.score ?? -Infinity) - (a.score ?? -Infinity) ||
        a.unit.code.localeCompare(b.unit.code),
    );
}

export interface BumpLine {
  unit: Unit;
  highlighted: boolean;
  /** Position among the peers picked for comparison (its colour and dash), or null. */
  picked: number | null;
  /** rank per year (null: no value). */
  ranks: (number | null)[];
  sample: boolean;
}

export interface Bump {
  years: number[];
  lines: BumpLine[];
  /** Peers with a value in the selected year. */
  peerCount: number;
  /** True when only the top and bottom N and the unit are drawn. */
  trimmed: boolean;
}

/**
 * The unit among its peers across years. Large peer sets (579 communes) are cut to the top and
 * bottom `edge` of the selected year plus the unit itself; peers picked for comparison are always
 * drawn.
 */
export function bumpChart(
  reg: Registry,
  ds: Dataset,
  sel: Selection,
  years: readonly number[],
  edge = 5,
  picked: readonly string[] = [],
): Bump | null {
  const unit = unitIn(reg, sel.unitCode, sel.year);
  if (!unit) return null;
  const span = yearSpan(years);
  const now = peerRanking(reg, ds, { index: sel.index, indicator: 'TOTAL', year: sel.year }, unit);
  let chosen = now.map((p) => p.unit);
  const trimmed = chosen.length > edge * 2 + 1;
  if (trimmed) {
    const bottom = edge > 0 ? now.slice(-edge) : [];
    const keep = new Set([...now.slice(0, edge), ...bottom].map((p) => p.unit.code));
    keep.add(unit.code);
    for (const c of picked) keep.add(c);
    chosen = chosen.filter((u) => keep.has(u.code));
  }
  const ranksByYear = span.map((year) => {
    // The same code may be another unit in another year (codes are reused): that unit's peers
    // are another group, and its ranks are not drawn on this unit's lines.
    const then = unitIn(reg, unit.code, year);
    if (!then || !sameUnit(then, unit)) return new Map<string, RankedPeer>();
    const list = peerRanking(reg, ds, { index: sel.index, indicator: 'TOTAL', year }, then);
    return new Map(list.map((p) => [p.unit.code, p]));
  });
  const lines = chosen.map((u) => ({
    unit: u,
    highlighted: u.code === unit.code,
    picked: picked.includes(u.code) && u.code !== unit.code ? picked.indexOf(u.code) : null,
    ranks: ranksByYear.map((m) => m.get(u.code)?.rank ?? null),
    sample: ranksByYear.some((m) => {
      const p = m.get(u.code);
      return p ? isSample(p.row) : false;
    }),
  }));
  return { years: span, lines, peerCount: now.length, trimmed };
}

/** The lines drawn in year `i` of a bump chart, best rank first (ties by name): what its tip lists. */
export function rankingAt(
  lines: readonly BumpLine[],
  i: number,
): { line: BumpLine; rank: number }[] {
  return lines
    .flatMap((l) => {
      const rank = l.ranks[i];
      return rank === null || rank === undefined ? [] : [{ line: l, rank }];
    })
    .sort((a, b) => a.rank - b.rank || a.line.unit.name.localeCompare(b.line.unit.name, 'vi'));
}
