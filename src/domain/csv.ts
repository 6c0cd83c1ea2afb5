// Text → records with their physical line numbers.
//
// The delimiter is found from the header line only and handed to Papa Parse explicitly: its own
// guess looks at data lines and, on a `;` file full of decimal commas, silently picks `,`. Every
// cell stays a string (no dynamicTyping: it turns `01` into 1 and leaves `87,26` as text).
// The header may sit below title rows; we score each of the first lines against the known column
// names and take the best.

import Papa from 'papaparse';
import { issue, type ImportIssue } from './issues';

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Called for each record below the header with its physical line (1-based). */
export type RecordVisitor = (cells: string[], line: number) => void;

export interface Table {
  delimiter: Delimiter;
  headerLine: number;
  header: string[];
  /** Lines above the header (a report title, a date). */
  titleLines: number;
  issues: ImportIssue[];
  /**
   * Streams the records below the header. Records are parsed in chunks and not kept, so a 57 MB
   * file never holds a million arrays at once. Returns the CSV syntax problems found.
   */
  forEachRecord(visit: RecordVisitor): ImportIssue[];
}

export type TableResult = { ok: true; table: Table } | { ok: false; issues: ImportIssue[] };

const HEADER_SCAN_LINES = 30;
const MAX_HEADER_SPAN = 5;

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
  /** Physical lines the header takes (more than one when a header cell has a line break). */
  span: number;
  delimiter: Delimiter;
  score: number;
  cells: string[];
  /** Character offset where the line after the header starts. */
  bodyStart: number;
}

/**
 * Finds the header among the first lines: the (line, delimiter) whose cells `scoreHeader`
 * recognises most. Ties go to the earlier line.
 */
export function findHeader(
  text: string,
  scoreHeader: (cells: string[]) => number,
  forced?: Delimiter,
): HeaderGuess | null {
  // Physical lines with their end offsets, for the first lines only.
  const lines: { text: string; next: number }[] = [];
  for (let start = 0; lines.length < HEADER_SCAN_LINES + MAX_HEADER_SPAN && start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lines.push({ text: text.slice(start, end).replace(/\r$/, ''), next: end + 1 });
    start = end + 1;
  }
  const quotes = (s: string): number => s.split('"').length - 1;
  let best: HeaderGuess | null = null;
  for (let i = 0; i < Math.min(lines.length, HEADER_SCAN_LINES); i++) {
    const first = lines[i];
    if (!first || first.text.trim() === '') continue;
    // A header cell wrapped in Excel (Alt+Enter) is quoted and spans lines: join them.
    let line = first.text;
    let span = 1;
    while (quotes(line) % 2 === 1 && span < MAX_HEADER_SPAN && lines[i + span]) {
      line += `\n${lines[i + span]?.text ?? ''}`;
      span++;
    }
    if (quotes(line) % 2 === 1) {
      line = first.text;
      span = 1;
    }
    const bodyStart = lines[i + span - 1]?.next ?? text.length;
    for (const d of forced ? [forced] : DELIMITERS) {
      if (!line.includes(d)) continue;
      const cells = splitLine(line, d);
      const score = scoreHeader(cells);
      if (score >= 2 && (!best || score > best.score)) {
        best = { line: i + 1, span, delimiter: d, score, cells, bodyStart };
      }
    }
  }
  return best;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

const CHUNK_CHARS = 1 << 20;

/**
 * Streams `body` (the text below the header) through Papa Parse with a known delimiter.
 * Line numbers count physical lines: a quoted cell with line breaks moves the next record down.
 */
export function streamRecords(
  body: string,
  delimiter: Delimiter,
  firstLine: number,
  visit: RecordVisitor,
  onProgress?: (fraction: number) => void,
): ImportIssue[] {
  let chunks = 0;
  const issues: ImportIssue[] = [];
  const mayHaveEmbeddedNewlines = body.includes('"');
  let line = firstLine;
  // Papa Parse streams strings in chunks too (synchronously), though its typings say files only.
  const config: Papa.ParseConfig<string[]> & {
    chunkSize: number;
    chunk: (res: Papa.ParseResult<string[]>) => void;
  } = {
    delimiter,
    header: false,
    skipEmptyLines: false,
    chunkSize: CHUNK_CHARS,
    chunk: (res: Papa.ParseResult<string[]>) => {
      const data = res.data;
      const lines = res.errors.length > 0 ? new Array<number>(data.length) : null;
      for (let i = 0; i < data.length; i++) {
        const cells = data[i] ?? [];
        if (lines) lines[i] = line;
        visit(cells, line);
        let span = 1;
        if (mayHaveEmbeddedNewlines) {
          for (const c of cells) if (c.includes('\n')) span += countNewlines(c);
        }
        line += span;
      }
      chunks++;
      onProgress?.(Math.min(1, (chunks * CHUNK_CHARS) / Math.max(1, body.length)));
      for (const e of res.errors) {
        // Papa reports ragged rows only in header mode; what is left is quoting trouble.
        const at = lines && e.row !== undefined ? (lines[e.row] ?? line) : line;
        issues.push(
          issue(
            'error',
            'csv-syntax',
            at,
            `Lỗi cú pháp CSV: dấu ngoặc kép (") không được đóng hoặc đặt sai chỗ (${e.code}).`,
            `CSV syntax error: a double quote (") is not closed or is misplaced (${e.code}).`,
          ),
        );
      }
    },
  };
  Papa.parse(body, config);
  return issues;
}

export function readTable(
  text: string,
  scoreHeader: (cells: string[]) => number,
  forced?: Delimiter,
  onProgress?: (fraction: number) => void,
): TableResult {
  const guess = findHeader(text, scoreHeader, forced);
  if (!guess) {
    return {
      ok: false,
      issues: [
        issue(
          'error',
          'no-header',
          1,
          'Không tìm thấy dòng tiêu đề cột (ví dụ: "Mã ĐVHC;Năm;Chỉ số;Điểm"). Dòng tiêu đề phải nằm trong 30 dòng đầu và cách nhau bằng dấu phẩy, chấm phẩy hoặc tab.',
          'No header row found (e.g. "unit_code,year,index,score"). It must be within the first 30 lines, separated by commas, semicolons or tabs.',
        ),
      ],
    };
  }
  const issues: ImportIssue[] = [];
  if (guess.line > 1) {
    issues.push(
      issue(
        'warning',
        'title-rows',
        1,
        `Bỏ qua ${guess.line - 1} dòng tiêu đề phía trên; tiêu đề cột ở dòng ${guess.line}.`,
        `Skipped ${guess.line - 1} title line(s); the column header is on line ${guess.line}.`,
      ),
    );
  }
  const body = text.slice(guess.bodyStart);
  return {
    ok: true,
    table: {
      delimiter: guess.delimiter,
      headerLine: guess.line,
      header: guess.cells.map((c) => c.trim()),
      titleLines: guess.line - 1,
      issues,
      forEachRecord: (visit) =>
        streamRecords(body, guess.delimiter, guess.line + guess.span, visit, onProgress),
    },
  };
}
