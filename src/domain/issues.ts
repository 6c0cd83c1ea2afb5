// Errors are values: every problem an import finds is one of these, with its place, a code and the
// facts the sentence needs (`params`). The sentences themselves live in one catalogue per
// language (src/shared/issue-messages.ts), used by the interface and the command line alike, so
// the domain says what is wrong and never how to phrase it.

export type Severity = 'error' | 'warning';

export type IssueCode =
  | 'empty-file'
  | 'excel-workbook'
  | 'pdf-file'
  | 'html-page'
  | 'binary-file'
  | 'nul-byte'
  | 'bad-utf8'
  | 'legacy-font'
  | 'mojibake'
  | 'no-header'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'title-rows'
  | 'summary-row'
  | 'field-count'
  | 'repeated-header'
  | 'csv-syntax'
  | 'no-rows'
  | 'bad-number'
  | 'bad-year'
  | 'bad-date'
  | 'bad-level'
  | 'bad-kind'
  | 'no-index'
  | 'unknown-index'
  | 'unknown-indicator'
  | 'unknown-unit'
  | 'ambiguous-unit'
  | 'code-restored'
  | 'scientific-code'
  | 'score-out-of-range'
  | 'rank-out-of-range'
  | 'empty-row'
  | 'duplicate-key'
  | 'components-sum'
  | 'missing-value'
  | 'overlapping-validity'
  | 'unknown-parent'
  | 'bad-code'
  | 'unknown-change-unit'
  | 'unknown-target'
  | 'internal-error';

/** A fact a message needs: text as written in the file, a number (formatted per language), a list. */
export type ParamValue = string | number | boolean | readonly string[];
export type IssueParams = Readonly<Record<string, ParamValue>>;

export interface ImportIssue {
  /** 1-based physical line; the header is line 1 of the table, title rows above it count too. */
  line: number;
  /** 1-based column number, when the problem is in one cell. */
  column: number | null;
  /** The column's header text as written in the file. */
  columnName: string | null;
  severity: Severity;
  code: IssueCode;
  params: IssueParams;
}

export function issue(
  severity: Severity,
  code: IssueCode,
  line: number,
  params: IssueParams = {},
  column: number | null = null,
  columnName: string | null = null,
): ImportIssue {
  return { line, column, columnName, severity, code, params };
}
