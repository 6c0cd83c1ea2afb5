// The view in the address, checked against the data: `resolveView` falls back to sensible
// defaults for bad or missing values and tells the caller which ones did. The address's syntax
// (every parameter, the shell's too) is `domain/address.ts`.

import { indicesOf, yearsOf, type Dataset } from '../domain/dataset';
import { peersInRegistry, unitIn, type Registry } from '../domain/registry';
import { unitYears, viewYears } from '../domain/lineage';
import { decodeAddress, encodeAddress, MAX_PEERS, type Address } from '../domain/address';
import type { Lang } from '../shared/i18n';
import type { MapParams } from '../domain/map-params';

export type { MapParams, Address };
export { decodeAddress, encodeAddress, MAX_PEERS };

export interface ViewState {
  index: string;
  year: number;
  unit: string;
  lang: Lang;
  /** The chart view, or the map with its parameters. */
  map?: MapParams | null;
  /** Peers picked for comparison (only those that are the unit's peers that year). */
  peers?: string[];
}

export interface ResolvedView {
  view: ViewState;
  /** Parameters that were given but could not be used. */
  fellBack: string[];
}

export const DEFAULT_UNIT = '01';
const PREFERRED_INDICES = ['PAR', 'SIPAS', 'PAPI'];

/** The picked codes that are the unit's peers in the year (not the unit itself), at most MAX_PEERS. */
export function validPeers(
  reg: Registry,
  unitCode: string,
  year: number,
  codes: readonly string[],
): string[] {
  const unit = unitIn(reg, unitCode, year);
  if (!unit) return [];
  const peers = new Set(peersInRegistry(reg, unit, year).map((u) => u.code));
  return codes.filter((c) => c !== unitCode && peers.has(c)).slice(0, MAX_PEERS);
}

/** `address`: the query string, or the address already decoded from it (the page has it). */
export function resolveView(address: string | Address, reg: Registry, ds: Dataset): ResolvedView {
  const a = typeof address === 'string' ? decodeAddress(address) : address;
  const fellBack: string[] = [];
  const lang = a.lang;
  if (a.unreadable.lang) fellBack.push(a.unreadable.lang);

  const available = indicesOf(ds);
  const ordered = [
    ...PREFERRED_INDICES.filter((i) => available.includes(i)),
    ...available.filter((i) => !PREFERRED_INDICES.includes(i)),
  ];
  let index = ordered[0] ?? 'PAR';
  if (a.index !== null) {
    if (available.includes(a.index)) index = a.index;
    else fellBack.push(`index=${a.index}`);
  }

  const yearNum = a.year;
  let unit = a.unit ?? DEFAULT_UNIT;
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
    if (a.unit !== null) fellBack.push(`unit=${a.unit}`);
    unit = DEFAULT_UNIT;
    years = yearsFor(unit);
  }
  // By default the latest year with the unit's own figure (Hà Nội: 2024, not 2025, which only
  // its communes have so far).
  const latestUnit = (reg.byCode.get(unit) ?? []).at(-1);
  const own = latestUnit ? unitYears(reg, ds, index, latestUnit) : [];
  let year = own.at(-1) ?? years[years.length - 1] ?? new Date().getFullYear();
  if (yearNum !== null) {
    if (years.includes(yearNum)) year = yearNum;
    else fellBack.push(`year=${yearNum}`);
  } else if (a.unreadable.year) fellBack.push(a.unreadable.year);
  // The code must name a unit that exists in that year (codes are reused across 2025).
  if (!unitIn(reg, unit, year)) {
    fellBack.push(`unit=${unit}`);
    unit = DEFAULT_UNIT;
  }
  for (const k of ['view', 'layer', 'by', 'ind'] as const) {
    const bad = a.unreadable[k];
    if (bad) fellBack.push(bad);
  }
  const map = a.map ? { ...a.map } : null;
  // An indicator the index does not have in that year is the index's total.
  if (map && map.indicator !== 'TOTAL') {
    const known = (reg.indicatorsByIndex.get(index) ?? []).some((i) => i.code === map.indicator);
    if (!known) {
      fellBack.push(`ind=${map.indicator}`);
      map.indicator = 'TOTAL';
    }
  }
  // Peers picked for another unit or year, or no longer anyone's peer, are dropped (and said).
  if (a.unreadable.peers) fellBack.push(a.unreadable.peers);
  const peers = validPeers(reg, unit, year, a.peers);
  for (const c of a.peers) if (!peers.includes(c)) fellBack.push(`peers=${c}`);
  return {
    view: {
      index,
      year,
      unit,
      lang,
      ...(map ? { map } : {}),
      ...(peers.length > 0 ? { peers } : {}),
    },
    fellBack,
  };
}

const NO_SHELL = { panel: false, present: null, speaker: false } as const;

/** The view's address; `shell` keeps the panel, slide and speaker window as they are. */
export function viewToSearch(
  v: ViewState,
  shell: Pick<Address, 'panel' | 'present' | 'speaker'> = NO_SHELL,
): string {
  return encodeAddress({
    index: v.index,
    year: v.year,
    unit: v.unit,
    lang: v.lang,
    map: v.map ?? null,
    peers: v.peers ?? [],
    // Only the shell's three fields: callers pass a whole decoded address.
    panel: shell.panel,
    present: shell.present,
    speaker: shell.speaker,
  });
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
