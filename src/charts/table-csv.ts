// "CSV" under a chart: the numbers of the chart's own table (the one under "Xem dạng bảng"), so
// the file holds exactly what the chart shows. Written as the data export writes files (UTF-8
// with a BOM, comma-delimited, formula-like text escaped), numbers as plain numbers: "92,57 %"
// and "92.57%" are both 92.57, "−2,64" is -2.64. Anything else stays the text shown ("3/63 (chính
// thức)", "13,52 / 16"). Loaded on first use.

import Papa from 'papaparse';
import { escapeFormula } from '../domain/text';
import type { Lang } from '../shared/i18n';

const NUMBER: Record<Lang, RegExp> = {
  vi: /^([+\-−±]?)(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?\s?%?$/,
  en: /^([+\-−±]?)(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?%?$/,
};

/** A cell as shown, as a spreadsheet should read it: a number when it is one, else the text. */
export function csvCell(shown: string, lang: Lang): string {
  const text = shown.replace(/[\u00a0\u202f]/g, ' ').trim();
  const m = NUMBER[lang].exec(text);
  if (!m) return text === '—' ? '' : escapeFormula(text);
  const [, sign = '', whole = '', fraction] = m;
  const digits = `${whole.replace(/[.,]/g, '')}${fraction ? `.${fraction}` : ''}`;
  const negative = sign === '-' || sign === '−';
  return String(Number(`${negative ? '-' : ''}${digits}`));
}

/** The rows of a table (head and body, a row's header cell first) as CSV text with a BOM. */
export function tableCsv(table: HTMLTableElement, lang: Lang): string {
  const rows = [...table.rows].map((tr) =>
    [...tr.cells].map((c) => csvCell(c.textContent ?? '', lang)),
  );
  return `\ufeff${Papa.unparse(rows, { newline: '\r\n' })}\r\n`;
}
