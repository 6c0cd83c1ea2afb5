import { describe, expect, it } from 'vitest';
import { countRows, diffDatasets } from './diff';
import { mini, miniDataset } from '../../tests/support/mini';

const current = miniDataset(`index,year,unit_code,score
PAR,2024,09955,90
PAR,2024,09958,85
PAR,2024,09961,80
`);

describe('diffDatasets', () => {
  it('sorts incoming values into new, changed and unchanged, and lists the ranks that move', () => {
    const incoming = miniDataset(`index,year,unit_code,score
PAR,2024,09955,90
PAR,2024,09961,95
PAR,2024,09964,70
`);
    const d = diffDatasets(mini, current, incoming);
    expect(d.added.map((r) => r.unitCode)).toEqual(['09964']);
    expect(d.changed.map((c) => [c.before.score, c.after.score])).toEqual([[80, 95]]);
    expect(d.unchanged).toBe(1);
    // Cẩm Yên 80 → 95 goes from 3rd to 1st; Liên Quan and Đại Đồng drop a place.
    expect(d.rankMoves.map((m) => [m.unitCode, m.before, m.after])).toEqual([
      ['09955', 1, 2],
      ['09958', 2, 3],
      ['09961', 3, 1],
      ['09964', null, 4],
    ]);
  });

  it('moves no rank when only a component changes', () => {
    const d = diffDatasets(
      mini,
      current,
      miniDataset('index,year,unit_code,indicator,score\nPAR,2024,09955,D1,30\n'),
    );
    expect(d.added).toHaveLength(1);
    expect(d.rankMoves).toEqual([]);
  });
});

describe('countRows', () => {
  it('counts by index, year and level', () => {
    expect(countRows(mini, current.rows)).toEqual({
      rows: 3,
      byIndex: { PAR: 3 },
      byYear: { 2024: 3 },
      byLevel: { commune: 3 },
    });
  });
});
