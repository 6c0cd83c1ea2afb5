import { describe, expect, it } from 'vitest';
import { buildDataset, lookup, mergeDatasets } from './dataset';
import { scoreRow } from '../../tests/support/rows';

const r = (unitCode: string, score: number) => scoreRow({ unitCode, score, source: '' });

describe('buildDataset', () => {
  it('keeps replacing in place after the first duplicate (found by the export property test)', () => {
    const ds = buildDataset([r('a', 1), r('a', 2), r('b', 3), r('b', 4)]);
    expect(ds.rows.map((x) => [x.unitCode, x.score])).toEqual([
      ['a', 2],
      ['b', 4],
    ]);
    expect(Object.keys(ds.rows)).toEqual(['0', '1']);
  });
});

describe('mergeDatasets', () => {
  it('lets the later layer win key by key and keeps the rest', () => {
    const merged = mergeDatasets(
      buildDataset([r('a', 1), r('b', 2)]),
      buildDataset([r('b', 5), r('c', 6)]),
    );
    expect(merged.rows.map((x) => [x.unitCode, x.score])).toEqual([
      ['a', 1],
      ['b', 5],
      ['c', 6],
    ]);
    expect(lookup(merged, 'PAR', 'TOTAL', 2024, 'b')?.score).toBe(5);
  });
});
