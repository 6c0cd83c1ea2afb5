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

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Called for each well-formed record below the header with its physical line (1-based). */
export type RecordVisitor = (cells: string[], line: number) => void;

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
  isHeaderLike?: (cells: string[]) => boolean;
  /** More facts for a record of the wrong length (the decimal-comma hint of readTable). */
  fieldCountHint?: (cells: readonly string[]) => IssueParams | null;
}

const isBlank = (cells: readonly string[]): boolean => {
  // Almost every record starts with a value: decided on the first cell, without a loop.
  const first = cells[0];
  if (first !== undefined && first !== '' && first.charCodeAt(0) > 32) return false;
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
};

/**
 * Streams `body` (the text below the header, line ends already LF) through Papa Parse with a
 * known delimiter, handing on only records with `fields` fields. Line numbers count physical
 * lines: a quoted cell with line breaks moves the next record down.
 */
export function streamRecords(
  body: string,
  delimiter: Delimiter,
  firstLine: number,
  fields: number,
  visit: RecordVisitor,
  opts: StreamOptions = {},
): RecordStats {
  let records = 0;
  const issues: ImportIssue[] = [];
  const mayHaveQuotes = body.includes('"');
  let line = firstLine;
  // Where a physical line starts in `body`, found on demand (records come in order).
  let cursorLine = firstLine;
  let cursorOffset = 0;
  const offsetOfLine = (target: number): number => {
    while (cursorLine < target && cursorOffset >= 0) {
      cursorOffset = body.indexOf('\n', cursorOffset);
      if (cursorOffset >= 0) cursorOffset++;
      cursorLine++;
    }
    return cursorOffset < 0 ? body.length : cursorOffset;
  };
  const config: Papa.ParseConfig<string[]> = {
    delimiter,
    newline: '\n',
    header: false,
    skipEmptyLines: false,
  };
  let done = 0;
  {
    const onPiece = (res: Papa.ParseResult<string[]>, endsWithNewline: boolean): void => {
      const data = res.data;
      // Papa reads the empty line after a piece's last line end as a record: it is not one.
      const count =
        endsWithNewline &&
        data.length > 0 &&
        data[data.length - 1]?.length === 1 &&
        data[data.length - 1]?.[0] === ''
          ? data.length - 1
          : data.length;
      const lines = res.errors.length > 0 ? new Array<number>(data.length) : null;
      const bad = res.errors.length > 0 ? new Set<number>() : null;
      for (const e of res.errors) if (e.row !== undefined) bad?.add(e.row);
      for (let i = 0; i < count; i++) {
        const cells = data[i] ?? [];
        const at = line;
        if (lines) lines[i] = at;
        let span = 1;
        let quoted = false;
        if (mayHaveQuotes) {
          for (const c of cells) {
            if (c.includes('\n')) span += countNewlines(c);
            if (c.includes('"')) quoted = true;
          }
        }
        line += span;
        if (bad?.has(i)) continue;
        if (isBlank(cells)) continue;
        if (cells.length !== fields) {
          const hint = opts.fieldCountHint?.(cells) ?? null;
          issues.push(
            issue('error', 'field-count', at, { found: cells.length, expected: fields, ...hint }),
          );
          continue;
        }
        if (quoted) {
          const strict = strictRecord(body, offsetOfLine(at), delimiter);
          if (!strict.ok) {
            issues.push(issue('error', 'csv-syntax', at, { reason: 'stray-quote' }, strict.field));
            continue;
          }
        }
        if (opts.isHeaderLike?.(cells)) {
          issues.push(issue('error', 'repeated-header', at));
          continue;
        }
        records++;
        visit(cells, at);
      }
      opts.onProgress?.(Math.min(1, done / Math.max(1, body.length)));
      for (const e of res.errors) {
        const at = lines && e.row !== undefined ? (lines[e.row] ?? line) : line;
        issues.push(issue('error', 'csv-syntax', at, { reason: 'quote', papa: e.code }));
      }
    };
    // Pieces cut at line ends outside quotes, each parsed on its own: every piece's strings are
    // garbage once its records are visited. (Papa's own chunked streaming parses each chunk
    // from inside the previous one's call, so every chunk's text stays alive to the end: the
    // whole file copied once more through the young generation.)
    for (const piece of sliceLines(body, CHUNK_CHARS)) {
      done += piece.length;
      onPiece(Papa.parse<string[]>(piece, config), piece.endsWith('\n'));
    }
  }
  return { issues, records };
}
