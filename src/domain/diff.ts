// What an upload would change: new values, changed values (old → new), unchanged ones, and the
// computed or official ranks that move because of it. Pure: the preview shows it before anything
// is stored.

import { rankAmongPeers } from './analysis';
import { buildDataset, Dataset, mergeDatasets } from './dataset';
import type { Level, ScoreRow } from './model';
import { unitIn, type Registry } from './registry';

export interface ChangedValue {
  before: ScoreRow;
  after: ScoreRow;
}

export interface RankMove {
  index: string;
  year: number;
  unitCode: string;
  before: number | null;
  after: number | null;
}

export interface DatasetDiff {
  /** The first new values (up to MAX_LISTED_VALUES); `addedCount` counts them all. */
  added: ScoreRow[];
  addedCount: number;
  /** The first changed values (up to MAX_LISTED_VALUES); `changedCount` counts them all. */
  changed: ChangedValue[];
  changedCount: number;
  unchanged: number;
  rankMoves: RankMove[];
}

/** How many ranks to list at most (a national upload moves thousands). */
export const MAX_RANK_MOVES = 500;
/** How many new or changed values to make rows of (the preview lists a few, counts the rest). */
export const MAX_LISTED_VALUES = 500;

/**
 * Read off the columns: a national upload compares a million values without making an object for
 * each; only the values listed become rows.
 */
export function diffDatasets(reg: Registry, current: Dataset, incoming: Dataset): DatasetDiff {
  const added: ScoreRow[] = [];
  const changed: ChangedValue[] = [];
  let addedCount = 0;
  let changedCount = 0;
  let unchanged = 0;
  // incoming's series and unit ids → current's (-2: not looked up yet).
  const seriesMap = new Int32Array(incoming.seriesCount).fill(-2);
  const unitMap = new Int32Array(incoming.unitCount).fill(-2);
  const touched = new Set<number>();
  for (let i = 0; i < incoming.size; i++) {
    const s = incoming.seriesAt(i);
    let cs = seriesMap[s] ?? -1;
    if (cs === -2) {
      const info = incoming.seriesInfo(s);
      cs = current.seriesOf(info.index, info.indicator, info.year);
      seriesMap[s] = cs;
    }
    const u = incoming.unitAt(i);
    let cu = unitMap[u] ?? -1;
    if (cu === -2) {
      cu = current.unitId(incoming.unitCode(u));
      unitMap[u] = cu;
    }
    const before = current.positionIn(cs, cu);
    if (before < 0) {
      if (addedCount++ < MAX_LISTED_VALUES) added.push(incoming.rowAt(i));
    } else if (incoming.sameValues(i, current, before)) {
      unchanged++;
      continue;
    } else if (changedCount++ < MAX_LISTED_VALUES) {
      changed.push({ before: current.rowAt(before), after: incoming.rowAt(i) });
    }
    touched.add(s);
  }
  const rankMoves: RankMove[] = [];
  const totals = [...touched]
    .map((s) => incoming.seriesInfo(s))
    .filter((info) => info.indicator === 'TOTAL');
  if (totals.length > 0) {
    // Ranks are among the units of one series: only the totals' series are merged for them.
    const ranked = new Set(totals.map((t) => `${t.index}|${t.year}`));
    const next = mergeDatasets(
      current,
      incoming,
      (index, indicator, year) => indicator === 'TOTAL' && ranked.has(`${index}|${year}`),
    );
    const codesOf = (ds: Dataset, index: string, year: number): string[] =>
      [...ds.positionsOf(ds.seriesOf(index, 'TOTAL', year))].map((at) =>
        ds.unitCode(ds.unitAt(at)),
      );
    for (const { index, year } of totals) {
      const ref = { index, indicator: 'TOTAL', year };
      const codes = new Set([...codesOf(current, index, year), ...codesOf(next, index, year)]);
      for (const code of codes) {
        if (rankMoves.length >= MAX_RANK_MOVES) break;
        const b = rankAmongPeers(reg, current, ref, code)?.rank ?? null;
        const a = rankAmongPeers(reg, next, ref, code)?.rank ?? null;
        if (a !== b) rankMoves.push({ index, year, unitCode: code, before: b, after: a });
      }
    }
  }
  return { added, addedCount, changed, changedCount, unchanged, rankMoves };
}

export interface Counts {
  rows: number;
  byIndex: Record<string, number>;
  byYear: Record<string, number>;
  byLevel: Partial<Record<Level, number>>;
}

/** Rows by index, year and level: counted per series and unit, not per row object. */
export function countRows(reg: Registry, data: Dataset | readonly ScoreRow[]): Counts {
  const ds = data instanceof Dataset ? data : buildDataset(data);
  const c: Counts = { rows: ds.size, byIndex: {}, byYear: {}, byLevel: {} };
  const perSeries = new Uint32Array(ds.seriesCount);
  // A unit's level in a year, looked up once (a million rows name a few thousand units).
  const levels = new Map<number, (Level | null)[]>();
  for (let i = 0; i < ds.size; i++) {
    const s = ds.seriesAt(i);
    perSeries[s] = (perSeries[s] ?? 0) + 1;
  }
  for (let s = 0; s < ds.seriesCount; s++) {
    const n = perSeries[s] ?? 0;
    if (n === 0) continue;
    const { index, year } = ds.seriesInfo(s);
    c.byIndex[index] = (c.byIndex[index] ?? 0) + n;
    c.byYear[year] = (c.byYear[year] ?? 0) + n;
    let known = levels.get(year);
    if (!known) {
      known = [];
      levels.set(year, known);
    }
    for (const at of ds.positionsOf(s)) {
      const u = ds.unitAt(at);
      let level = known[u];
      if (level === undefined) {
        level = unitIn(reg, ds.unitCode(u), year)?.level ?? null;
        known[u] = level;
      }
      if (level) c.byLevel[level] = (c.byLevel[level] ?? 0) + 1;
    }
  }
  return c;
}
