import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { streamCells, type Delimiter, type StreamOptions } from './records';
import { importText } from './import';
import { PLAIN_NUMBER } from './text';
import { mini } from '../../tests/support/mini';

// Lines without quotes are cut in place instead of by Papa Parse (records.ts). These properties
// hold that reader to Papa's: quoting every cell, or cutting the body into other pieces, never
// changes a record, a line number, an issue or an imported value.

interface Seen {
  records: { line: number; cells: string[]; trimmed: string[]; plain: number[] }[];
  issues: unknown[];
  count: number;
}

function read(body: string, d: Delimiter, fields: number, opts: StreamOptions = {}): Seen {
  const records: Seen['records'] = [];
  const stats = streamCells(
    body,
    d,
    3,
    fields,
    (c, line) => {
      const cells = [...c.toArray()];
      const trimmed = cells.map((_, i) => c.trimmed(i));
      const plain = cells.map((_, i) => c.plain(i));
      // Each cell read in place is what the array holds.
      cells.forEach((cell, i) => {
        expect(c.raw(i)).toBe(cell);
        expect(trimmed[i]).toBe(cell.trim());
        const t = cell.trim();
        expect(Object.is(plain[i], PLAIN_NUMBER.test(t) ? Number(t) : NaN)).toBe(true);
      });
      records.push({ line, cells, trimmed, plain });
    },
    opts,
  );
  return { records, issues: stats.issues, count: stats.records };
}

/** Cells without quotes, delimiters or line breaks: numbers of every shape, spaces, words. */
const plainCell = fc.oneof(
  fc.constantFrom('', ' ', '\u00a0', 'PAR', 'D1', 'TOTAL', '2024', '09958', 'Tổng cộng', '#N/A'),
  fc.constantFrom('-', '.5', '12.', '-0', '-0.0', '007', '1e5', '87,26', '1.2.3', '--1'),
  fc
    .tuple(
      fc.constantFrom('', ' ', '\u00a0', '\u2003'),
      fc.constantFrom('', '-'),
      fc.stringMatching(/^\d{1,20}$/),
      fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: null }),
      fc.constantFrom('', ' ', '\t', '\u3000'),
    )
    .map(([a, sign, int, frac, b]) => `${a}${sign}${int}${frac === null ? '' : `.${frac}`}${b}`),
  fc.string({ maxLength: 5 }).map((s) => s.replace(/["\n\r,;\t]/g, '')),
);

const quote = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;

describe('records read in place', () => {
  it('are what Papa Parse reads, whatever the pieces and the quoting', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Delimiter>(',', ';', '\t'),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.array(plainCell, { minLength: 0, maxLength: 6 }), { maxLength: 25 }),
        fc.array(fc.boolean(), { maxLength: 25 }),
        fc.integer({ min: 1, max: 120 }),
        fc.boolean(),
        (d, fields, lines, quotedLines, piece, finalEnd) => {
          const clean = lines.map((cells) => cells.map((c) => c.replace(d, '')));
          const write = (q: (line: number) => boolean): string =>
            clean
              .map((cells, i) => (q(i) ? cells.map(quote) : cells).join(d))
              .join('\n')
              .concat(finalEnd ? '\n' : '');
          const plain = write(() => false);
          const quoted = write(() => true);
          const mixed = write((i) => quotedLines[i] ?? false);
          const whole = read(plain, d, fields, { pieceChars: 1 << 30 });
          expect(read(plain, d, fields, { pieceChars: piece })).toEqual(whole);
          expect(read(quoted, d, fields, { pieceChars: piece })).toEqual(whole);
          expect(read(mixed, d, fields, { pieceChars: piece })).toEqual(whole);
          expect(read(mixed, d, fields, { pieceChars: 1 << 30 })).toEqual(whole);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('import to the same values and issues as the same file with every cell quoted', () => {
    const header = ['index', 'year', 'unit_code', 'indicator', 'score', 'max', 'rank', 'rank_of'];
    const cellFor = [
      fc.constantFrom('PAR', 'PAPI', ' SIPAS', 'par', 'XYZ', ''),
      fc.constantFrom('2024', '2023 ', '2019', '24', 'năm', ''),
      fc.constantFrom('09958', '9958', ' 09961', '01', 'VN', '99999', '9,96E+03', 'Tổng cộng', ''),
      fc.constantFrom('D1', 'D2', 'TOTAL', 'P1', 'P7', 'd1', 'X9', ''),
      plainCell,
      fc.oneof(fc.constant(''), plainCell),
      fc.oneof(fc.constant(''), plainCell),
      fc.oneof(fc.constant(''), plainCell),
    ] as const;
    const record = fc.tuple(...cellFor);
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';'),
        fc.array(
          fc.oneof({ weight: 9, arbitrary: record }, { weight: 1, arbitrary: fc.constant(null) }),
          {
            maxLength: 20,
          },
        ),
        (d, records) => {
          const lines = (q: (c: string) => string): string =>
            [header, ...records]
              .map((r) => (r === null ? '' : r.map((c) => q(c.replace(d, ''))).join(d)))
              .join('\n');
          const a = importText(
            lines((c) => c),
            mini,
            { maxYear: 2030 },
          );
          const b = importText(lines(quote), mini, { maxYear: 2030 });
          expect(b.issues).toEqual(a.issues);
          expect(b.ok).toBe(a.ok);
          expect(b.dataset.rows).toEqual(a.dataset.rows);
          expect(b.rowLines).toEqual(a.rowLines);
          expect(b.skippedRows).toBe(a.skippedRows);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
