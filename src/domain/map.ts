// What the map shows, as data: which units a map of the view draws (and whether a map of those
// units exists at all), each unit's figure, rank and change, the colour classes a person can read
// (quantiles of the score, or the published groups), and the join of the figures to the
// boundaries by GSO code. No drawing here: the map component paints what this returns.

import { changeSincePreviousYear } from './analysis';
import { peerRanking } from './peers';
import { lookup, seriesRows, type Dataset } from './dataset';
import { isSample, type Unit } from './model';
import { childrenOf, unitIn, unitsAtLevel, type Registry } from './registry';
import type { Feature, Geometry } from 'geojson';

import type { ClassBy, MapLayer } from './map-params';
export type { MapLayer };

/** One unit's boundary, keyed by GSO code as text (data/geo/). */
export interface Boundary {
  code: string;
  name: string;
  nameEn: string;
  feature: Feature<Geometry>;
}

export type { ClassBy, MapParams } from './map-params';

/** The unit outlined: itself on its own layer, its province on the provinces' map. */
export function selectedOn(layer: MapLayer, unit: Unit): string | null {
  if (layer === 'provinces') return unit.level === 'province' ? unit.code : unit.parentCode;
  return unit.level === 'commune' ? unit.code : null;
}

/** The first day the bundled boundaries describe (Hà Nội's units; the provinces from 06-12). */
export const BOUNDARIES_FROM = '2025-07-01';
/** The province whose communes have boundaries. */
export const MAP_PROVINCE = '01';

export type MapAvailability =
  | { ok: true; layer: MapLayer; layers: MapLayer[] }
  | { ok: false; reason: 'old-units' | 'no-geometry' };

/**
 * Which map the view can show: from 2025 on, Hà Nội (or one of its communes) opens on its
 * communes and can switch to the provinces; another province opens on the provinces. Years
 * before the reorganisation have other units, which no bundled boundary describes.
 */
export function mapFor(
  reg: Registry,
  unitCode: string,
  year: number,
  asked: MapLayer | null = null,
): MapAvailability {
  const unit = unitIn(reg, unitCode, year);
  if (`${year}-12-31` < BOUNDARIES_FROM) return { ok: false, reason: 'old-units' };
  if (!unit) return { ok: false, reason: 'no-geometry' };
  const inHanoi =
    unit.code === MAP_PROVINCE || (unit.level === 'commune' && unit.parentCode === MAP_PROVINCE);
  if (unit.level === 'district' || (unit.level === 'commune' && !inHanoi))
    return { ok: false, reason: 'no-geometry' };
  const layers: MapLayer[] = inHanoi ? ['communes', 'provinces'] : ['provinces'];
  const layer = asked !== null && layers.includes(asked) ? asked : layers[0];
  return layer ? { ok: true, layer, layers } : { ok: false, reason: 'no-geometry' };
}

/** The units a layer draws in a year (the registry's, joined to the boundaries by code). */
export function layerUnits(reg: Registry, layer: MapLayer, year: number): Unit[] {
  return layer === 'provinces'
    ? unitsAtLevel(reg, 'province', year)
    : childrenOf(reg, MAP_PROVINCE, year).filter((u) => u.level === 'commune');
}

export interface MapFigure {
  unit: Unit;
  score: number | null;
  max: number | null;
  rank: number | null;
  /** How many peers the rank is out of (published N, or the units with a score). */
  rankOf: number | null;
  official: boolean;
  group: string | null;
  /** Points since the year before, for the same unit; null when it did not exist or had none. */
  change: number | null;
  sample: boolean;
  source: string | null;
}

/** Every unit of the layer with its figure (score null: no data), in the registry's order. */
export function mapFigures(
  reg: Registry,
  ds: Dataset,
  ref: { index: string; indicator: string; year: number },
  layer: MapLayer,
): MapFigure[] {
  const units = layerUnits(reg, layer, ref.year);
  const rows = seriesRows(ds, ref.index, ref.indicator, ref.year);
  const first = units.find((u) => rows.has(u.code));
  const ranked = new Map(
    (first ? peerRanking(reg, ds, ref, first) : []).map((r) => [r.unit.code, r] as const),
  );
  const withScore = [...ranked.values()].filter((r) => r.score !== null).length;
  return units.map((unit) => {
    const row = lookup(ds, ref.index, ref.indicator, ref.year, unit.code);
    const r = ranked.get(unit.code);
    const change = row ? changeSincePreviousYear(reg, ds, ref, unit.code) : null;
    return {
      unit,
      score: row?.score ?? null,
      max: row?.max ?? null,
      rank: r?.rank ?? null,
      rankOf: row?.rankOf ?? (r?.rank != null ? withScore : null),
      official: r?.official ?? false,
      group: row?.group ?? null,
      change: change?.points ?? null,
      sample: row ? isSample(row) : false,
      source: row?.source ?? null,
    };
  });
}

export interface ColourClass {
  /** 0 = the lowest scores (or the last group). */
  index: number;
  /** Score range, lowest and highest value in the class; for groups, null. */
  from: number | null;
  to: number | null;
  /** Rank range of the units in the class (best first), when ranks exist. */
  bestRank: number | null;
  worstRank: number | null;
  group: string | null;
  count: number;
}

export interface Classification {
  by: ClassBy;
  classes: ColourClass[];
  /** Unit code → class index; units without data are absent. */
  classOf: Map<string, number>;
}

/**
 * Quantile thresholds: `k` classes of (nearly) equal size over the sorted values, ties kept in
 * one class, so fewer classes when values repeat. `quantileThresholds([1,2,3,4,5,6], 3)` →
 * `[3, 5]` (classes [1,2] [3,4] [5,6]); a value v falls in the class of thresholds ≤ v.
 */
export function quantileThresholds(values: readonly number[], k: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const out: number[] = [];
  for (let i = 1; i < k; i++) {
    const v = sorted[Math.floor((i * n) / k)];
    if (v === undefined) continue;
    const last = out[out.length - 1];
    if (v > (last ?? -Infinity) && v > (sorted[0] ?? Infinity)) out.push(v);
  }
  return out;
}

/** The class of a value among thresholds: how many thresholds are ≤ it. */
export function classIndex(value: number, thresholds: readonly number[]): number {
  let i = 0;
  while (i < thresholds.length && (thresholds[i] ?? Infinity) <= value) i++;
  return i;
}

/**
 * Classes for the figures: the published groups when most units with data have one (A best,
 * drawn darkest), else quantiles of the share of the maximum (at most `k`, 5 by default).
 */
export function classify(
  figures: readonly MapFigure[],
  by: ClassBy = 'score',
  k = 5,
): Classification {
  const scored = figures.filter((f) => f.score !== null);
  const grouped = figures.filter((f) => f.group !== null);
  if (by === 'group' && grouped.length > 0) {
    const groups = [...new Set(grouped.map((f) => f.group ?? ''))].sort().reverse();
    const classOf = new Map(grouped.map((f) => [f.unit.code, groups.indexOf(f.group ?? '')]));
    return {
      by,
      classOf,
      classes: groups.map((g, index) => {
        const inIt = grouped.filter((f) => f.group === g);
        return { ...ranges(inIt), index, from: null, to: null, group: g, count: inIt.length };
      }),
    };
  }
  const pct = (f: MapFigure): number => ((f.score ?? 0) / (f.max ?? 100)) * 100;
  const thresholds = quantileThresholds(scored.map(pct), k);
  const classOf = new Map(scored.map((f) => [f.unit.code, classIndex(pct(f), thresholds)]));
  const classes: ColourClass[] = [];
  for (let index = 0; index <= thresholds.length; index++) {
    const inIt = scored.filter((f) => classOf.get(f.unit.code) === index);
    if (inIt.length === 0) continue;
    const values = inIt.map(pct);
    classes.push({
      ...ranges(inIt),
      index,
      from: Math.min(...values),
      to: Math.max(...values),
      group: null,
      count: inIt.length,
    });
  }
  return { by: 'score', classes, classOf };
}

function ranges(fs: readonly MapFigure[]): { bestRank: number | null; worstRank: number | null } {
  const ranks = fs.map((f) => f.rank).filter((r): r is number => r !== null);
  return ranks.length === 0
    ? { bestRank: null, worstRank: null }
    : { bestRank: Math.min(...ranks), worstRank: Math.max(...ranks) };
}

export interface Joined {
  /** Each boundary's code with its figure (undefined: a boundary with no unit in the registry). */
  drawn: { code: string; figure: MapFigure | undefined }[];
  /** Units of the layer with no boundary (an uploaded registry's new unit, say). */
  withoutBoundary: MapFigure[];
}

/** Figures joined to boundaries by GSO code (codes compared as text: "00070" is not "70"). */
export function joinByCode(codes: readonly string[], figures: readonly MapFigure[]): Joined {
  const byCode = new Map(figures.map((f) => [f.unit.code, f]));
  const have = new Set(codes);
  return {
    drawn: codes.map((code) => ({ code, figure: byCode.get(code) })),
    withoutBoundary: figures.filter((f) => !have.has(f.unit.code)),
  };
}

/** The `n` best and worst units with a rank (a slide's takeaway names them). */
export function mapExtremes(
  figures: readonly MapFigure[],
  n = 3,
): { best: MapFigure[]; worst: MapFigure[] } {
  const ranked = figures
    .filter((f) => f.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.unit.code.localeCompare(b.unit.code));
  const k = Math.min(n, Math.floor(ranked.length / 2));
  return { best: ranked.slice(0, k), worst: ranked.slice(ranked.length - k).reverse() };
}

/** What a map slide of a view says besides the map: the units it names, whether any is sample. */
export function mapSlideFacts(
  reg: Registry,
  ds: Dataset,
  v: { index: string; year: number; unit: string },
): { best: MapFigure[]; worst: MapFigure[]; sample: boolean } | null {
  const m = mapFor(reg, v.unit, v.year);
  if (!m.ok) return null;
  const figures = mapFigures(
    reg,
    ds,
    { index: v.index, indicator: 'TOTAL', year: v.year },
    m.layer,
  );
  return { ...mapExtremes(figures), sample: figures.some((f) => f.sample) };
}
