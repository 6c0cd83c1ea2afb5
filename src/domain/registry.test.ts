import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRegistry, peersInRegistry, validOn } from './registry';
import type { Unit } from './model';

const LEVELS = ['province', 'district', 'commune'] as const;
const DATES = [null, '2019-12-31', '2020-01-01', '2024-12-31', '2025-07-01'] as const;

const unitArb = fc.record({
  code: fc.constantFrom('01', '02', '276', '09955', '09958'),
  name: fc.constant('U'),
  level: fc.constantFrom(...LEVELS),
  parentCode: fc.constantFrom(null, '01', '02', '276'),
  validFrom: fc.constantFrom(...DATES),
  validTo: fc.constantFrom(...DATES),
});
const registryArb = fc
  .array(unitArb, { maxLength: 25 })
  .map((units: Unit[]) => buildRegistry({ units, indicators: [] }));

/** What peersInRegistry answers, by a scan of the registry each time. */
const scanned = (units: readonly Unit[], unit: Unit, year: number): Unit[] =>
  units.filter(
    (u) =>
      u.level === unit.level && u.parentCode === unit.parentCode && validOn(u, `${year}-12-31`),
  );

describe('peersInRegistry', () => {
  it('answers as a scan of its own registry, whatever was asked before and of which registry', () => {
    fc.assert(
      fc.property(
        fc.array(registryArb, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), unitArb, fc.constantFrom(2019, 2020, 2024, 2025, 2026)), {
          maxLength: 30,
        }),
        (registries, asks) => {
          for (const [which, unit, year] of asks) {
            const reg = registries[which % registries.length];
            if (!reg) continue;
            expect(peersInRegistry(reg, unit, year)).toEqual(scanned(reg.units, unit, year));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same frozen list when asked again', () => {
    const u = (code: string, parentCode: string | null): Unit => ({
      code,
      name: code,
      level: 'district',
      parentCode,
      validFrom: null,
      validTo: null,
    });
    const reg = buildRegistry({
      units: [u('A', '01'), u('B', '01'), u('C', '02')],
      indicators: [],
    });
    const first = peersInRegistry(reg, u('A', '01'), 2024);
    expect(first.map((p) => p.code)).toEqual(['A', 'B']);
    expect(peersInRegistry(reg, u('B', '01'), 2024)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(peersInRegistry(reg, u('C', '02'), 2024).map((p) => p.code)).toEqual(['C']);
  });
});
