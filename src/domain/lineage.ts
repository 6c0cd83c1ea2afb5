// Units across a reorganisation. Codes are reused (09955 is Thị trấn Liên Quan until 2025-06-30
// and Xã Thạch Thất from 2025-07-01), so a unit is its code *and* its period: these helpers keep
// a view to one unit's years. Its links to the units before and after it are in lineage-links.ts
// (loaded only for units that have a period).

import { seriesRows, yearsOf, type Dataset } from './dataset';
import type { Unit } from './model';
import { childrenOf, unitIn, validOn, yearEnd, type Registry } from './registry';

/** The same unit: the same code in the same period. */
export const sameUnit = (a: Unit, b: Unit): boolean =>
  a.code === b.code && a.validFrom === b.validFrom && a.validTo === b.validTo;

/** A key for a unit (code and period), for lists and URLs' React keys. */
export const unitKey = (u: Unit): string => `${u.code}|${u.validFrom ?? ''}|${u.validTo ?? ''}`;

/** Years with a value of the index for this unit: its code, in its own period only. */
export function unitYears(reg: Registry, ds: Dataset, index: string, unit: Unit): number[] {
  return yearsOf(ds, index, unit.code).filter((y) => {
    const then = unitIn(reg, unit.code, y);
    return then !== undefined && sameUnit(then, unit);
  });
}

/**
 * Years worth opening for a unit: those with its own value, and those where a unit under it has
 * one (Hà Nội in 2025: no city figure yet, but 126 communes and wards).
 */
export function viewYears(reg: Registry, ds: Dataset, index: string, unit: Unit): number[] {
  const own = new Set(unitYears(reg, ds, index, unit));
  for (const y of yearsOf(ds, index)) {
    if (own.has(y) || !validOn(unit, yearEnd(y))) continue;
    const rows = seriesRows(ds, index, 'TOTAL', y);
    if (childrenOf(reg, unit.code, y).some((c) => rows.has(c.code))) own.add(y);
  }
  return [...own].sort((a, b) => a - b);
}

/** Whether a year's scores belong to this unit (31 December of the year is in its period). */
export const unitHasYear = (unit: Unit, year: number): boolean => validOn(unit, yearEnd(year));

/** The year nearest to `year` among `years` (the later one on a tie), or null. */
export function nearestYear(years: readonly number[], year: number): number | null {
  let best: number | null = null;
  for (const y of years) {
    if (best === null || Math.abs(y - year) < Math.abs(best - year)) best = y;
    else if (Math.abs(y - year) === Math.abs(best - year) && y > best) best = y;
  }
  return best;
}
