// Cell-level conversions: where a CSV cell becomes a key, a number or "no value".

/**
 * Folds a header or a name for matching: case, Vietnamese diacritics (đ → d), NBSP, underscores and
 * runs of spaces do not matter. `"  Mã_ĐVHC "` → `"ma dvhc"`.
 */
export function foldKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\u00a0_]+/g, ' ')
    .trim();
}

/** Excel's and people's ways of writing "no value". Never read as 0. */
const PLACEHOLDERS = new Set([
  '',
  '-',
  '--',
  '—',
  '–',
  'n/a',
  'na',
  '#n/a',
  '#div/0!',
  '#value!',
  '#ref!',
  '#name?',
  '#num!',
  '#null!',
  'null',
  'x',
  'k/c',
  'kxd',
  'không có',
  'chưa có',
]);

export type NumberCell =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const EMPTY: NumberCell = { kind: 'empty' };
const INVALID: NumberCell = { kind: 'invalid' };
/** A number as the canonical files write it (what `Number` reads exactly as parseNumberCell does). */
export const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * `87.26`, `87,26`, `91,43%`, `1 234,5` and `1.234,5` are numbers; placeholders are empty.
 * With both separators the last one is the decimal mark.
 */
export function parseNumberCell(raw: string): NumberCell {
  // Fast path: the canonical form.
  if (PLAIN_NUMBER.test(raw)) return { kind: 'number', value: Number(raw) };
  let s = raw.replace(/[\s\u00a0\u202f]+/g, '');
  if (PLACEHOLDERS.has(s.toLowerCase())) return EMPTY;
  if (s.endsWith('%')) s = s.slice(0, -1);
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma >= 0) {
    if (s.indexOf(',') !== lastComma) return INVALID;
    s = s.replace(',', '.');
  }
  if (!PLAIN_NUMBER.test(s)) return INVALID;
  return { kind: 'number', value: Number(s) };
}

/** Excel turns long digit strings into `9,96E+03`; the digits that were lost cannot be recovered. */
export const SCIENTIFIC = /^\d+([.,]\d+)?e[+-]?\d+$/i;

/**
 * CSV injection. A cell that starts with = + - @ is a formula to a spreadsheet. Excel on
 * Vietnamese Windows splits a comma file on `;` (and every Excel on tabs), so any piece of a text
 * field that follows `,` `;` a tab or a line break can become a cell of its own: each such piece
 * that starts with a trigger gets an apostrophe (Excel's "this is text" mark) in front.
 * Reversible: a piece already starting with apostrophes and a trigger gets one more, and the
 * importer takes exactly one away, so export → import gives back the same text.
 */
const PIECE_TRIGGER = /(^|[,;\t\r\n])('*[=+\-@])/g;
const PIECE_ESCAPED = /(^|[,;\t\r\n])'('*[=+\-@])/g;

/** Prefixes an apostrophe to every piece Excel could run as a formula. */
export function escapeFormula(text: string): string {
  return text.replace(PIECE_TRIGGER, "$1'$2");
}

/** Undoes `escapeFormula` on import. */
export function unescapeFormula(text: string): string {
  return text.indexOf("'") < 0 ? text : text.replace(PIECE_ESCAPED, '$1$2');
}

/** A link target only for http and https (an uploaded source could say `javascript:`). */
export function safeHref(source: string): string | null {
  return /^https?:\/\/[^\s]+$/i.test(source.trim()) ? source.trim() : null;
}
