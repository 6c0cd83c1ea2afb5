import { describe, expect, it } from 'vitest';
import { buildDataset, Dataset, DatasetBuilder, lookup, mergeDatasets } from './dataset';
import { compactPacked, expandPacked, isPackedDataset, packedChunks } from './packed';
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

describe('stored chunks', () => {
  it('keep ids past 16 bits (70,000 units, a note on most rows) as they were', () => {
    const rows = Array.from({ length: 70_000 }, (_, i) =>
      scoreRow({ unitCode: `u${i}`, score: i / 100, source: '', note: i % 7 ? `n${i}` : null }),
    );
    const ds = buildDataset(rows);
    // One chunk: its ids go past 16 bits. Chunks of 20,000: each one's own ids fit in 16 bits.
    for (const [size, Unit, Note] of [
      [70_000, Uint32Array, Int32Array],
      [20_000, Uint16Array, Int16Array],
    ] as const) {
      const back = new DatasetBuilder();
      for (const chunk of packedChunks(ds, size)) {
        const stored = structuredClone(compactPacked(chunk));
        expect(stored.unit).toBeInstanceOf(Unit);
        expect(stored.note).toBeInstanceOf(Note);
        const read = expandPacked(stored);
        if (!isPackedDataset(read)) throw new Error('a stored chunk did not read back');
        expect(read.unit).toBeInstanceOf(Uint32Array);
        back.addAll(read, true);
      }
      expect(back.build().rows).toEqual(ds.rows);
    }
  });

  it("store a file as it usually is (decimals, a unit's indicators in a row, one source) in a third of the bytes", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      scoreRow({
        unitCode: `u${Math.floor(i / 10)}`,
        indicator: i % 10 === 0 ? 'TOTAL' : `D${i % 10}`,
        score: (i % 9001) / 100,
        source: 'sample',
      }),
    );
    const [chunk] = [...packedChunks(buildDataset(rows), 10_000)];
    if (!chunk) throw new Error('no chunk');
    const stored = structuredClone(compactPacked(chunk));
    const bytes = (x: unknown): number =>
      ArrayBuffer.isView(x)
        ? x.byteLength
        : typeof x === 'object' && x !== null && !Array.isArray(x)
          ? Object.values(x).reduce((n: number, v) => n + bytes(v), 0)
          : 0;
    expect(stored.score).toEqual({ scale: 100, ints: expect.any(Int16Array) as unknown });
    expect(stored.source).toEqual({
      values: expect.any(Int8Array) as unknown,
      lengths: expect.any(Uint16Array) as unknown,
    });
    expect(bytes(stored) * 3).toBeLessThan(bytes(chunk));
    const read = expandPacked(stored);
    if (!isPackedDataset(read)) throw new Error('a stored chunk did not read back');
    expect(Dataset.fromPacked(read).rows).toEqual(rows);
  });
});
