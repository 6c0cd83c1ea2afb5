// Units across a reorganisation. Codes are reused (09955 is Thị trấn Liên Quan until 2025-06-30
// and Xã Thạch Thất from 2025-07-01), so a unit is its code *and* its period; unit-changes.csv
// says which units each new one took in (whole: merged, in part: split) and what each old one
// became. Leaders read across the change through these links, never through one joined line.

import { seriesRows, yearsOf, type Dataset } from './dataset';
import type { ChangeKind, Unit } from './model';
import { childrenOf, unitIn, validOn, yearEnd, type Registry } from './registry';

/** The same unit: the same code in the same period. */
export const sameUnit = (a: Unit, b: Unit): boolean =>
  a.code === b.code && a.validFrom === b.validFrom && a.validTo === b.validTo;

/** A key for a unit (code and period), for lists and URLs' React keys. */
export const unitKey = (u: Unit): string => `${u.code}|${u.validFrom ?? ''}|${u.validTo ?? ''}`;

export interface LineageLink {
  unit: Unit;
  kind: ChangeKind;
  /** The whole old unit went in (merged), or only part of it (split). */
  whole: boolean;
  /** The day the change took effect (ISO). */
  date: string;
}

/** Whether a 31 December falls in the unit's period (so that it can have a year's results). */
function hasYearEnd(u: Unit): boolean {
  if (u.validFrom === null || u.validTo === null) return true;
  const from = Number(u.validFrom.slice(0, 4));
  const to = Number(u.validTo.slice(0, 4));
  for (let y = from; y <= to; y++) if (validOn(u, yearEnd(y))) return true;
  return false;
}

const shiftDay = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The units this one took in on the day it began, with how (whole or in part).
 * `predecessorsOf(reg, Xã Thạch Thất)` → Thị trấn Liên Quan, Xã Đại Đồng, … (all whole).
 */
export function predecessorsOf(reg: Registry, unit: Unit, depth = 0): LineageLink[] {
  if (unit.validFrom === null || depth > 3) return [];
  const date = unit.validFrom;
  const before = shiftDay(date, -1);
  const out: LineageLink[] = [];
  for (const c of reg.changes) {
    if (c.date !== date || c.newCode !== unit.code) continue;
    const old = (reg.byCode.get(c.oldCode) ?? []).find((u) => validOn(u, before));
    if (!old) continue;
    const whole = c.kind !== 'split';
    // A unit that lived less than a year (Xã Lam Sơn, 2025-01-01 to 06-30) has no results of its
    // own: the units it was formed from stand in for it.
    const earlier = hasYearEnd(old) ? [] : predecessorsOf(reg, old, depth + 1);
    if (earlier.length === 0) out.push({ unit: old, kind: c.kind, whole, date });
    for (const e of earlier) out.push({ ...e, whole: whole && e.whole, date });
  }
  return out.sort(
    (a, b) => Number(b.whole) - Number(a.whole) || a.unit.name.localeCompare(b.unit.name, 'vi'),
  );
}

/** What this unit became the day after it ended (one unit, or several when it was split). */
export function successorsOf(reg: Registry, unit: Unit, depth = 0): LineageLink[] {
  if (unit.validTo === null || depth > 3) return [];
  const date = shiftDay(unit.validTo, 1);
  const out: LineageLink[] = [];
  for (const c of reg.changes) {
    if (c.date !== date || c.oldCode !== unit.code || c.newCode === null) continue;
    const next = (reg.byCode.get(c.newCode) ?? []).find((u) => validOn(u, date));
    if (!next) continue;
    const whole = c.kind !== 'split';
    const later = hasYearEnd(next) ? [] : successorsOf(reg, next, depth + 1);
    if (later.length === 0) out.push({ unit: next, kind: c.kind, whole, date });
    for (const l of later) out.push({ ...l, whole: whole && l.whole });
  }
  return out.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
}

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

/** Whether a unit has a value of the index's total in a year (for picking whom to show). */
export const hasTotal = (ds: Dataset, index: string, year: number, code: string): boolean =>
  seriesRows(ds, index, 'TOTAL', year).has(code);
