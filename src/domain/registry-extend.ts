// The bundled registry with the units and changes of uploaded registry versions added. Only
// loaded where there are uploads (the import worker, the page once the store has versions).

import type { Unit, UnitChange } from './model';
import { buildRegistry, type Registry } from './registry';

/**
 * The registry with units and changes added (an office's uploaded registry of another province).
 * A unit the registry already has, the same in every field, is not added twice.
 */
export function extendRegistry(
  reg: Registry,
  added: { units: readonly Unit[]; changes: readonly UnitChange[] },
): Registry {
  if (added.units.length === 0 && added.changes.length === 0) return reg;
  const same = (a: Unit, b: Unit): boolean =>
    a.code === b.code &&
    a.name === b.name &&
    a.level === b.level &&
    a.parentCode === b.parentCode &&
    a.validFrom === b.validFrom &&
    a.validTo === b.validTo;
  const units = [...reg.units];
  for (const u of added.units) {
    if (!(reg.byCode.get(u.code) ?? []).some((r) => same(r, u))) units.push(u);
  }
  const key = (c: UnitChange): string => `${c.date}|${c.oldCode}|${c.newCode ?? ''}|${c.kind}`;
  const known = new Set(reg.changes.map(key));
  const changes = [...reg.changes, ...added.changes.filter((c) => !known.has(key(c)))];
  return buildRegistry({
    units,
    indicators: reg.indicators,
    topics: reg.topics,
    methods: reg.methods,
    changes,
  });
}
