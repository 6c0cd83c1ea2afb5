import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importText, storedSumIssues, type ImportResult } from './import';
import {
  componentSumIssues,
  scoreIn,
  type ComponentScore,
  type TotalToCheck,
} from './import-scores';
import { buildDataset, type Dataset } from './dataset';
import { componentsIn, type Registry } from './registry';
import type { ImportIssue } from './issues';
import { mini } from '../../tests/support/mini';
import { scoreRow } from '../../tests/support/rows';

/** The check as it was written first, with a string look-up for everything: the model. */
function model(result: ImportResult, reg: Registry, current: Dataset): ImportIssue[] {
  const upload = result.dataset;
  if (result.kind !== 'scores' || upload.size === 0) return [];
  const inUpload = (index: string, indicator: string, year: number, unit: string): boolean =>
    upload.position(index, indicator, year, unit) >= 0;
  const either: ComponentScore = (index, indicator, year, unit) =>
    scoreIn(upload, index, indicator, year, unit) ?? scoreIn(current, index, indicator, year, unit);
  const totalAt = (index: string, year: number, unit: string): TotalToCheck | null => {
    for (const ds of [upload, current]) {
      const at = ds.position(index, 'TOTAL', year, unit);
      if (at >= 0)
        return { index, year, unitCode: unit, score: ds.scoreAt(at), max: ds.maxAt(at), line: 0 };
    }
    return null;
  };
  const seen = new Set<string>();
  const relevant: TotalToCheck[] = [];
  for (const [i, row] of upload.rows.entries()) {
    const key = `${row.index}|${row.year}|${row.unitCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const total = totalAt(row.index, row.year, row.unitCode);
    if (!total) continue;
    const usesStored =
      !inUpload(row.index, 'TOTAL', row.year, row.unitCode) ||
      componentsIn(reg, row.index, row.year).some(
        (c) => !inUpload(row.index, c.code, row.year, row.unitCode),
      );
    if (usesStored) relevant.push({ ...total, line: result.rowLines[i] ?? 0 });
  }
  return componentSumIssues(relevant, reg, either, true);
}

// Few units and mostly PAR (whose D1 and D2 add up to its total): totals meet components often.
const UNITS = ['09958', '09961', '01'];
const value = fc.record({
  index: fc.constantFrom('PAR', 'PAR', 'PAR', 'PAPI'),
  year: fc.constantFrom(2023, 2024),
  unitCode: fc.constantFrom(...UNITS),
  indicator: fc.constantFrom('TOTAL', 'D1', 'D2', 'TOTAL', 'D1', 'D2', 'P1', 'P7'),
  score: fc.integer({ min: 0, max: 40 }),
});
const valid = (v: { index: string; indicator: string }): boolean =>
  v.indicator === 'TOTAL' || (v.index === 'PAR') === v.indicator.startsWith('D');

describe('totals checked against stored components', () => {
  it('are what a look-up by names finds, whatever is stored and uploaded', () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 30 }),
        fc.array(value, { maxLength: 30 }),
        (stored, file) => {
          const current = buildDataset(
            stored.filter(valid).map((v) => scoreRow({ ...v, source: 'stored' })),
          );
          const lines = file
            .filter(valid)
            .map((v) => `${v.index},${v.year},${v.unitCode},${v.indicator},${v.score}`);
          const result = importText(
            `index,year,unit_code,indicator,score\n${lines.join('\n')}\n`,
            mini,
            { maxYear: 2030 },
          );
          const want = model(result, mini, current);
          expect(storedSumIssues(result, mini, current)).toEqual(want);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
