// The dataset: validated score rows indexed by series (index, indicator, year) and then by unit,
// so "this unit's value" and "all peers' values" are both one or two map look-ups.
//
// Merge rule: a later layer replaces an earlier one key by key (bundled data, then each committed
// upload in order). Nothing is removed by a merge.

import type { ScoreRow } from './model';

export const seriesKey = (index: string, indicator: string, year: number): string =>
  `${index}|${indicator}|${year}`;

export interface Dataset {
  /** All rows, in file order. */
  readonly rows: readonly ScoreRow[];
  /** series key → unit code → row. */
  readonly series: ReadonlyMap<string, ReadonlyMap<string, ScoreRow>>;
}

/**
 * Accumulates rows into a dataset. `add` returns the row already stored under the same key, if any;
 * with `replace` the new row takes its place (merging layers), without it the old row stays
 * (an import reports the duplicate instead).
 */
export class DatasetBuilder {
  private readonly rows: ScoreRow[] = [];
  private readonly series = new Map<string, Map<string, ScoreRow>>();
  private positions: Map<ScoreRow, number> | null = null;

  add(row: ScoreRow, replace: boolean): ScoreRow | undefined {
    return this.addToSeries(seriesKey(row.index, row.indicator, row.year), row, replace);
  }

  /** As `add`, with the series key already made (the importer caches it per indicator and year). */
  addToSeries(key: string, row: ScoreRow, replace: boolean): ScoreRow | undefined {
    let units = this.series.get(key);
    if (!units) {
      units = new Map();
      this.series.set(key, units);
    }
    const previous = units.get(row.unitCode);
    if (!previous) {
      units.set(row.unitCode, row);
      // Once the position map exists it must follow every row (or positionOf would say -1).
      this.positions?.set(row, this.rows.length);
      this.rows.push(row);
      return undefined;
    }
    if (replace) {
      units.set(row.unitCode, row);
      const at = this.positionOf(previous);
      this.rows[at] = row;
      this.positions?.delete(previous);
      this.positions?.set(row, at);
    }
    return previous;
  }

  /** Where a stored row sits; the position map is built only when first needed (duplicates are rare). */
  positionOf(row: ScoreRow): number {
    if (!this.positions) {
      this.positions = new Map();
      this.rows.forEach((r, i) => this.positions?.set(r, i));
    }
    return this.positions.get(row) ?? -1;
  }

  build(): Dataset {
    return { rows: this.rows, series: this.series };
  }
}

export function buildDataset(rows: readonly ScoreRow[]): Dataset {
  const b = new DatasetBuilder();
  for (const row of rows) b.add(row, true);
  return b.build();
}

export const emptyDataset: Dataset = { rows: [], series: new Map() };

/** `overlay` wins key by key. */
export function mergeDatasets(base: Dataset, overlay: Dataset): Dataset {
  if (overlay.rows.length === 0) return base;
  return buildDataset([...base.rows, ...overlay.rows]);
}

export function lookup(
  ds: Dataset,
  index: string,
  indicator: string,
  year: number,
  unitCode: string,
): ScoreRow | undefined {
  return ds.series.get(seriesKey(index, indicator, year))?.get(unitCode);
}

export function seriesRows(
  ds: Dataset,
  index: string,
  indicator: string,
  year: number,
): ReadonlyMap<string, ScoreRow> {
  return ds.series.get(seriesKey(index, indicator, year)) ?? new Map<string, ScoreRow>();
}

/** Years with any row for the index (any indicator, any unit), ascending. */
export function yearsOf(ds: Dataset, index: string, unitCode?: string): number[] {
  // Asked on every render: computed once per dataset, index and unit.
  let memo = yearsMemo.get(ds);
  if (!memo) {
    memo = new Map();
    yearsMemo.set(ds, memo);
  }
  const key = `${index}|${unitCode ?? ''}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const years = new Set<number>();
  for (const [k, units] of ds.series) {
    const [idx, , y] = k.split('|');
    if (idx !== index) continue;
    if (unitCode !== undefined && !units.has(unitCode)) continue;
    years.add(Number(y));
  }
  const sorted = [...years].sort((a, b) => a - b);
  memo.set(key, sorted);
  return sorted;
}

const yearsMemo = new WeakMap<Dataset, Map<string, number[]>>();

export function indicesOf(ds: Dataset): string[] {
  const set = new Set<string>();
  for (const key of ds.series.keys()) set.add(key.slice(0, key.indexOf('|')));
  return [...set].sort();
}
