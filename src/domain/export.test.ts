import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportScoresCsv } from './export';
import { buildDataset } from './dataset';
import { importBytes, importText } from './import';
import type { ScoreRow } from './model';
import { scoreRow } from '../../tests/support/rows';
import { mini } from '../../tests/support/mini';

const row = (over: Partial<ScoreRow>): ScoreRow => scoreRow({ source: 'sample', ...over });

describe('exportScoresCsv', () => {
  it('writes UTF-8 with a BOM, the canonical header and scores as numbers', () => {
    const csv = exportScoresCsv(
      buildDataset([row({ rank: 3, rankOf: 63, group: 'A', source: 'https://x' })]),
    );
    expect(csv).toBe(
      '\ufeffindex,year,unit_code,indicator,score,max,rank,rank_of,group,source,note\r\nPAR,2024,01,TOTAL,92.57,,3,63,A,https://x,\r\n',
    );
  });

  it('escapes text that a spreadsheet would run as a formula', () => {
    const csv = exportScoresCsv(
      buildDataset([row({ note: '=HYPERLINK("http://evil")', source: '@SUM(A1)' })]),
    );
    expect(csv).toContain(`'@SUM(A1),"'=HYPERLINK(""http://evil"")"`);
  });

  it('imports back to the same rows, formulas and line breaks included', () => {
    const rows = [
      row({ note: '-5 điểm\nso với "2023"', source: '+84 nguồn' }),
      row({ year: 2023, score: null, rank: 3, rankOf: 63 }),
    ];
    const back = importText(exportScoresCsv(buildDataset(rows)), mini, { maxYear: 2030 });
    expect(back.issues).toEqual([]);
    expect(back.dataset.rows).toEqual(rows);
  });
});

// Generated datasets over the mini registry: valid keys, values within range, awkward text.
const units = ['01', '001', '276', '09955', '09958', '09961', '09964'];
const text = fc
  .string({
    unit: fc.constantFrom(
      'a',
      'Đ',
      'ộ',
      ' ',
      ',',
      ';',
      '"',
      '\n',
      '=',
      '+',
      '-',
      '@',
      '1',
      '.',
      'x',
      '\t',
    ),
    maxLength: 12,
  })
  .map((s) => s.trim().replace(/\s*\n\s*/g, '\n'))
  .filter((s) => s === s.trim());
const genRow = fc.record({
  year: fc.integer({ min: 2012, max: 2024 }),
  unitCode: fc.constantFrom(...units),
  indicator: fc.constantFrom('TOTAL', 'D1', 'D2'),
  score: fc.option(
    fc.integer({ min: 0, max: 4000 }).map((n) => n / 100),
    { nil: null },
  ),
  rank: fc.option(fc.integer({ min: 1, max: 63 }), { nil: null }),
  group: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: null }),
  source: text,
  note: fc.option(
    text.filter((s) => s !== ''),
    { nil: null },
  ),
});

describe('export → import', () => {
  it('is the identity on generated datasets', () => {
    fc.assert(
      fc.property(fc.array(genRow, { minLength: 1, maxLength: 30 }), (gen) => {
        const rows: ScoreRow[] = gen
          .filter((g) => g.score !== null || g.rank !== null)
          .map((g) => ({
            index: 'PAR',
            max: null,
            rankOf: g.rank === null ? null : 63,
            ...g,
            rank: g.indicator === 'TOTAL' ? g.rank : null,
          }))
          .filter((r) => r.score !== null || r.rank !== null)
          .map((r) => (r.rank === null ? { ...r, rankOf: null } : r));
        fc.pre(rows.length > 0); // a header-only file is refused (no-rows), tested apart
        const ds = buildDataset(rows);
        const csv = exportScoresCsv(ds);
        const back = importBytes(new TextEncoder().encode(csv), mini, { maxYear: 2030 });
        expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(back.dataset.rows).toEqual(ds.rows);
      }),
      { numRuns: 200 },
    );
  });
});

describe('export: safe in Excel whether it splits on "," or ";"', () => {
  const row = (note: string, source = 'x'): ScoreRow => ({
    index: 'PAR',
    year: 2024,
    unitCode: '01',
    indicator: 'TOTAL',
    score: 90,
    max: null,
    rank: null,
    rankOf: null,
    group: null,
    source,
    note,
  });
  const lineOf = (note: string, source?: string): string =>
    exportScoresCsv(buildDataset([row(note, source)])).split('\r\n')[1] ?? '';

  it('quotes a field holding either delimiter and neutralises a formula after it', () => {
    expect(lineOf("ghi chu;=cmd|' /C calc'!A0")).toBe(
      `PAR,2024,01,TOTAL,90,,,,,x,"ghi chu;'=cmd|' /C calc'!A0"`,
    );
    expect(lineOf('a,+1')).toBe(`PAR,2024,01,TOTAL,90,,,,,x,"a,'+1"`);
    expect(lineOf('@SUM(1)', '-2')).toBe(`PAR,2024,01,TOTAL,90,,,,,'-2,'@SUM(1)`);
  });

  it('leaves no piece that Excel could run, split either way', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z=+\-@';, ]{1,12}$/).filter((s) => s === s.trim()),
        (note) => {
          const line = lineOf(note);
          for (const sep of [',', ';']) {
            // Excel's split, ignoring quotes (the worst case: the other locale's delimiter).
            for (const piece of line.split(sep)) {
              expect(piece.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
            }
          }
          const back = importBytes(new TextEncoder().encode(`${BOM_LINE}${line}\r\n`), mini, {
            maxYear: 2030,
          });
          expect(back.dataset.rows[0]?.note).toBe(note);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

const BOM_LINE = 'index,year,unit_code,indicator,score,max,rank,rank_of,group,source,note\r\n';
