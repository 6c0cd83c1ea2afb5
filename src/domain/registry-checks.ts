// Checks of registry files against the registry they join, for the full importer and data:check:
// every unit change names units that exist around its day, every topic targets an indicator.

import { issue, type ImportIssue } from './issues';
import type { Indicator, Topic, Unit, UnitChange } from './model';

const dayBefore = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const validOnDay = (u: Unit, day: string): boolean =>
  (u.validFrom === null || u.validFrom <= day) && (u.validTo === null || day <= u.validTo);

/**
 * Every change names units that exist: the old code the day before the change, the new code on
 * the day itself.
 */
export function checkChanges(
  changes: readonly UnitChange[],
  units: readonly Unit[],
  lines?: ReadonlyMap<object, number>,
): ImportIssue[] {
  const byCode = new Map<string, Unit[]>();
  for (const u of units) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  const exists = (code: string, day: string): boolean =>
    (byCode.get(code) ?? []).some((u) => validOnDay(u, day));
  const out: ImportIssue[] = [];
  for (const c of changes) {
    const line = lines?.get(c) ?? 0;
    if (!exists(c.oldCode, dayBefore(c.date))) {
      out.push(
        issue('error', 'unknown-change-unit', line, {
          date: c.date,
          unit: c.oldCode,
          when: 'before',
        }),
      );
    }
    if (c.newCode !== null && !exists(c.newCode, c.date)) {
      out.push(
        issue('error', 'unknown-change-unit', line, {
          date: c.date,
          unit: c.newCode,
          when: 'from',
        }),
      );
    }
  }
  return out;
}

/** Topics must target indicators that exist. */
export function checkTopics(
  topics: readonly Topic[],
  indicators: readonly Indicator[],
  lines?: ReadonlyMap<object, number>,
): ImportIssue[] {
  const known = new Set(indicators.map((i) => `${i.index}:${i.code}`));
  const out: ImportIssue[] = [];
  for (const t of topics) {
    for (const target of t.targets) {
      const id = `${target.index}:${target.code}`;
      if (!known.has(id)) {
        out.push(issue('error', 'unknown-target', lines?.get(t) ?? 0, { topic: t.id, value: id }));
      }
    }
  }
  return out;
}
