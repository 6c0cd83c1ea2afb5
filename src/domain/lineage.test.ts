// Lineage across the 2025 reorganisation, on the bundled registry (data/units.csv and
// unit-changes.csv, transcribed from NQ 1656/NQ-UBTVQH15), with expectations written by hand.
import { describe, expect, it } from 'vitest';
import { nearestYear, unitYears } from './lineage';
import { predecessorsOf, successorsOf } from './lineage-links';
import { unitIn } from './registry';
import { changeSincePreviousYear } from './analysis';
import { rankSegments, unitOverTime } from './series';
import { bundled } from '../../tests/support/bundled';
import { mini, miniDataset } from '../../tests/support/mini';

const { registry: reg, dataset: ds } = bundled();
const at = (code: string, year: number) => {
  const u = unitIn(reg, code, year);
  if (!u) throw new Error(`no ${code} in ${year}`);
  return u;
};
const names = (links: ReturnType<typeof predecessorsOf>) =>
  links.map((l) => `${l.unit.code} ${l.unit.name} ${l.whole ? 'whole' : 'part'}`);

describe('lineage', () => {
  it('gives a new commune the units it was formed from, whole ones first', () => {
    expect(names(predecessorsOf(reg, at('09955', 2025)))).toEqual([
      '09955 Thị trấn Liên Quan whole',
      '09961 Xã Cẩm Yên whole',
      '09958 Xã Đại Đồng whole',
      '09976 Xã Kim Quan whole',
      '09964 Xã Lại Thượng whole',
      '09967 Xã Phú Kim whole',
    ]);
  });

  it('looks through a unit that lived less than a year (Lam Sơn, 2025-01-01 to 06-30)', () => {
    const before = names(predecessorsOf(reg, at('10003', 2025)));
    expect(before).toContain('09973 Xã Canh Nậu whole');
    expect(before).toContain('09979 Xã Dị Nậu whole');
    expect(before.some((n) => n.includes('Lam Sơn'))).toBe(false);
    // Quang Trung (2025-01-01) was split on 2025-07-01: Bình Phú and Hữu Bằng went in part.
    expect(before).toContain('10006 Xã Bình Phú part');
  });

  it('gives an old commune what it became', () => {
    expect(names(successorsOf(reg, at('09955', 2024)))).toEqual(['09955 Xã Thạch Thất whole']);
    expect(names(successorsOf(reg, at('10006', 2024)))).toEqual([
      '09910 Xã Kiều Phú part',
      '10003 Xã Tây Phương part',
    ]);
  });

  it('keeps a reused code apart: each unit has its own years', () => {
    expect(unitYears(reg, ds, 'PAR', at('09955', 2024))).toEqual([
      2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    expect(unitYears(reg, ds, 'PAR', at('09955', 2025))).toEqual([2025]);
    // No "change since 2024" for Xã Thạch Thất: 2024's 09955 is Thị trấn Liên Quan.
    expect(
      changeSincePreviousYear(reg, ds, { index: 'PAR', indicator: 'TOTAL', year: 2025 }, '09955'),
    ).toBeNull();
  });

  it('moves to the nearest year (the later one on a tie)', () => {
    expect(nearestYear([2019, 2020, 2024], 2025)).toBe(2024);
    expect(nearestYear([2025], 2019)).toBe(2025);
    expect(nearestYear([2021, 2023], 2022)).toBe(2023);
    expect(nearestYear([], 2022)).toBeNull();
  });

  it('ranks 2025 communes among the 126 under Hà Nội', () => {
    const points = unitOverTime(reg, ds, 'PAR', at('09955', 2025), [2025]);
    expect(points[0]?.rankOf).toBe(126);
    expect(points[0]?.group).toBe('commune:01:126');
  });
});

describe('peer groups', () => {
  // Hà Nội: 3/63 in 2024 (63 provinces), 2/34 in 2025 (34 provinces).
  const data = miniDataset(`index,year,unit_code,score,rank,rank_of,source
PAR,2023,01,91.43,3,63,x
PAR,2024,01,92.57,3,63,x
PAR,2025,01,93.1,2,34,x
`);

  it('split a rank line where the peer group changes', () => {
    const hn = unitIn(mini, '01', 2024);
    if (!hn) throw new Error('no 01');
    const points = unitOverTime(mini, data, 'PAR', hn, [2023, 2025]);
    expect(points.map((p) => [p.year, p.rank, p.segment])).toEqual([
      [2023, 3, 0],
      [2024, 3, 0],
      [2025, 2, 1],
    ]);
    expect(rankSegments(points).map((s) => [s.first, s.last, s.of])).toEqual([
      [2023, 2024, 63],
      [2025, 2025, 34],
    ]);
  });

  it('say a move across peer groups is not comparable', () => {
    const ch = changeSincePreviousYear(
      mini,
      data,
      { index: 'PAR', indicator: 'TOTAL', year: 2025 },
      '01',
    );
    expect(ch).toMatchObject({ previousYear: 2024, places: 1, comparable: false });
    const same = changeSincePreviousYear(
      mini,
      data,
      { index: 'PAR', indicator: 'TOTAL', year: 2024 },
      '01',
    );
    expect(same).toMatchObject({ places: 0, comparable: true });
  });
});
