// The view lives in the URL: ?index=PAR|SIPAS|PAPI&year=YYYY&unit=CODE&lang=vi|en, and for the
// map view &view=map&layer=communes|provinces&ind=INDICATOR&by=score|group.
// Bad or missing values fall back to sensible defaults, and the caller is told which ones did.

import { indicesOf, yearsOf, type Dataset } from '../domain/dataset';
import { unitIn, type Registry } from '../domain/registry';
import { unitYears, viewYears } from '../domain/lineage';
import type { Lang } from '../shared/i18n';
import type { MapParams } from '../domain/map-params';

export type { MapParams };

export interface ViewState {
  index: string;
  year: number;
  unit: string;
  lang: Lang;
  /** The chart view, or the map with its parameters. */
  map?: MapParams | null;
}

function mapParams(p: URLSearchParams, fellBack: string[]): MapParams | null {
  const view = p.get('view');
  if (view === null || view === 'charts') return null;
  if (view !== 'map') {
    fellBack.push(`view=${view}`);
    return null;
  }
  const layer = p.get('layer');
  const by = p.get('by');
  if (layer !== null && layer !== 'communes' && layer !== 'provinces')
    fellBack.push(`layer=${layer}`);
  if (by !== null && by !== 'score' && by !== 'group') fellBack.push(`by=${by}`);
  const ind = p.get('ind');
  return {
    layer: layer === 'communes' || layer === 'provinces' ? layer : null,
    indicator: ind !== null && /^[A-Za-z0-9_.-]{1,40}$/.test(ind) ? ind : 'TOTAL',
    by: by === 'group' ? 'group' : 'score',
  };
}

export interface ResolvedView {
  view: ViewState;
  /** Parameters that were given but could not be used. */
  fellBack: string[];
}

export const DEFAULT_UNIT = '01';
const PREFERRED_INDICES = ['PAR', 'SIPAS', 'PAPI'];

export function resolveView(search: string, reg: Registry, ds: Dataset): ResolvedView {
  const p = new URLSearchParams(search);
  const fellBack: string[] = [];
  const langParam = p.get('lang');
  const lang: Lang = langParam === 'en' ? 'en' : 'vi';
  if (langParam !== null && langParam !== 'vi' && langParam !== 'en')
    fellBack.push(`lang=${langParam}`);

  const available = indicesOf(ds);
  const ordered = [
    ...PREFERRED_INDICES.filter((i) => available.includes(i)),
    ...available.filter((i) => !PREFERRED_INDICES.includes(i)),
  ];
  const indexParam = p.get('index')?.toUpperCase() ?? null;
  let index = ordered[0] ?? 'PAR';
  if (indexParam !== null) {
    if (available.includes(indexParam)) index = indexParam;
    else fellBack.push(`index=${p.get('index') ?? ''}`);
  }

  const unitParam = p.get('unit');
  const yearParam = p.get('year');
  const yearNum = yearParam !== null && /^\d{4}$/.test(yearParam) ? Number(yearParam) : null;

  let unit = unitParam ?? DEFAULT_UNIT;
  // The years of the unit the code names in the year asked for (codes are reused), else of the
  // code's latest unit.
  const yearsFor = (code: string): number[] => {
    const list = reg.byCode.get(code) ?? [];
    const then =
      (yearNum !== null ? unitIn(reg, code, yearNum) : undefined) ?? list[list.length - 1];
    return then ? viewYears(reg, ds, index, then) : yearsOf(ds, index, code);
  };
  let years = yearsFor(unit);
  // A unit must exist in the registry (in some year) and have data for the index.
  const knownUnit = reg.byCode.has(unit);
  if (!knownUnit || years.length === 0) {
    if (unitParam !== null) fellBack.push(`unit=${unitParam}`);
    unit = DEFAULT_UNIT;
    years = yearsFor(unit);
  }
  // By default the latest year with the unit's own figure (Hà Nội: 2024, not 2025, which only
  // its communes have so far).
  const latestUnit = (reg.byCode.get(unit) ?? []).at(-1);
  const own = latestUnit ? unitYears(reg, ds, index, latestUnit) : [];
  let year = own.at(-1) ?? years[years.length - 1] ?? new Date().getFullYear();
  if (yearParam !== null) {
    if (yearNum !== null && years.includes(yearNum)) year = yearNum;
    else fellBack.push(`year=${yearParam}`);
  }
  // The code must name a unit that exists in that year (codes are reused across 2025).
  if (!unitIn(reg, unit, year)) {
    fellBack.push(`unit=${unit}`);
    unit = DEFAULT_UNIT;
  }
  const map = mapParams(p, fellBack);
  // An indicator the index does not have in that year is the index's total.
  if (map && map.indicator !== 'TOTAL') {
    const known = (reg.indicatorsByIndex.get(index) ?? []).some((i) => i.code === map.indicator);
    if (!known) {
      fellBack.push(`ind=${map.indicator}`);
      map.indicator = 'TOTAL';
    }
  }
  return { view: { index, year, unit, lang, ...(map ? { map } : {}) }, fellBack };
}

export function viewToSearch(v: ViewState): string {
  const p = new URLSearchParams({
    index: v.index,
    year: String(v.year),
    unit: v.unit,
    lang: v.lang,
  });
  if (v.map) {
    p.set('view', 'map');
    if (v.map.layer) p.set('layer', v.map.layer);
    if (v.map.indicator !== 'TOTAL') p.set('ind', v.map.indicator);
    if (v.map.by !== 'score') p.set('by', v.map.by);
  }
  return `?${p.toString()}`;
}

/**
 * When the index or unit changes, keep the year if the unit has data then, else take its latest.
 * Only the years of the same unit count: a reused code is another unit in another period.
 */
export function adjustYear(
  reg: Registry,
  ds: Dataset,
  index: string,
  unit: string,
  year: number,
): number {
  const now = unitIn(reg, unit, year);
  const years = now ? viewYears(reg, ds, index, now) : yearsOf(ds, index, unit);
  if (years.includes(year)) return year;
  return years[years.length - 1] ?? year;
}
