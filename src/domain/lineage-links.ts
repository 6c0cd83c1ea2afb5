// The units before and after a unit across a reorganisation (unit-changes.csv: which units each
// new one took in, whole — merged — or in part — split —, and what each old one became), and the
// time series that draws them beside the unit as lines of their own. Leaders read across the
// change through these links, never through one joined line. Loaded on demand: only a unit with
// a period (valid_from or valid_to) can have links, and the first view (Hà Nội) has none.

import type { Dataset } from './dataset';
import { lookup } from './dataset';
import { unitYears } from './lineage';
import type { ChangeKind, Unit } from './model';
import { indicatorIn, validOn, yearEnd, type Registry } from './registry';
import { methodBreaks, unitOverTime, type MethodBreak, type YearPoint } from './series';

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

export interface Lineage {
  /** Before: the units this one took in. After: what it became. */
  before: LineageLink[];
  after: LineageLink[];
  /** The links drawn on the time charts (at most `maxLines`, whole ones first). */
  drawn: LineageLink[];
}

/** The unit's lineage across a reorganisation, for the lineage table and the time charts. */
export function lineageOf(reg: Registry, unit: Unit, maxLines = 6): Lineage {
  const before = predecessorsOf(reg, unit);
  const after = successorsOf(reg, unit);
  const drawn = [...before, ...after].slice(0, maxLines);
  return { before, after, drawn };
}

/**
 * The unit's points over its own years and those of the units it is linked to, each linked
 * unit's score (% of max) in `others`, and a mark at the reorganisation.
 */
export function lineageSeries(
  reg: Registry,
  ds: Dataset,
  index: string,
  unit: Unit,
  lineage: Lineage,
): { points: YearPoint[]; breaks: MethodBreak[] } {
  const own = unitYears(reg, ds, index, unit);
  const linked = lineage.drawn.map((l) => unitYears(reg, ds, index, l.unit));
  const points = unitOverTime(reg, ds, index, unit, [...own, ...linked.flat()]);
  const max = (year: number) => indicatorIn(reg, index, 'TOTAL', year)?.max ?? 100;
  for (const p of points) {
    p.others = lineage.drawn.map((l, i) => {
      if (!(linked[i] ?? []).includes(p.year)) return null;
      const row = lookup(ds, index, 'TOTAL', p.year, l.unit.code);
      return row?.score === null || row?.score === undefined
        ? null
        : (row.score / (row.max ?? max(p.year))) * 100;
    });
  }
  const dates = new Set(lineage.drawn.map((l) => l.date));
  const breaks: MethodBreak[] = [...dates].map((date) => ({
    // The first year whose 31 December falls after the change.
    year: Number(date.slice(0, 4)),
    version: date,
    kind: 'units',
    date,
  }));
  return {
    points,
    breaks: [
      ...methodBreaks(
        reg,
        index,
        points.map((p) => p.year),
      ),
      ...breaks,
    ],
  };
}
