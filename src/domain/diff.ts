// What an upload would change: new values, changed values (old → new), unchanged ones, and the
// computed or official ranks that move because of it. Pure: the preview shows it before anything
// is stored.

import { rankAmongPeers } from './analysis';
import { lookup, mergeDatasets, seriesKey, type Dataset } from './dataset';
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
  added: ScoreRow[];
  changed: ChangedValue[];
  unchanged: number;
  rankMoves: RankMove[];
}

const sameValue = (a: ScoreRow, b: ScoreRow): boolean =>
  a.score === b.score &&
  a.max === b.max &&
  a.rank === b.rank &&
  a.rankOf === b.rankOf &&
  a.group === b.group &&
  a.source === b.source &&
  a.note === b.note;

/** How many ranks to list at most (a national upload moves thousands). */
export const MAX_RANK_MOVES = 500;

export function diffDatasets(reg: Registry, current: Dataset, incoming: Dataset): DatasetDiff {
  const added: ScoreRow[] = [];
  const changed: ChangedValue[] = [];
  let unchanged = 0;
  const touched = new Set<string>();
  for (const row of incoming.rows) {
    const before = lookup(current, row.index, row.indicator, row.year, row.unitCode);
    if (!before) added.push(row);
    else if (sameValue(before, row)) {
      unchanged++;
      continue;
    } else changed.push({ before, after: row });
    if (row.indicator === 'TOTAL') touched.add(seriesKey(row.index, 'TOTAL', row.year));
  }
  const rankMoves: RankMove[] = [];
  if (touched.size > 0) {
    const next = mergeDatasets(current, incoming);
    for (const key of touched) {
      const [index = '', , yearText = ''] = key.split('|');
      const year = Number(yearText);
      const ref = { index, indicator: 'TOTAL', year };
      const codes = new Set([
        ...(current.series.get(key)?.keys() ?? []),
        ...(next.series.get(key)?.keys() ?? []),
      ]);
      for (const code of codes) {
        if (rankMoves.length >= MAX_RANK_MOVES) break;
        const b = rankAmongPeers(reg, current, ref, code)?.rank ?? null;
        const a = rankAmongPeers(reg, next, ref, code)?.rank ?? null;
        if (a !== b) rankMoves.push({ index, year, unitCode: code, before: b, after: a });
      }
    }
  }
  return { added, changed, unchanged, rankMoves };
}

export interface Counts {
  rows: number;
  byIndex: Record<string, number>;
  byYear: Record<string, number>;
  byLevel: Partial<Record<Level, number>>;
}

export function countRows(reg: Registry, rows: readonly ScoreRow[]): Counts {
  const c: Counts = { rows: rows.length, byIndex: {}, byYear: {}, byLevel: {} };
  for (const r of rows) {
    c.byIndex[r.index] = (c.byIndex[r.index] ?? 0) + 1;
    c.byYear[r.year] = (c.byYear[r.year] ?? 0) + 1;
    const level = unitIn(reg, r.unitCode, r.year)?.level;
    if (level) c.byLevel[level] = (c.byLevel[level] ?? 0) + 1;
  }
  return c;
}
