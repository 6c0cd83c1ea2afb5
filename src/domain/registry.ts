// The registry: which units, indicators, topics and method versions exist, and in which years.
// Codes are reused across the 2025 reorganisation, so every look-up takes a year: a score of year Y
// belongs to the unit with that code whose validity contains 31 December of Y.

import type { Indicator, Level, MethodVersion, Topic, Unit, UnitChange } from './model';
import { foldKey } from './text';

export const yearEnd = (year: number): string => `${year}-12-31`;

export function validOn(unit: Pick<Unit, 'validFrom' | 'validTo'>, isoDate: string): boolean {
  return (
    (unit.validFrom === null || unit.validFrom <= isoDate) &&
    (unit.validTo === null || isoDate <= unit.validTo)
  );
}

const NAME_PREFIXES = /^(thanh pho|tinh|huyen|quan|thi xa|thi tran|xa|phuong|dac khu)\s+/;

export interface Registry {
  units: readonly Unit[];
  indicators: readonly Indicator[];
  topics: readonly Topic[];
  methods: readonly MethodVersion[];
  changes: readonly UnitChange[];
  byCode: ReadonlyMap<string, readonly Unit[]>;
  byName: ReadonlyMap<string, readonly Unit[]>;
  indicatorsByIndex: ReadonlyMap<string, readonly Indicator[]>;
  /** Indicators by folded Vietnamese or English name: header and cell matching look up, not scan. */
  indicatorsByName: ReadonlyMap<string, readonly Indicator[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildRegistry(parts: {
  units: readonly Unit[];
  indicators: readonly Indicator[];
  topics?: readonly Topic[];
  methods?: readonly MethodVersion[];
  changes?: readonly UnitChange[];
}): Registry {
  const byCode = new Map<string, Unit[]>();
  const byName = new Map<string, Unit[]>();
  for (const u of parts.units) {
    pushTo(byCode, u.code, u);
    const folded = foldKey(u.name);
    pushTo(byName, folded, u);
    const bare = folded.replace(NAME_PREFIXES, '');
    if (bare !== folded) pushTo(byName, bare, u);
  }
  const indicatorsByIndex = new Map<string, Indicator[]>();
  const indicatorsByName = new Map<string, Indicator[]>();
  for (const i of parts.indicators) {
    pushTo(indicatorsByIndex, i.index, i);
    const vi = foldKey(i.nameVi);
    pushTo(indicatorsByName, vi, i);
    const en = foldKey(i.nameEn);
    if (en !== vi) pushTo(indicatorsByName, en, i);
  }
  return {
    units: parts.units,
    indicators: parts.indicators,
    topics: parts.topics ?? [],
    methods: parts.methods ?? [],
    changes: parts.changes ?? [],
    byCode,
    byName,
    indicatorsByIndex,
    indicatorsByName,
  };
}

export function unitIn(reg: Registry, code: string, year: number): Unit | undefined {
  const list = reg.byCode.get(code);
  if (!list) return undefined;
  const date = yearEnd(year);
  return list.find((u) => validOn(u, date));
}

export function indicatorIn(
  reg: Registry,
  index: string,
  code: string,
  year: number,
): Indicator | undefined {
  return reg.indicatorsByIndex
    .get(index)
    ?.find(
      (i) =>
        i.code === code &&
        (i.fromYear === null || i.fromYear <= year) &&
        (i.toYear === null || year <= i.toYear),
    );
}

/** First-level components of an index in a year, in registry order. */
export function componentsIn(reg: Registry, index: string, year: number): Indicator[] {
  return (reg.indicatorsByIndex.get(index) ?? []).filter(
    (i) =>
      i.parent === 'TOTAL' &&
      (i.fromYear === null || i.fromYear <= year) &&
      (i.toYear === null || year <= i.toYear),
  );
}

/** The unit and the units above it, nearest first (commune → district → province). */
export function ancestors(reg: Registry, unit: Unit, year: number): Unit[] {
  const out: Unit[] = [];
  let cur: Unit | undefined = unit;
  const seen = new Set<string>();
  while (cur?.parentCode && !seen.has(cur.parentCode)) {
    seen.add(cur.parentCode);
    cur = unitIn(reg, cur.parentCode, year);
    if (cur) out.push(cur);
  }
  return out;
}

// Peer lists by registry, then by level, parent and year. A switch asks for the same unit's peers
// dozens of times (its rank in each year, each sub-index's peer mean, the scorecard, the ranking);
// each answer was a scan of the whole registry.
const peerLists = new WeakMap<Registry, Map<string, readonly Unit[]>>();

/** Units of the same level under the same parent in that year, the unit itself included. */
export function peersInRegistry(reg: Registry, unit: Unit, year: number): readonly Unit[] {
  let lists = peerLists.get(reg);
  if (!lists) peerLists.set(reg, (lists = new Map()));
  const key = `${unit.level}|${unit.parentCode ?? ''}|${unit.parentCode === null ? 0 : 1}|${year}`;
  const known = lists.get(key);
  if (known) return known;
  const date = yearEnd(year);
  const found = reg.units.filter(
    (u) => u.level === unit.level && u.parentCode === unit.parentCode && validOn(u, date),
  );
  lists.set(key, Object.freeze(found));
  return found;
}

export function childrenOf(reg: Registry, code: string, year: number): Unit[] {
  const date = yearEnd(year);
  return reg.units.filter((u) => u.parentCode === code && validOn(u, date));
}

export function unitsAtLevel(reg: Registry, level: Level, year: number): Unit[] {
  const date = yearEnd(year);
  return reg.units.filter((u) => u.level === level && validOn(u, date));
}

/** The method version of an index in a year, if methods.csv says. */
export function methodIn(reg: Registry, index: string, year: number): MethodVersion | undefined {
  return reg.methods.find(
    (m) => m.index === index && m.fromYear <= year && (m.toYear === null || year <= m.toYear),
  );
}
