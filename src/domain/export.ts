// Dataset → canonical CSV: UTF-8 with a BOM (so Excel shows the diacritics), comma-delimited,
// scores as plain numbers, and text cells that a spreadsheet would run as a formula escaped.
// Importing the output gives back the same dataset.

import Papa from 'papaparse';
import type { Dataset } from './dataset';
import { SCORE_COLUMNS, type ScoreRow } from './model';

export { SCORE_COLUMNS };
import { escapeFormula } from './text';

const num = (n: number | null): string => (n === null ? '' : String(n));
const text = (s: string | null): string => (s === null ? '' : escapeFormula(s));

export function scoreRowCells(r: ScoreRow): string[] {
  return [
    r.index,
    String(r.year),
    r.unitCode,
    r.indicator,
    num(r.score),
    num(r.max),
    num(r.rank),
    num(r.rankOf),
    text(r.group),
    text(r.source),
    text(r.note),
  ];
}

export const BOM = '\ufeff';

export function exportScoresCsv(ds: Dataset): string {
  const body = Papa.unparse(
    // Rows made one at a time (the dataset keeps columns, not objects).
    {
      fields: [...SCORE_COLUMNS],
      data: Array.from({ length: ds.size }, (_, i) => scoreRowCells(ds.rowAt(i))),
    },
    // Quoted whenever Excel could split the field: on `,` as written, or on `;` as Vietnamese
    // Windows reads a CSV file.
    {
      newline: '\r\n',
      quotes: (value: unknown) => typeof value === 'string' && /[,;\t"\r\n]/.test(value),
    },
  );
  return `${BOM}${body}\r\n`;
}
