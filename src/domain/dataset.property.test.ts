// The columnar dataset against the plainest model of it: a list of rows and a map from key to
// position. Any rows, any layers, any merge: the same rows in the same order, the same look-ups,
// the same series, and packing a range (a stored chunk) then adding it back changes nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildDataset,
  Dataset,
  DatasetBuilder,
  lookup,
  mergeDatasets,
  mergeDatasetsInSlices,
  seriesRows,
  yearsOf,
} from './dataset';
import { compactPacked, expandPacked, isPackedDataset, packedChunks } from './packed';
import type { ScoreRow } from './model';

const num = fc.option(
  fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
  { nil: null },
);
/** Values as files give them (75.48, -3.5, 0, 1234.5678): stored as scaled integers. */
const decimal = fc.option(
  fc.oneof(
    fc.integer({ min: -40_000, max: 40_000 }).map((i) => i / 100),
    fc.integer({ min: -3_000_000_000, max: 3_000_000_000 }).map((i) => i / 10_000),
    fc.integer({ min: -5, max: 100 }),
  ),
  { nil: null },
);
const text = fc.option(fc.constantFrom('A', 'B', 'https://x', 'ghi chú; "trích"', ''), {
  nil: null,
});
const row: fc.Arbitrary<ScoreRow> = fc.record({
  index: fc.constantFrom('PAR', 'SIPAS', 'PAPI'),
  year: fc.integer({ min: 2023, max: 2025 }),
  unitCode: fc.constantFrom('01', '276', '09955', 'VN'),
  indicator: fc.constantFrom('TOTAL', 'D1', 'D2'),
  score: num,
  max: num,
  rank: num,
  rankOf: num,
  group: text,
  source: fc.constantFrom('', 'sample', 'https://thanhtra.gov.vn'),
  note: text,
});

/**
 * Rows as a file gives them: numbers all decimals of a few places (or -0, which no integer gives
 * back), one source for most rows (stored as runs).
 */
const decimalRow: fc.Arbitrary<ScoreRow> = row.chain((r) =>
  fc
    .record({
      score: fc.oneof(
        { weight: 20, arbitrary: decimal },
        { weight: 1, arbitrary: fc.constant(-0) },
      ),
      max: decimal,
      rank: decimal,
      rankOf: decimal,
      source: fc.oneof(
        { weight: 9, arbitrary: fc.constant('sample') },
        { weight: 1, arbitrary: fc.constantFrom('', 'https://x') },
      ),
    })
    .map((nums) => ({ ...r, ...nums })),
);

const key = (r: ScoreRow): string => `${r.index}|${r.indicator}|${r.year}|${r.unitCode}`;

/** The model: later rows replace earlier ones with the same key, in place. */
function model(layers: ScoreRow[][]): ScoreRow[] {
  const out: ScoreRow[] = [];
  const at = new Map<string, number>();
  for (const layer of layers)
    for (const r of layer) {
      const i = at.get(key(r));
      if (i === undefined) {
        at.set(key(r), out.length);
        out.push(r);
      } else out[i] = r;
    }
  return out;
}

describe('the columnar dataset', () => {
  it('holds what the model holds: rows in order, look-ups, series, years', () => {
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 40 }), { maxLength: 4 }), (layers) => {
        const want = model(layers);
        const ds = layers.map(buildDataset).reduce((a, b) => mergeDatasets(a, b), buildDataset([]));
        expect(ds.size).toBe(want.length);
        expect(ds.rows).toEqual(want);
        // A merge of some series holds those series' rows as the whole merge does.
        const keep = (index: string, indicator: string, year: number): boolean =>
          (index.length + indicator.length + year) % 2 === 0;
        const some = layers
          .map(buildDataset)
          .reduce((a, b) => mergeDatasets(a, b, keep), buildDataset([]));
        expect(some.rows).toEqual(want.filter((r) => keep(r.index, r.indicator, r.year)));
        for (const r of want) {
          expect(lookup(ds, r.index, r.indicator, r.year, r.unitCode)).toEqual(r);
          expect(seriesRows(ds, r.index, r.indicator, r.year).get(r.unitCode)).toEqual(r);
        }
        expect(lookup(ds, 'PAR', 'TOTAL', 1999, '01')).toBeUndefined();
        for (const index of ['PAR', 'SIPAS', 'PAPI']) {
          const years = [...new Set(want.filter((r) => r.index === index).map((r) => r.year))];
          expect(yearsOf(ds, index)).toEqual(years.sort((a, b) => a - b));
        }
      }),
    );
  });

  it('merges in slices as it merges at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 60 }),
        fc.array(row, { maxLength: 60 }),
        fc.integer({ min: 1, max: 70 }),
        async (a, b, slice) => {
          const [base, overlay] = [buildDataset(a), buildDataset(b)];
          const sliced = await mergeDatasetsInSlices(base, overlay, () => Promise.resolve(), slice);
          expect(sliced.rows).toEqual(mergeDatasets(base, overlay).rows);
        },
      ),
    );
  });

  it('stores and reads back in chunks, and hands over columns whole', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(row, { maxLength: 80 }), fc.array(decimalRow, { maxLength: 80 })),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 8 }),
        (rows, size, wholeTable) => {
          const ds = buildDataset(rows);
          const b = new DatasetBuilder();
          for (const chunk of packedChunks(ds, size, wholeTable)) {
            // As stored (empty columns empty, runs, narrow ids, decimals as integers), made
            // whole when read: every value back as it was, -0 and NaN included.
            const compact = compactPacked(chunk);
            // Nothing stored is a view of a larger buffer (it would store all of it).
            for (const v of Object.values(compact))
              if (ArrayBuffer.isView(v)) expect(v.byteLength).toBe(v.buffer.byteLength);
            const stored = expandPacked(structuredClone(compact));
            if (!isPackedDataset(stored)) throw new Error('a stored chunk did not read back');
            for (const k of ['score', 'max', 'rank', 'rankOf'] as const)
              for (let i = 0; i < chunk.series.length; i++)
                expect(Object.is(stored[k][i], chunk[k][i])).toBe(true);
            b.addAll(stored, true);
          }
          expect(b.build().rows).toEqual(ds.rows);
          // What the worker transfers: the columns and the hash table over them.
          const moved = Dataset.fromPacked(structuredClone(ds.packed()), ds.hashSlots());
          expect(moved.rows).toEqual(ds.rows);
          for (const r of ds.rows)
            expect(moved.position(r.index, r.indicator, r.year, r.unitCode)).toBe(
              ds.position(r.index, r.indicator, r.year, r.unitCode),
            );
        },
      ),
    );
  });

  it('finds every key whatever the order of unit ids: runs up and down, and far apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20_000 })), {
          maxLength: 60,
        }),
        (ids) => {
          const b = new DatasetBuilder();
          for (let i = 0; i <= 20_000; i++) b.unitId(`u${i}`);
          const s = b.seriesId('PAR', 'TOTAL', 2024);
          const first = new Map<number, number>();
          ids.forEach((u) => {
            const before = b.put(s, u, u, null, null, null, -1, -1, -1, false);
            expect(before).toBe(first.get(u) ?? -1);
            if (!first.has(u)) first.set(u, first.size);
          });
          const ds = b.build();
          for (const [u, at] of first) expect(ds.positionIn(s, u)).toBe(at);
          expect(ds.size).toBe(first.size);
        },
      ),
    );
  });

  it('says which row a key already has, and keeps it unless told to replace', () => {
    const b = new DatasetBuilder();
    const s = b.seriesId('PAR', 'TOTAL', 2024);
    const u = b.unitId('01');
    expect(b.put(s, u, 90, null, null, null, -1, b.textId('x'), -1, false)).toBe(-1);
    expect(b.put(s, u, 91, null, null, null, -1, b.textId('x'), -1, false)).toBe(0);
    expect(b.build().rowAt(0).score).toBe(90);
    expect(b.put(s, u, 92, null, null, null, -1, b.textId('x'), -1, true)).toBe(0);
    expect(b.build().rowAt(0).score).toBe(92);
  });
});
