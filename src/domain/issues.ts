// Errors are values: every problem an import finds is one of these, with its place and a message in
// Vietnamese and English. The UI and the CLI render the list; nothing throws.

export type Severity = 'error' | 'warning';

export type IssueCode =
  | 'empty-file'
  | 'excel-workbook'
  | 'html-page'
  | 'binary-file'
  | 'legacy-font'
  | 'mojibake'
  | 'no-header'
  | 'unknown-kind'
  | 'missing-column'
  | 'unknown-column'
  | 'duplicate-column'
  | 'title-rows'
  | 'summary-row'
  | 'ragged-row'
  | 'csv-syntax'
  | 'bad-number'
  | 'bad-year'
  | 'bad-date'
  | 'bad-level'
  | 'bad-kind'
  | 'bad-index'
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
  | 'unknown-target';

export interface ImportIssue {
  /** 1-based physical line; the header is line 1 of the table, title rows above it count too. */
  line: number;
  /** 1-based column number, when the problem is in one cell. */
  column: number | null;
  /** The column's header text as written in the file. */
  columnName: string | null;
  severity: Severity;
  code: IssueCode;
  messageVi: string;
  messageEn: string;
}

export function issue(
  severity: Severity,
  code: IssueCode,
  line: number,
  messageVi: string,
  messageEn: string,
  column: number | null = null,
  columnName: string | null = null,
): ImportIssue {
  return { line, column, columnName, severity, code, messageVi, messageEn };
}

export const hasErrors = (issues: readonly ImportIssue[]): boolean =>
  issues.some((i) => i.severity === 'error');

export function byPosition(a: ImportIssue, b: ImportIssue): number {
  return a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
}
