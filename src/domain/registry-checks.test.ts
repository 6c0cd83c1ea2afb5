// The registry checks data:check makes on units and unit-changes files, with expectations
// written by hand.
import { describe, expect, it } from 'vitest';
import { checkUnits } from './import-tables';
import { checkChanges } from './registry-checks';
import type { Unit, UnitChange } from './model';

const unit = (
  code: string,
  level: Unit['level'],
  parentCode: string | null,
  validFrom: string | null = null,
  validTo: string | null = null,
): Unit => ({ code, name: `Unit ${code}`, level, parentCode, validFrom, validTo });
const codes = (issues: ReturnType<typeof checkUnits>) =>
  issues.map((i) => [i.code, i.params.unit ?? i.params.code, i.params.date ?? null]);

describe('checkUnits', () => {
  it('wants codes as text of their level’s length', () => {
    const units = [
      unit('01', 'province', null),
      unit('1', 'province', null),
      unit('276', 'district', '01', null, '2025-06-30'),
      unit('9958', 'commune', '276', null, '2025-06-30'),
    ];
    expect(codes(checkUnits(units))).toEqual([
      ['bad-code', '1', null],
      ['bad-code', '9958', null],
    ]);
  });

  it('finds a parent in the registry it is added to (a commune file checked alone)', () => {
    const hanoi = unit('01', 'province', null);
    expect(checkUnits([unit('00004', 'commune', '01', '2025-07-01')], undefined, [hanoi])).toEqual(
      [],
    );
    expect(codes(checkUnits([unit('00004', 'commune', '01', '2025-07-01')]))).toEqual([
      ['unknown-parent', '00004', null],
    ]);
  });

  it('wants the parent on the first and the last day of the child’s period', () => {
    const district = unit('276', 'district', '01', null, '2025-06-30');
    const registry = [unit('01', 'province', null), district];
    // A commune of 2025-07-01 under a district that ended the day before.
    expect(
      codes(checkUnits([unit('09956', 'commune', '276', '2025-07-01')], undefined, registry)),
    ).toEqual([['unknown-parent', '09956', '2025-07-01']]);
    // One that ended with it is fine.
    expect(
      checkUnits([unit('09958', 'commune', '276', null, '2025-06-30')], undefined, registry),
    ).toEqual([]);
  });

  it('refuses overlapping periods of one code, allows back-to-back ones', () => {
    const ok = [
      unit('01', 'province', null),
      unit('09955', 'commune', '01', null, '2025-06-30'),
      unit('09955', 'commune', '01', '2025-07-01'),
    ];
    expect(checkUnits(ok)).toEqual([]);
    const bad = [...ok.slice(0, 2), unit('09955', 'commune', '01', '2025-06-30')];
    expect(codes(checkUnits(bad))).toEqual([['overlapping-validity', '09955', null]]);
  });
});

describe('checkChanges', () => {
  const units = [
    unit('01', 'province', null),
    unit('09955', 'commune', '01', null, '2025-06-30'),
    unit('09958', 'commune', '01', null, '2025-06-30'),
    unit('09955', 'commune', '01', '2025-07-01'),
  ];
  const change = (oldCode: string, newCode: string | null): UnitChange => ({
    date: '2025-07-01',
    oldCode,
    newCode,
    kind: 'merged',
  });

  it('wants the old unit the day before and the new one on the day', () => {
    expect(checkChanges([change('09958', '09955'), change('09955', '09955')], units)).toEqual([]);
    expect(
      checkChanges([change('09958', '09910'), change('09706', '09955')], units).map((i) => [
        i.params.unit,
        i.params.when,
      ]),
    ).toEqual([
      ['09910', 'from'],
      ['09706', 'before'],
    ]);
  });
});
