// Text below a header → well-formed records with their physical line numbers. The part of the
// CSV reading that the canonical fast path shares with the full importer (csv.ts finds the
// header and reads tables people made; this module is all the first view needs).
//
// - Line ends: CR (old Mac Excel), LF, CRLF or any mix are all one line break, as a text editor
//   counts them; the text is normalised to LF once, so Papa Parse never guesses a line end.
// - Every record must have as many fields as the header: more or fewer is an error at its line,
//   never a value read from the wrong field (an unquoted `87,26` in a comma file is two fields).
// - A quote where RFC 4180 allows none (inside an unquoted field, after a closing quote) is an
//   error: Papa Parse keeps such quotes as text, which would store a different value.

import Papa from 'papaparse';
import { issue, type ImportIssue, type IssueParams } from './issues';
import { PLAIN_NUMBER } from './text';

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Called for each well-formed record below the header with its physical line (1-based). */
export type RecordVisitor = (cells: string[], line: number) => void;

/**
 * One record's cells, read where they stand: a line without quotes is never cut into an array of
 * strings (a million records made eleven million strings and a million arrays for the GC). The
 * object is reused from record to record: nothing may keep it.
 */
export interface Cells {
  /** How many fields the record has. */
  readonly length: number;
  /** The cell as the file has it ('' past the end). */
  raw(ix: number): string;
  /** The cell without the white space around it (String.prototype.trim). */
  trimmed(ix: number): string;
  /**
   * The number a cell of the canonical form holds (`-?digits(.digits)?` with nothing around it),
   * exactly as `Number` reads it; NaN for anything else, an empty cell included.
   */
  plain(ix: number): number;
  /** The cells as strings (made on demand). */
  toArray(): string[];
}

/** Called for each well-formed record below the header with its physical line (1-based). */
export type CellsVisitor = (cells: Cells, line: number) => void;

/** `Number(raw)` for a cell matching PLAIN_NUMBER, NaN for any other. */
function plainNumber(raw: string): number {
  return PLAIN_NUMBER.test(raw) ? Number(raw) : NaN;
}

/** A record Papa Parse cut into strings (lines with quotes). */
class ArrayCells implements Cells {
  cells: string[] = [];
  get length(): number {
    return this.cells.length;
  }
  raw(ix: number): string {
    return this.cells[ix] ?? '';
  }
  trimmed(ix: number): string {
    return (this.cells[ix] ?? '').trim();
  }
  plain(ix: number): number {
    return plainNumber(this.trimmed(ix));
  }
  toArray(): string[] {
    return this.cells;
  }
}

/** Powers of ten that are exact doubles (up to 1e22). */
const TENS = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * A record of a line without quotes, read in place: where each field starts and ends in the
 * piece's text. Strings are made only for the cells asked for.
 */
class LineCells implements Cells {
  text = '';
  /** Where the line starts and ends (its line end excluded). */
  from = 0;
  to = 0;
  length = 0;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  constructor(
    fields: number,
    private readonly delimiter: string,
  ) {
    this.starts = new Int32Array(fields);
    this.ends = new Int32Array(fields);
  }
  raw(ix: number): string {
    if (ix < 0 || ix >= this.length || ix >= this.starts.length) return '';
    return this.text.slice(this.starts[ix], this.ends[ix]);
  }
  trimmed(ix: number): string {
    if (ix < 0 || ix >= this.length || ix >= this.starts.length) return '';
    const s = this.starts[ix] ?? 0;
    const e = this.ends[ix] ?? 0;
    if (s === e) return '';
    const text = this.text;
    // Only a cell that starts or ends with a space (or a character that may be one) needs trim.
    const a = text.charCodeAt(s);
    const b = text.charCodeAt(e - 1);
    const cell = text.slice(s, e);
    return a <= 32 || a >= 0x80 || b <= 32 || b >= 0x80 ? cell.trim() : cell;
  }
  plain(ix: number): number {
    if (ix < 0 || ix >= this.length || ix >= this.starts.length) return NaN;
    const text = this.text;
    let i = this.starts[ix] ?? 0;
    const e = this.ends[ix] ?? 0;
    const negative = text.charCodeAt(i) === 45; // '-'
    if (negative) i++;
    // Digits as one integer and the count after the point: an integer below 2^53 divided by an
    // exact power of ten is one correctly rounded division, which is what Number gives. Longer
    // numbers are left to Number.
    let m = 0;
    let digits = 0;
    let decimals = -1;
    for (; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        m = m * 10 + (c - 48);
        digits++;
        if (decimals >= 0) decimals++;
      } else if (c === 46 && decimals < 0 && digits > 0) decimals = 0;
      else return plainNumber(this.trimmed(ix));
    }
    if (digits === 0 || decimals === 0) return NaN;
    if (digits > 15) return plainNumber(this.trimmed(ix));
    const v = decimals > 0 ? m / (TENS[decimals] ?? 1) : m;
    return negative ? -v : v;
  }
  toArray(): string[] {
    return this.text.slice(this.from, this.to).split(this.delimiter);
  }
}

export interface RecordStats {
  issues: ImportIssue[];
  /** Records handed to the visitor (blank lines and refused records not counted). */
  records: number;
}

/** CR, LF and CRLF all become LF. */
export function normaliseLineEnds(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The record starting at `offset`, read strictly as RFC 4180 says: a quote opens a field or
 * closes it (doubled inside), nowhere else. Returns the cells, or the 1-based field where a quote
 * stands where none may.
 */
export function strictRecord(
  text: string,
  offset: number,
  delimiter: string,
): { ok: true; cells: string[] } | { ok: false; field: number } {
  const cells: string[] = [];
  let i = offset;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) return { ok: false, field: cells.length + 1 };
        cell += text.slice(i, q);
        if (text[q + 1] === '"') {
          cell += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n') {
        return { ok: false, field: cells.length + 1 };
      }
    } else {
      let end = i;
      while (end < text.length && text[end] !== delimiter && text[end] !== '\n') end++;
      cell = text.slice(i, end);
      if (cell.includes('"')) return { ok: false, field: cells.length + 1 };
      i = end;
    }
    cells.push(cell);
    if (text[i] !== delimiter) return { ok: true, cells };
    i++;
  }
}

/** Pieces of `body` of about `size` characters, cut at line ends outside quotes. */
export function sliceLines(body: string, size: number): string[] {
  const out: string[] = [];
  let start = 0;
  let quotes = 0;
  let counted = 0;
  while (start < body.length) {
    let cut = body.indexOf('\n', Math.min(body.length, start + size));
    for (;;) {
      const end = cut < 0 ? body.length : cut;
      for (let i = body.indexOf('"', counted); i >= 0 && i < end; i = body.indexOf('"', i + 1)) {
        quotes++;
      }
      counted = end;
      if (cut < 0 || quotes % 2 === 0) break;
      cut = body.indexOf('\n', cut + 1);
    }
    const end = cut < 0 ? body.length : cut + 1;
    out.push(body.slice(start, end));
    start = end;
    counted = Math.max(counted, end);
  }
  return out;
}

const CHUNK_CHARS = 1 << 20;

export interface StreamOptions {
  onProgress?: (fraction: number) => void;
  /** A record that is another header (two files pasted together) is refused. */
  isHeaderLike?: (cells: Cells) => boolean;
  /** More facts for a record of the wrong length (the decimal-comma hint of readTable). */
  fieldCountHint?: (cells: readonly string[]) => IssueParams | null;
  /** About how many characters each piece holds (tests cut small pieces). */
  pieceChars?: number;
}

const isBlank = (cells: Cells): boolean => {
  // Almost every record starts with a value: decided on the first cell's first character.
  const first = cells.raw(0);
  if (first !== '' && first.charCodeAt(0) > 32) return false;
  for (const c of cells.toArray()) if (c.trim() !== '') return false;
  return true;
};

/**
 * Streams `body` (the text below the header, line ends already LF) with a known delimiter,
 * handing on only records with `fields` fields, as arrays of strings.
 */
export function streamRecords(
  body: string,
  delimiter: Delimiter,
  firstLine: number,
  fields: number,
  visit: RecordVisitor,
  opts: StreamOptions = {},
): RecordStats {
  return streamCells(
    body,
    delimiter,
    firstLine,
    fields,
    (c, line) => visit(c.toArray(), line),
    opts,
  );
}

/**
 * Streams `body` (the text below the header, line ends already LF) with a known delimiter,
 * handing on only records with `fields` fields. Line numbers count physical lines: a quoted cell
 * with line breaks moves the next record down.
 *
 * The body is read in pieces cut at line ends outside quotes. A piece without a quote is cut at
 * its delimiters and line ends, which is all Papa Parse does with such text (records.property.test.ts
 * holds the two to the same records, lines, issues and values); a piece with quotes goes
 * through Papa Parse and the strict RFC 4180 check.
 */
export function streamCells(
  body: string,
  delimiter: Delimiter,
  firstLine: number,
  fields: number,
  visit: CellsVisitor,
  opts: StreamOptions = {},
): RecordStats {
  let records = 0;
  const issues: ImportIssue[] = [];
  let line = firstLine;
  let done = 0;

  // Where a physical line starts in `body`, found on demand (records come in order).
  let cursorLine = firstLine;
  let cursorOffset = 0;
  let cursorBase = 0;
  const offsetOfLine = (target: number): number => {
    while (cursorLine < target && cursorOffset >= 0) {
      cursorOffset = body.indexOf('\n', cursorOffset);
      if (cursorOffset >= 0) cursorOffset++;
      cursorLine++;
    }
    return cursorOffset < 0 ? body.length : cursorOffset;
  };
  /** The checks every record passes before it is visited (`quoted`: it had quotes). */
  const handOn = (cells: Cells, at: number, quoted: boolean): void => {
    if (isBlank(cells)) return;
    if (cells.length !== fields) {
      const hint = opts.fieldCountHint?.(cells.toArray()) ?? null;
      issues.push(
        issue('error', 'field-count', at, { found: cells.length, expected: fields, ...hint }),
      );
      return;
    }
    if (quoted) {
      const strict = strictRecord(body, offsetOfLine(at), delimiter);
      if (!strict.ok) {
        issues.push(issue('error', 'csv-syntax', at, { reason: 'stray-quote' }, strict.field));
        return;
      }
    }
    if (opts.isHeaderLike?.(cells)) {
      issues.push(issue('error', 'repeated-header', at));
      return;
    }
    records++;
    visit(cells, at);
  };

  const plain = new LineCells(fields, delimiter);
  const scanPiece = (piece: string): void => {
    plain.text = piece;
    const { starts, ends } = plain;
    const size = piece.length;
    let pos = 0;
    while (pos < size) {
      let nl = piece.indexOf('\n', pos);
      if (nl < 0) nl = size;
      let n = 0;
      let s = pos;
      for (;;) {
        let d = piece.indexOf(delimiter, s);
        if (d < 0 || d > nl) d = nl;
        if (n < fields) {
          starts[n] = s;
          ends[n] = d;
        }
        n++;
        if (d === nl) break;
        s = d + 1;
      }
      plain.from = pos;
      plain.to = nl;
      plain.length = n;
      handOn(plain, line, false);
      line++;
      pos = nl + 1;
    }
  };

  const config: Papa.ParseConfig<string[]> = {
    delimiter,
    newline: '\n',
    header: false,
    skipEmptyLines: false,
  };
  const parsed = new ArrayCells();
  const parsePiece = (piece: string): void => {
    // The cursor looks lines up in `body`: it starts where this piece's first line is.
    if (cursorLine < line) {
      cursorLine = line;
      cursorOffset = cursorBase;
    }
    const res = Papa.parse<string[]>(piece, config);
    const data = res.data;
    // Papa reads the empty line after a piece's last line end as a record: it is not one.
    const last = data[data.length - 1];
    const count =
      piece.endsWith('\n') && last?.length === 1 && last[0] === '' ? data.length - 1 : data.length;
    const lines = res.errors.length > 0 ? new Array<number>(data.length) : null;
    const bad = res.errors.length > 0 ? new Set<number>() : null;
    for (const e of res.errors) if (e.row !== undefined) bad?.add(e.row);
    for (let i = 0; i < count; i++) {
      const cells = data[i] ?? [];
      const at = line;
      if (lines) lines[i] = at;
      let span = 1;
      let quoted = false;
      for (const c of cells) {
        if (c.includes('\n')) span += countNewlines(c);
        if (c.includes('"')) quoted = true;
      }
      line += span;
      if (bad?.has(i)) continue;
      parsed.cells = cells;
      handOn(parsed, at, quoted);
    }
    for (const e of res.errors) {
      const at = lines && e.row !== undefined ? (lines[e.row] ?? line) : line;
      issues.push(issue('error', 'csv-syntax', at, { reason: 'quote', papa: e.code }));
    }
  };

  for (const piece of sliceLines(body, opts.pieceChars ?? CHUNK_CHARS)) {
    if (piece.indexOf('"') < 0) scanPiece(piece);
    else parsePiece(piece);
    done += piece.length;
    cursorBase = done;
    opts.onProgress?.(Math.min(1, done / Math.max(1, body.length)));
  }
  return { issues, records };
}
