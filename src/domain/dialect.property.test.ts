// The proof of "never a silent change": for any dataset, written in any Excel dialect, importing
// the bytes gives back exactly the same values; and a file damaged in one record (a delimiter
// dropped or added, a quote cut) is refused with an error at that record's line.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBytes } from './import';
import type { ScoreRow } from './model';
import { mini } from '../../tests/support/mini';
import {
  rowsOf,
  writeDialect,
  type Damage,
  type Dialect,
  type LineEnd,
  type ValueGroup,
} from '../../tests/support/dialect';

const SEED = 20261202;

// The mini registry's indicators (max): PAR TOTAL 100, D1 40, D2 60; SIPAS TOTAL 100;
// PAPI TOTAL 80, P1 10, P7 10 (from 2018).
const INDICATORS: Record<string, Record<string, number>> = {
  PAR: { TOTAL: 100, D1: 40, D2: 60 },
  SIPAS: { TOTAL: 100 },
  PAPI: { TOTAL: 80, P1: 10, P7: 10 },
};
const WIDE_CODES = ['D1', 'D2', 'P1', 'P7', 'TOTAL'];
const UNITS_2024 = ['VN', '01', '001', '00001', '275', '276', '09955', '09958', '09961', '09964'];

const word = fc.constantFrom(
  'Tốt',
  'cần cố gắng thêm',
  'điểm',
  'Hà Nội',
  'xã Đại Đồng',
  '12,5',
  '"trích"',
  'a;b',
  'tab\there',
  'hai\ndòng',
  '=SUM(A1)',
  '-5',
  'Ưu tiên',
);
const noteText = fc
  .array(word, { minLength: 1, maxLength: 4 })
  .map((ws) =>
    ws.join(fc.sample(fc.constantFrom(' ', ', ', '; '), { numRuns: 1, seed: ws.length })[0]),
  );

const valueGroup: fc.Arbitrary<ValueGroup> = fc
  .record({
    index: fc.constantFrom('PAR', 'SIPAS', 'PAPI'),
    year: fc.integer({ min: 2018, max: 2024 }),
    unitCode: fc.constantFrom(...UNITS_2024),
    picks: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    values: fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 3, maxLength: 3 }),
    rankOf: fc.option(fc.integer({ min: 1, max: 63 }), { nil: null }),
    rankSeed: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
    group: fc.option(fc.constantFrom('A', 'B', 'C', '1', '4'), { nil: null }),
    source: fc.constantFrom(
      'sample',
      'https://hanoi.gov.vn/chi-so?nam=2024&id=1,2',
      'Bộ Nội vụ; báo cáo 12/BC',
      'UBND "huyện" Thạch Thất',
    ),
    note: fc.option(noteText, { nil: null }),
  })
  .map((g): ValueGroup => {
    const inds = INDICATORS[g.index] ?? {};
    const scores: Record<string, number | null> = {};
    Object.entries(inds).forEach(([code, max], i) => {
      if (g.picks[i] ?? false)
        scores[code] = Math.round(((g.values[i] ?? 0) / 10_000) * max * 100) / 100;
    });
    const rank =
      g.rankSeed === null ? null : g.rankOf === null ? g.rankSeed + 1 : (g.rankSeed % g.rankOf) + 1;
    if (Object.keys(scores).length === 0) {
      const max = inds.TOTAL ?? 100;
      scores.TOTAL =
        rank === null ? Math.round(((g.values[0] ?? 0) / 10_000) * max * 100) / 100 : null;
    }
    if (!('TOTAL' in scores) && rank !== null) scores.TOTAL = null;
    const total = 'TOTAL' in scores;
    return {
      index: g.index,
      year: g.year,
      unitCode: g.unitCode,
      scores,
      rank: total ? rank : null,
      rankOf: total && rank !== null ? g.rankOf : null,
      group: total ? g.group : null,
      source: g.source,
      note: g.note,
    };
  });

const dataset = fc.uniqueArray(valueGroup, {
  minLength: 1,
  maxLength: 12,
  selector: (g) => `${g.index}|${g.year}|${g.unitCode}`,
});

const lineEnd = fc.constantFrom<LineEnd>('lf', 'crlf', 'cr');
const dialect: fc.Arbitrary<Dialect> = fc.record({
  delimiter: fc.constantFrom<Dialect['delimiter']>(',', ';', '\t'),
  decimal: fc.constantFrom<Dialect['decimal']>('.', ','),
  quoting: fc.constantFrom<Dialect['quoting']>('minimal', 'all'),
  encoding: fc.constantFrom<Dialect['encoding']>(
    'utf-8',
    'utf-8-bom',
    'utf-16le',
    'utf-16be',
    'windows-1258',
  ),
  lineEnds: fc.oneof(lineEnd, fc.array(lineEnd, { minLength: 2, maxLength: 5 })),
  titleRows: fc.integer({ min: 0, max: 2 }),
  padTitles: fc.boolean(),
  layout: fc.constantFrom<Dialect['layout']>('long', 'wide'),
  vietnameseHeaders: fc.boolean(),
  finalLineEnd: fc.boolean(),
});

const key = (r: ScoreRow): string => `${r.index}|${r.indicator}|${r.year}|${r.unitCode}`;
const sorted = (rows: readonly ScoreRow[]): ScoreRow[] =>
  [...rows].sort((a, b) => key(a).localeCompare(key(b)));
const opts = { maxYear: 2030 } as const;

describe('any Excel dialect', () => {
  it('gives back exactly the values written (or an error), never different ones', () => {
    fc.assert(
      fc.property(dataset, dialect, (groups, d) => {
        const file = writeDialect(groups, d, WIDE_CODES);
        const r = importBytes(file.bytes, mini, opts);
        const errors = r.issues.filter((i) => i.severity === 'error');
        // Clean files are accepted: refusing them would not be silent damage, but is a fault too.
        expect(errors).toEqual([]);
        expect(sorted(r.dataset.rows)).toEqual(sorted(rowsOf(groups)));
      }),
      { seed: SEED, numRuns: 2500 },
    );
  }, 120_000);

  const damage: fc.Arbitrary<Omit<Damage, 'record'>> = fc.oneof(
    fc.record({ kind: fc.constant('drop-delimiter' as const), at: fc.nat(40) }),
    fc.record({ kind: fc.constant('add-delimiter' as const), at: fc.nat(40) }),
    fc.record({
      kind: fc.constant('cut-quote' as const),
      at: fc.nat(40),
      closing: fc.boolean(),
    }),
  );

  it('refuses a record damaged by a dropped or added delimiter or a cut quote, at its line', () => {
    fc.assert(
      fc.property(dataset, dialect, damage, fc.nat(), (groups, d, dmg, pick) => {
        const records = d.layout === 'long' ? rowsOf(groups).length : groups.length;
        const record = pick % records;
        const file = writeDialect(groups, d, WIDE_CODES, { ...dmg, record } as Damage);
        fc.pre(file.damaged);
        const r = importBytes(file.bytes, mini, opts);
        // The record's own lines: a cut quote can end a record early (its note's line break
        // then ends the record), and the error shows where the rest of it stands.
        const first = file.recordLines[record] ?? 0;
        const last = file.recordEnds[record] ?? first;
        const errorLines = r.issues.filter((i) => i.severity === 'error').map((i) => i.line);
        expect(r.ok).toBe(false);
        expect(errorLines.some((l) => l >= first && l <= last)).toBe(true);
      }),
      { seed: SEED, numRuns: 2500 },
    );
  }, 120_000);
});
