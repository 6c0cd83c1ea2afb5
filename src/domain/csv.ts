// Text → records with their physical line numbers.
//
// Trust starts here: a record is handed on only when it is exactly what the file says.
// - Line ends: CR (old Mac Excel), LF, CRLF or any mix are all one line break, as a text editor
//   counts them; the text is normalised to LF once, so Papa Parse never guesses a line end (its
//   guess from the first line folds every other kind of line into the row before it).
// - The delimiter is found from the header line only and handed to Papa Parse explicitly: its own
//   guess looks at data lines and, on a `;` file full of decimal commas, silently picks `,`.
// - Every record must have as many fields as the header: more or fewer is an error at its line,
//   never a value read from the wrong field (an unquoted `87,26` in a comma file is two fields).
// - A quote where RFC 4180 allows none (inside an unquoted field, after a closing quote) is an
//   error: Papa Parse keeps such quotes as text, which would store a different value.
// - The header may sit below title rows, may be a two-row header (cells merged in Excel), and the
//   user may say which line it is. Every cell stays a string (no dynamicTyping: it turns `01` into 1).

import { issue, type ImportIssue } from './issues';
import {
  normaliseLineEnds,
  streamCells,
  streamRecords,
  type Cells,
  type CellsVisitor,
  type StreamOptions,
  type Delimiter,
  DELIMITERS,
  type RecordStats,
  type RecordVisitor,
} from './records';

export type { Delimiter } from './records';

export interface Table {
  delimiter: Delimiter;
  headerLine: number;
  /** Physical lines the header takes (two for a two-row header, more for wrapped cells). */
  headerSpan: number;
  header: string[];
  /** Lines above the header (a report title, a date). */
  titleLines: number;
  issues: ImportIssue[];
  /**
   * Streams the records below the header. Records are parsed in chunks and not kept, so a 57 MB
   * file never holds a million arrays at once.
   */
  forEachRecord(visit: RecordVisitor): RecordStats;
  /** The same records read in place (see Cells): what the score importer reads. */
  forEachCells(visit: CellsVisitor): RecordStats;
}

export type TableResult = { ok: true; table: Table } | { ok: false; issues: ImportIssue[] };

const HEADER_SCAN_LINES = 30;
const MAX_HEADER_SPAN = 5;
/** A line with more cells than this is no header (and is not scored cell by cell). */
const MAX_HEADER_CELLS = 1000;

/** Splits one line on a delimiter, honouring double quotes. Only used for header detection. */
export function splitLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else cur += ch;
    } else if (ch === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (ch === delimiter) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export interface HeaderGuess {
  line: number;
  /** Physical lines the header takes. */
  span: number;
  delimiter: Delimiter;
  score: number;
  cells: string[];
  /** Character offset where the line after the header starts. */
  bodyStart: number;
}

/** A two-row header: each column's lower cell, or the upper one where Excel merged it down. */
function combineRows(top: readonly string[], bottom: readonly string[]): string[] | null {
  if (top.length !== bottom.length) return null;
  let fromTop = 0;
  let fromBottom = 0;
  const out = top.map((t, i) => {
    const b = bottom[i] ?? '';
    if (b.trim() !== '') {
      fromBottom++;
      return b;
    }
    if (t.trim() !== '') fromTop++;
    return t;
  });
  return fromTop > 0 && fromBottom > 0 ? out : null;
}

interface PhysicalLine {
  text: string;
  next: number;
}

/** The logical line starting at physical line i: quoted cells may wrap (Alt+Enter in Excel). */
function logicalLine(lines: readonly PhysicalLine[], i: number): { text: string; span: number } {
  const quotes = (s: string): number => s.split('"').length - 1;
  const first = lines[i]?.text ?? '';
  let text = first;
  let span = 1;
  while (quotes(text) % 2 === 1 && span < MAX_HEADER_SPAN && lines[i + span]) {
    text += `\n${lines[i + span]?.text ?? ''}`;
    span++;
  }
  return quotes(text) % 2 === 1 ? { text: first, span: 1 } : { text, span };
}

/**
 * Finds the header among the first lines: the (line, delimiter) whose cells `scoreHeader`
 * recognises most, alone or combined with the next line (a two-row header). Ties go to the
 * earlier line and to one row. With `forcedLine`, only that line is considered.
 */
export function findHeader(
  text: string,
  scoreHeader: (cells: string[]) => number,
  forced?: Delimiter,
  forcedLine?: number,
): HeaderGuess | null {
  const lines: PhysicalLine[] = [];
  const scan = Math.max(HEADER_SCAN_LINES, forcedLine ?? 0) + 2 * MAX_HEADER_SPAN;
  for (let start = 0; lines.length < scan && start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ text: text.slice(start, end), next: end + 1 });
    start = end + 1;
  }
  let best: HeaderGuess | null = null;
  const from = forcedLine !== undefined ? forcedLine - 1 : 0;
  const to = forcedLine !== undefined ? forcedLine : Math.min(lines.length, HEADER_SCAN_LINES);
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const first = lines[i];
    if (!first || (first.text.trim() === '' && forcedLine === undefined)) continue;
    const top = logicalLine(lines, i);
    const below = lines[i + top.span] ? logicalLine(lines, i + top.span) : null;
    for (const d of forced ? [forced] : DELIMITERS) {
      if (!top.text.includes(d) && forcedLine === undefined) continue;
      const cells = splitLine(top.text, d);
      if (cells.length > MAX_HEADER_CELLS) continue;
      const minimum = forcedLine !== undefined ? 0 : 2;
      const consider = (c: string[], span: number): void => {
        const score = scoreHeader(c);
        if (score >= minimum && (!best || score > best.score)) {
          const bodyStart = lines[i + span - 1]?.next ?? text.length;
          best = { line: i + 1, span, delimiter: d, score, cells: c, bodyStart };
        }
      };
      consider(cells, top.span);
      if (below) {
        const joined = combineRows(cells, splitLine(below.text, d));
        if (joined) consider(joined, top.span + below.span);
      }
    }
  }
  return best;
}

/**
 * `87` and `26` side by side where there is one field too many: a decimal comma read as a
 * delimiter. The pair must stand where the header has a number column, when we know which.
 */
function splitDecimal(
  cells: readonly string[],
  numberColumn?: (field: number) => boolean,
): { value: string; field: number } | null {
  for (let i = cells.length - 2; i >= 0; i--) {
    const a = (cells[i] ?? '').trim();
    const b = (cells[i + 1] ?? '').trim();
    if (!/^-?\d+$/.test(a) || !/^\d+\s?%?$/.test(b)) continue;
    if (numberColumn && !numberColumn(i)) continue;
    return { value: `${a},${b}`, field: i + 1 };
  }
  return null;
}

export interface ReadTableOptions {
  delimiter?: Delimiter;
  /** The header's physical line, when the user says (1-based). */
  headerRow?: number;
  onProgress?: (fraction: number) => void;
  /** Whether a header cell names a number column (score, rank, an indicator…). */
  numberHeader?: (header: string) => boolean;
}

export function readTable(
  raw: string,
  scoreHeader: (cells: string[]) => number,
  opts: ReadTableOptions = {},
): TableResult {
  const text = normaliseLineEnds(raw);
  const guess = findHeader(text, scoreHeader, opts.delimiter, opts.headerRow);
  if (!guess) {
    return {
      ok: false,
      issues: [
        issue(
          'error',
          'no-header',
          opts.headerRow ?? 1,
          opts.headerRow !== undefined ? { headerRow: opts.headerRow } : {},
        ),
      ],
    };
  }
  const issues: ImportIssue[] = [];
  if (guess.line > 1) {
    issues.push(
      issue('warning', 'title-rows', 1, { count: guess.line - 1, headerLine: guess.line }),
    );
  }
  const body = text.slice(guess.bodyStart);
  const header = guess.cells.map((c) => c.trim());
  const headerScore = guess.score;
  const exact = header.join('\u0000');
  const first = header[0] ?? '';
  const isHeaderLike = (record: Cells): boolean => {
    // A file pasted below another repeats its header: its first cell comes back. One string
    // comparison for every other record.
    if (record.trimmed(0) !== first) return false;
    const cells = record.toArray();
    for (const c of cells) if (/\d/.test(c)) return false;
    if (cells.map((c) => c.trim()).join('\u0000') === exact) return true;
    return headerScore >= 2 && scoreHeader(cells) >= Math.max(2, Math.ceil(headerScore / 2));
  };
  const streamOptions: StreamOptions = {
    isHeaderLike,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    fieldCountHint: (cells) => {
      if (guess.delimiter !== ',' || cells.length !== header.length + 1) return null;
      const hint = splitDecimal(cells, (f) => opts.numberHeader?.(header[f] ?? '') ?? true);
      return hint ? { splitValue: hint.value, splitField: hint.field } : null;
    },
  };
  const firstLine = guess.line + guess.span;
  return {
    ok: true,
    table: {
      delimiter: guess.delimiter,
      headerLine: guess.line,
      headerSpan: guess.span,
      header,
      titleLines: guess.line - 1,
      issues,
      forEachRecord: (visit) =>
        streamRecords(body, guess.delimiter, firstLine, header.length, visit, streamOptions),
      forEachCells: (visit) =>
        streamCells(body, guess.delimiter, firstLine, header.length, visit, streamOptions),
    },
  };
}
