import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  readCanonicalBundle,
  readCanonicalScores,
  readCanonicalTable,
  sliceLines,
} from './canonical';
import { exportScoresCsv } from './export';
import { buildDataset } from './dataset';
import { importText } from './import';
import type { ScoreRow } from './model';
import { bundled, readData } from '../../tests/support/bundled';
import { mini, MINI_UNITS } from '../../tests/support/mini';

const MAX_YEAR = 2030;

describe('sliceLines', () => {
  it('cuts at line ends outside quotes, and the pieces make the whole', () => {
    const body = 'a,1\nb,"x\ny\nz",2\nc,"q""\n",3\nd,4\n';
    for (const size of [1, 2, 3, 5, 8, 13, 100]) {
      const pieces = sliceLines(body, size);
      expect(pieces.join('')).toBe(body);
      for (const p of pieces) expect(p.split('"').length % 2).toBe(1);
    }
    expect(sliceLines(body, 1)).toEqual(['a,1\n', 'b,"x\ny\nz",2\n', 'c,"q""\n",3\n', 'd,4\n']);
  });

  it('cuts data/scores.csv into pieces that parse to the same rows as the whole', () => {
    const scores = readData('scores.csv');
    const body = scores.slice(scores.indexOf('\n') + 1);
    const pieces = sliceLines(body, 24_000);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(body);
  });
});

describe('the fast path on the bundled files', () => {
  it('reads data/ to the same registry and rows as the full importer', async () => {
    const full = bundled();
    let pauses = 0;
    const fast = await readCanonicalBundle(full.texts, {
      maxYear: MAX_YEAR,
      pause: () => Promise.resolve(void pauses++),
    });
    expect(fast).not.toBeNull();
    expect(fast?.registry.units).toEqual(full.registry.units);
    expect(fast?.registry.indicators).toEqual(full.registry.indicators);
    expect(fast?.registry.topics).toEqual(full.registry.topics);
    expect(fast?.registry.methods).toEqual(full.registry.methods);
    expect(fast?.registry.changes).toEqual(full.registry.changes);
    expect(fast?.dataset.rows).toEqual(full.dataset.rows);
    expect(fast?.dataset.rows.length).toBeGreaterThan(5000);
    // Five registry files, then the scores in pieces of a few milliseconds each.
    expect(pauses).toBeGreaterThan(5 + 5);
  });

  it('hands a registry file with a bad value to the full importer', async () => {
    const units = readData('units.csv').replace('01,Thành phố Hà Nội,province', '01,,province');
    expect(readCanonicalTable(units, 'units')).toBeNull();
    expect(
      await readCanonicalBundle({ ...bundled().texts, units }, { maxYear: MAX_YEAR }),
    ).toBeNull();
  });

  it('hands over a file whose header is not canonical or not on line 1', () => {
    expect(readCanonicalTable(`Danh mục\n${MINI_UNITS}`, 'units')).toBeNull();
    const scores = readData('scores.csv');
    expect(readCanonicalScores(scores.replace('unit_code', 'Mã ĐVHC'), mini)).toBeNull();
    expect(readCanonicalScores(scores.replaceAll(',', ';'), mini)).toBeNull();
  });
});

// Rows over the mini registry that any importer must accept…
const validRow = fc
  .record({
    index: fc.constant('PAR'),
    year: fc.integer({ min: 2012, max: 2024 }),
    unitCode: fc.constantFrom('01', '001', '276', '09955', '09958', '09961', 'VN'),
    indicator: fc.constantFrom('TOTAL', 'D1', 'D2'),
    score: fc.option(
      fc.integer({ min: 0, max: 4000 }).map((n) => n / 100),
      { nil: null },
    ),
    max: fc.constant(null),
    rank: fc.integer({ min: 1, max: 23 }),
    rankOf: fc.option(fc.constant(63), { nil: null }),
    group: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: null }),
    source: fc.constantFrom('sample', 'https://x', '=1+1', ''),
    note: fc.option(fc.constantFrom('ghi chú', '-5 điểm', 'a "b", c'), { nil: null }),
  })
  .map((r): ScoreRow => r);

// …and rows in range or just out of it.
const oddRow = fc
  .record({
    index: fc.constantFrom('PAR', 'SIPAS', 'PAPI'),
    year: fc.integer({ min: 2010, max: 2031 }),
    unitCode: fc.constantFrom('01', '276', '09958', 'VN', '9958', '99999'),
    indicator: fc.constantFrom('TOTAL', 'D1', 'D2', 'P7', 'X9'),
    score: fc.option(
      fc.integer({ min: -100, max: 11000 }).map((n) => n / 100),
      { nil: null },
    ),
    max: fc.option(fc.constantFrom(10, 40, 100), { nil: null }),
    rank: fc.option(fc.integer({ min: 0, max: 70 }), { nil: null }),
    rankOf: fc.option(fc.constantFrom(0, 23, 63), { nil: null }),
    group: fc.option(fc.constantFrom('A', 'b', ' C '), { nil: null }),
    source: fc.constantFrom('sample', ''),
    note: fc.constant(null),
  })
  .map((r): ScoreRow => r);

/** Edits a canonical file the way people and spreadsheets do. */
const damage = fc.constantFrom<(csv: string) => string>(
  (s) => s,
  (s) => s.replace(/\r\n(PAR),/, '\r\npar index,'),
  (s) => s.replace(/,(\d+)\.(\d+),/, ',$1,$2,'),
  (s) => s.replace(/,(\d+)\.(\d+),/, ',"$1,$2",'),
  (s) => s.replace(/\r\n([A-Z]+),(\d+),/, '\r\n$1,$2.0,'),
  (s) => s.replace(/\r\n([A-Z]+),(\d+),(\w+),/, '\r\n$1,$2, $3 ,'),
  (s) => s.replace(/\r\n/, '\r\n\r\n'),
  (s) => `${s}Tổng cộng,,,,,,,,,,\r\n`,
  (s) => s.replace(/\r\n([^\r]*)\r\n/, '\r\n$1\r\n$1\r\n'),
  (s) => s.replace(/,(\d+),(\d+),([A-C]?),/, ',x,$2,$3,'),
  (s) => s.replace(/\r\n([^\r]*)$/, '\r\n$1,extra'),
  (s) => s.replace('"', ''),
);

describe('the fast path against the full importer', () => {
  it('takes every valid canonical file, with the same rows', () => {
    fc.assert(
      fc.property(fc.array(validRow, { minLength: 1, maxLength: 25 }), (rows) => {
        const csv = exportScoresCsv(buildDataset(rows));
        const full = importText(csv, mini, { kind: 'scores', maxYear: MAX_YEAR });
        expect(full.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(readCanonicalScores(csv, mini, MAX_YEAR)?.rows).toEqual(full.dataset.rows);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts only what the full importer accepts, with the same rows', () => {
    fc.assert(
      fc.property(
        fc.array(validRow, { maxLength: 15 }),
        fc.option(oddRow, { nil: null }),
        damage,
        (rows, odd, edit) => {
          const csv = edit(exportScoresCsv(buildDataset(odd ? [...rows, odd] : rows)));
          const fast = readCanonicalScores(csv, mini, MAX_YEAR);
          if (fast === null) return; // the full importer decides (and reports)
          const full = importText(csv, mini, { kind: 'scores', maxYear: MAX_YEAR });
          expect(full.issues.filter((i) => i.severity === 'error')).toEqual([]);
          expect(
            full.issues.filter((i) => i.code === 'empty-row' || i.code === 'summary-row'),
          ).toEqual([]);
          expect(fast.rows).toEqual(full.dataset.rows);
        },
      ),
      { numRuns: 500 },
    );
  });
});
