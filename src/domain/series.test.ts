import { unitIn } from './registry';
import { describe, expect, it } from 'vitest';
import { methodBreaks, unitOverTime, yearSpan } from './series';
import { bumpChart, rankingAt } from './peers';
import { buildRegistry } from './registry';
import { mini, miniDataset } from '../../tests/support/mini';

const ds = miniDataset(`index,year,unit_code,score,rank,rank_of,source
PAR,2021,01,88,4,63,x
PAR,2023,01,91.43,3,63,x
PAR,2023,VN,86.98,,,x
PAR,2023,09955,90,,,sample
PAR,2023,09958,85,,,sample
PAR,2024,09955,80,,,sample
PAR,2024,09958,85,,,sample
PAR,2024,09961,95,,,sample
`);

describe('yearSpan', () => {
  it('fills the gaps between the first and last year', () => {
    expect(yearSpan([2023, 2021])).toEqual([2021, 2022, 2023]);
  });
});

const unitAt = (code: string, year: number) => {
  const u = unitIn(mini, code, year);
  if (!u) throw new Error(`no unit ${code} in ${year}`);
  return u;
};

describe('unitOverTime', () => {
  it('keeps missing years as gaps and marks official ranks', () => {
    const pts = unitOverTime(mini, ds, 'PAR', unitAt('01', 2023), [2021, 2023]);
    expect(pts.map((p) => [p.year, p.rank, p.rankKind, p.score, p.national])).toEqual([
      [2021, 4, 'official', 88, null],
      [2022, null, null, null, null],
      [2023, 3, 'official', 91.43, 86.98],
    ]);
  });

  it('compares a commune with its peers, not the nation', () => {
    const pts = unitOverTime(mini, ds, 'PAR', unitAt('09955', 2024), [2023, 2024]);
    expect(pts.map((p) => [p.year, p.rank, p.rankKind, p.national, p.peerPct, p.sample])).toEqual([
      [2023, 1, 'computed', null, 85, true],
      [2024, 3, 'computed', null, 90, true],
    ]);
  });
});

describe('methodBreaks', () => {
  it('marks the first year of a new method', () => {
    const reg = buildRegistry({
      units: [],
      indicators: [],
      methods: [
        { index: 'PAR', fromYear: 2017, toYear: 2021, version: 'A', note: '', source: '' },
        { index: 'PAR', fromYear: 2022, toYear: null, version: 'B', note: '', source: '' },
      ],
    });
    expect(methodBreaks(reg, 'PAR', [2020, 2023])).toEqual([{ year: 2022, version: 'B' }]);
  });
});

describe('bumpChart', () => {
  it('ranks the unit among its peers each year, highlighted', () => {
    const b = bumpChart(mini, ds, { index: 'PAR', year: 2024, unitCode: '09958' }, [2023, 2024]);
    expect(b?.years).toEqual([2023, 2024]);
    expect(b?.lines.map((l) => [l.unit.code, l.highlighted, l.ranks])).toEqual([
      ['09961', false, [null, 1]],
      ['09958', true, [2, 2]],
      ['09955', false, [1, 3]],
    ]);
    expect(b?.trimmed).toBe(false);
  });

  it('keeps only the top and bottom N and the unit for large peer sets', () => {
    const b = bumpChart(mini, ds, { index: 'PAR', year: 2024, unitCode: '09958' }, [2024], 1);
    expect(b?.lines.map((l) => l.unit.code)).toEqual(['09961', '09958', '09955']);
    const c = bumpChart(mini, ds, { index: 'PAR', year: 2024, unitCode: '09955' }, [2024], 0);
    expect(c?.trimmed).toBe(true);
    expect(c?.lines.map((l) => l.unit.code)).toEqual(['09955']);
  });

  it('always draws the peers picked for comparison, each with its place in the pick', () => {
    const b = bumpChart(mini, ds, { index: 'PAR', year: 2024, unitCode: '09955' }, [2024], 0, [
      '09958',
      '09961',
    ]);
    expect(b?.trimmed).toBe(true);
    expect(b?.lines.map((l) => [l.unit.code, l.picked])).toEqual([
      ['09961', 1],
      ['09958', 0],
      ['09955', null],
    ]);
  });

  it('lists the lines drawn in a year, best rank first, ties by name', () => {
    const b = bumpChart(mini, ds, { index: 'PAR', year: 2024, unitCode: '09955' }, [2024], 0, [
      '09958',
      '09961',
    ]);
    if (!b) throw new Error('fixture');
    // 2024: Cẩm Yên 95, Đại Đồng 85, Liên Quan 80.
    expect(rankingAt(b.lines, 0).map(({ line, rank }) => [rank, line.unit.code])).toEqual([
      [1, '09961'],
      [2, '09958'],
      [3, '09955'],
    ]);
    expect(rankingAt(b.lines, 5)).toEqual([]);
  });
});
