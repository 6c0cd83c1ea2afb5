// Records of a scores file → validated long rows and the dataset they form.
// Long layout: one value per row (as scores.csv). Wide layout: one row per unit and year, one column
// per indicator. Every problem is collected with its line and column; rows with errors are left out,
// and the caller accepts the file only when there is no error at all.

import { matchIndicatorColumn, matchScoreColumn, type ScoreColumn } from './columns';
import type { RecordVisitor } from './csv';
import { DatasetBuilder, seriesKey, type Dataset } from './dataset';
import { issue, type ImportIssue, type IssueCode } from './issues';
import type { Indicator, ScoreRow } from './model';
import {
  componentsIn,
  indicatorIn,
  unitIn,
  unitsByStrippedCode,
  unitsNamed,
  type Registry,
} from './registry';
import { foldKey, parseNumberCell, SCIENTIFIC, unescapeFormula } from './text';

export type Layout = 'long' | 'wide';

export type ColumnTarget =
  | { kind: 'field'; field: ScoreColumn }
  | { kind: 'indicator'; index: string | null; code: string }
  | { kind: 'ignore' };

export interface ColumnMapping {
  /** 1-based. */
  column: number;
  header: string;
  target: ColumnTarget | null;
}

export interface ScoreImportOptions {
  /** The index for files that do not say it (wide files with "Tổng điểm", "D1"…). */
  index?: string;
  /** The year for files without a year column. */
  year?: number;
  /** Header text → what the user chose for it (overrides the automatic match). */
  columnMap?: Readonly<Record<string, ColumnTarget>>;
  /** The last year a score can be for (defaults to the current year). */
  maxYear?: number;
  /** The source given to rows whose file has no source (an upload names its file). */
  defaultSource?: string;
  /** Force the layout instead of deciding it from the columns. */
  layout?: Layout;
}

export interface ScoreImport {
  layout: Layout;
  columns: ColumnMapping[];
  dataset: Dataset;
  issues: ImportIssue[];
  skippedRows: number;
}

const MIN_YEAR = 2000;
const SUMMARY =
  /^(tong cong|tong so|tong|cong|trung binh|trung binh chung|binh quan|total|average|mean|sum)\b/;
const INDEX_ID = /^[A-Z][A-Z0-9_]*$/;
const TOTAL_NAMES = new Set(['total', 'tong', 'tong diem', 'chi so tong', 'tong chi so']);

export function mapColumns(
  header: readonly string[],
  reg: Registry,
  columnMap: Readonly<Record<string, ColumnTarget>> = {},
): ColumnMapping[] {
  return header.map((h, i) => {
    const chosen = columnMap[h];
    if (chosen) return { column: i + 1, header: h, target: chosen };
    const field = matchScoreColumn(h);
    if (field) return { column: i + 1, header: h, target: { kind: 'field', field } };
    const ind = matchIndicatorColumn(h, reg);
    if (ind) return { column: i + 1, header: h, target: { kind: 'indicator', ...ind } };
    return { column: i + 1, header: h, target: h.trim() === '' ? { kind: 'ignore' } : null };
  });
}

/** Per-file caches: 1 M rows name a few thousand units and indicators. */
interface Caches {
  years: Map<string, number | null>;
  /** year → code (and name) as written → resolution. */
  units: Map<number, Map<string, UnitResolution>>;
  /** index and year → indicator as written → indicator and its series key. */
  indicators: Map<string, Map<string, ResolvedIndicator | null>>;
  strings: Map<string, string>;
}

const BAD = Symbol('bad number');

interface ResolvedIndicator {
  ind: Indicator;
  key: string;
}
/** Cells that are unit codes need no summary-row check. */
const CODE_LIKE = /^(\d+|VN|vn)$/;

type UnitResolution =
  | { ok: true; code: string; restoredFrom?: string }
  | { ok: false; code: IssueCode; vi: string; en: string };

/**
 * A copy of `s` that does not point into the file's text. V8 makes substrings of 13 characters or
 * more as views on their parent, so keeping one source URL would keep the whole 57 MB text alive.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1).split('').join('');
}

function intern(c: Caches, s: string): string {
  const hit = c.strings.get(s);
  if (hit !== undefined) return hit;
  const own = detach(s);
  c.strings.set(own, own);
  return own;
}

function resolveUnitCode(reg: Registry, raw: string, year: number): UnitResolution {
  if (SCIENTIFIC.test(raw)) {
    return {
      ok: false,
      code: 'scientific-code',
      vi: `Mã "${raw}" đã bị Excel đổi sang dạng số mũ; không khôi phục được. Định dạng cột mã là Văn bản (Text) rồi nhập lại mã.`,
      en: `Code "${raw}" was turned into scientific notation by Excel and cannot be recovered. Format the code column as Text and re-enter the codes.`,
    };
  }
  const code = raw.toUpperCase() === 'VN' ? 'VN' : raw;
  if (unitIn(reg, code, year)) return { ok: true, code };
  if (/^\d+$/.test(code)) {
    const candidates = unitsByStrippedCode(reg, code, year);
    if (candidates.length === 1 && candidates[0]) {
      return { ok: true, code: candidates[0].code, restoredFrom: code };
    }
    if (candidates.length > 1) {
      const list = candidates.map((u) => `${u.code} ${u.name}`).join('; ');
      return {
        ok: false,
        code: 'ambiguous-unit',
        vi: `Mã "${code}" có thể là ${list} (Excel đã xoá số 0 ở đầu). Hãy ghi đủ mã.`,
        en: `Code "${code}" could be ${list} (Excel removed the leading zeros). Write the full code.`,
      };
    }
  }
  return {
    ok: false,
    code: 'unknown-unit',
    vi: `Không có đơn vị mã "${code}" trong danh mục năm ${year}.`,
    en: `No unit with code "${code}" exists in ${year}.`,
  };
}

function resolveUnitName(reg: Registry, name: string, year: number): UnitResolution {
  const found = unitsNamed(reg, name, year);
  if (found.length === 1 && found[0]) return { ok: true, code: found[0].code };
  if (found.length > 1) {
    return {
      ok: false,
      code: 'ambiguous-unit',
      vi: `Tên "${name}" ứng với nhiều đơn vị năm ${year} (${found.map((u) => `${u.code} ${u.name}`).join('; ')}). Hãy thêm cột mã ĐVHC.`,
      en: `Name "${name}" matches several units in ${year} (${found.map((u) => `${u.code} ${u.name}`).join('; ')}). Add a unit code column.`,
    };
  }
  return {
    ok: false,
    code: 'unknown-unit',
    vi: `Không có đơn vị tên "${name}" trong danh mục năm ${year}.`,
    en: `No unit named "${name}" exists in ${year}.`,
  };
}

function resolveIndicator(
  reg: Registry,
  index: string,
  raw: string,
  year: number,
): Indicator | null {
  const code = raw === '' ? 'TOTAL' : raw.toUpperCase();
  const direct = indicatorIn(reg, index, code, year);
  if (direct) return direct;
  const k = foldKey(raw);
  if (TOTAL_NAMES.has(k)) return indicatorIn(reg, index, 'TOTAL', year) ?? null;
  const prefix = /^([a-z]\d{1,2})\b/.exec(k)?.[1];
  if (prefix) {
    const byPrefix = indicatorIn(reg, index, prefix.toUpperCase(), year);
    if (byPrefix) return byPrefix;
  }
  for (const i of reg.indicatorsByName.get(k) ?? []) {
    if (i.index === index && indicatorIn(reg, index, i.code, year)) return i;
  }
  return null;
}

export function importScoreRecords(
  header: readonly string[],
  headerLine: number,
  forEachRecord: (visit: RecordVisitor) => ImportIssue[],
  reg: Registry,
  opts: ScoreImportOptions = {},
): ScoreImport {
  const issues: ImportIssue[] = [];
  const columns = mapColumns(header, reg, opts.columnMap);
  const maxYear = opts.maxYear ?? new Date().getFullYear();
  const defaultSource = opts.defaultSource ?? '';

  const fieldCol = new Map<ScoreColumn, number>();
  const indicatorCols: { col: number; header: string; index: string | null; code: string }[] = [];
  for (const m of columns) {
    const t = m.target;
    if (!t) {
      issues.push(
        issue(
          'warning',
          'unknown-column',
          headerLine,
          `Cột "${m.header}" không được nhận ra và sẽ bị bỏ qua.`,
          `Column "${m.header}" is not recognised and will be ignored.`,
          m.column,
          m.header,
        ),
      );
      continue;
    }
    if (t.kind === 'field') {
      if (fieldCol.has(t.field)) {
        issues.push(
          issue(
            'error',
            'duplicate-column',
            headerLine,
            `Cột "${m.header}" trùng ý nghĩa với một cột trước (${t.field}).`,
            `Column "${m.header}" means the same as an earlier column (${t.field}).`,
            m.column,
            m.header,
          ),
        );
      } else fieldCol.set(t.field, m.column - 1);
    } else if (t.kind === 'indicator') {
      indicatorCols.push({ col: m.column - 1, header: m.header, index: t.index, code: t.code });
    }
  }

  // Long when there is an indicator column or a score column and no indicator columns.
  // Long when there is an indicator column, or no indicator columns; the user may say otherwise.
  const layout: Layout =
    opts.layout ?? (fieldCol.has('indicator') || indicatorCols.length === 0 ? 'long' : 'wide');
  if (layout === 'wide' && fieldCol.has('score')) {
    // In a wide file "Điểm"/"Tổng điểm" is the total.
    indicatorCols.push({
      col: fieldCol.get('score') ?? 0,
      header: header[fieldCol.get('score') ?? 0] ?? '',
      index: null,
      code: 'TOTAL',
    });
    fieldCol.delete('score');
  }

  const missing = (vi: string, en: string): ScoreImport => ({
    layout,
    columns,
    dataset: new DatasetBuilder().build(),
    issues: [...issues, issue('error', 'missing-column', headerLine, vi, en)],
    skippedRows: 0,
  });
  if (!fieldCol.has('unit_code') && !fieldCol.has('unit_name')) {
    return missing(
      'Thiếu cột đơn vị: cần "Mã ĐVHC" (unit_code) hoặc "Tên đơn vị".',
      'Missing the unit column: "unit_code" or "unit_name" is required.',
    );
  }
  if (!fieldCol.has('year') && opts.year === undefined) {
    return missing(
      'Thiếu cột "Năm" (year). Thêm cột năm hoặc chọn năm cho cả tệp.',
      'Missing the "year" column. Add it or choose a year for the whole file.',
    );
  }
  if (layout === 'long' && !fieldCol.has('score') && !fieldCol.has('rank')) {
    return missing(
      'Thiếu cột "Điểm" (score) hoặc "Xếp hạng" (rank).',
      'Missing the "score" or "rank" column.',
    );
  }
  // "Tổng điểm" beside D1…D8 belongs to the same index as they do.
  const named = new Set(indicatorCols.map((ic) => ic.index).filter((i): i is string => i !== null));
  const only = named.size === 1 ? [...named][0] : undefined;
  if (only !== undefined) for (const ic of indicatorCols) ic.index ??= only;
  const fileIndexKnown =
    fieldCol.has('index') ||
    opts.index !== undefined ||
    (layout === 'wide' && indicatorCols.every((c) => c.index !== null));
  if (!fileIndexKnown) {
    return missing(
      'Không biết tệp thuộc bộ chỉ số nào: thêm cột "Chỉ số" (PAR, SIPAS, PAPI) hoặc chọn chỉ số cho cả tệp.',
      'The index is unknown: add an "index" column (PAR, SIPAS, PAPI) or choose one for the whole file.',
    );
  }

  const c: Caches = {
    years: new Map(),
    units: new Map(),
    indicators: new Map(),
    strings: new Map(),
  };
  const builder = new DatasetBuilder();
  /** Line of each stored row, by its position in the dataset. */
  const lines: number[] = [];
  let skippedRows = 0;

  const col = (f: ScoreColumn): number => fieldCol.get(f) ?? -1;
  const ixIndex = col('index');
  const ixYear = col('year');
  const ixCode = col('unit_code');
  const ixName = col('unit_name');
  const ixIndicator = col('indicator');
  const ixScore = col('score');
  const ixMax = col('max');
  const ixRank = col('rank');
  const ixRankOf = col('rank_of');
  const ixGroup = col('group');
  const ixSource = col('source');
  const ixNote = col('note');
  const ixRowNo = col('row_number');

  const report = (
    sev: 'error' | 'warning',
    code: IssueCode,
    line: number,
    ix: number,
    vi: string,
    en: string,
  ): void => {
    issues.push(
      issue(sev, code, line, vi, en, ix < 0 ? null : ix + 1, ix < 0 ? null : (header[ix] ?? null)),
    );
  };

  /** A number cell: a number, null (no value) or BAD (reported). */
  const readNumber = (
    cells: string[],
    ix: number,
    line: number,
    what: string,
    whatEn: string,
  ): number | null | typeof BAD => {
    if (ix < 0) return null;
    const raw = cells[ix];
    if (raw === undefined || raw === '') return null;
    const n = parseNumberCell(raw.trim());
    if (n.kind === 'number') return n.value;
    if (n.kind === 'empty') return null;
    report(
      'error',
      'bad-number',
      line,
      ix,
      `${what} "${raw.trim()}" không phải là số.`,
      `${whatEn} "${raw.trim()}" is not a number.`,
    );
    return BAD;
  };

  // Long files repeat the same few strings: keep the last one seen per column.
  let lastSource = '\u0000';
  let lastSourceValue = '';
  const sourceOf = (raw: string): string => {
    if (raw === lastSource) return lastSourceValue;
    lastSource = raw;
    lastSourceValue = intern(c, unescapeFormula(raw.trim()));
    return lastSourceValue;
  };

  const unitOf = (rawCode: string, rawName: string, year: number): UnitResolution => {
    let byYear = c.units.get(year);
    if (!byYear) {
      byYear = new Map();
      c.units.set(year, byYear);
    }
    const key = rawName === '' ? rawCode : `${rawCode}\u0000${rawName}`;
    let res = byYear.get(key);
    if (!res) {
      res =
        rawCode !== '' ? resolveUnitCode(reg, rawCode, year) : resolveUnitName(reg, rawName, year);
      // A code Excel stripped plus a name that settles it.
      if (!res.ok && res.code === 'ambiguous-unit' && rawCode !== '' && rawName !== '') {
        const byName = resolveUnitName(reg, rawName, year);
        if (byName.ok && byName.code.replace(/^0+/, '') === rawCode.replace(/^0+/, '')) {
          res = { ok: true, code: byName.code, restoredFrom: rawCode };
        }
      }
      byYear.set(key, res);
    }
    return res;
  };

  // The last (index, year) asked for: long files ask for the same one many times in a row.
  let lastIndex = '';
  let lastYear = -1;
  let lastByRaw: Map<string, ResolvedIndicator | null> = new Map();
  const indicatorOf = (index: string, raw: string, year: number): ResolvedIndicator | null => {
    let byRaw = lastByRaw;
    if (index !== lastIndex || year !== lastYear) {
      const key = `${index}\u0000${year}`;
      const found = c.indicators.get(key);
      if (found) byRaw = found;
      else {
        byRaw = new Map();
        c.indicators.set(key, byRaw);
      }
      lastIndex = index;
      lastYear = year;
      lastByRaw = byRaw;
    }
    let hit = byRaw.get(raw);
    if (hit === undefined) {
      const ind = resolveIndicator(reg, index, raw, year);
      hit = ind ? { ind, key: seriesKey(index, ind.code, year) } : null;
      byRaw.set(raw, hit);
    }
    return hit;
  };

  const yearOf = (raw: string): number | null => {
    let y = c.years.get(raw);
    if (y === undefined) {
      const n = parseNumberCell(raw);
      y =
        n.kind === 'number' &&
        Number.isInteger(n.value) &&
        n.value >= MIN_YEAR &&
        n.value <= maxYear
          ? n.value
          : null;
      c.years.set(raw, y);
    }
    return y;
  };

  interface RowContext {
    line: number;
    year: number;
    unitCode: string;
    source: string;
    note: string | null;
    group: string | null;
    rank: number | null;
    rankOf: number | null;
    max: number | null;
  }

  const ctx: RowContext = {
    line: 0,
    year: 0,
    unitCode: '',
    source: '',
    note: null,
    group: null,
    rank: null,
    rankOf: null,
    max: null,
  };

  /** Validates one value and stores it; false when it was refused. */
  const emit = (
    ctx: RowContext,
    index: string,
    indicatorRaw: string,
    score: number | null,
    scoreIx: number,
    totalLike: boolean,
  ): boolean => {
    const { line, year } = ctx;
    const resolved = indicatorOf(index, indicatorRaw, year);
    if (!resolved) {
      const shown = indicatorRaw || 'TOTAL';
      report(
        'error',
        'unknown-indicator',
        line,
        layout === 'long' ? ixIndicator : scoreIx,
        `Chỉ số thành phần "${shown}" không có trong ${index} năm ${year}.`,
        `Indicator "${shown}" does not exist in ${index} for ${year}.`,
      );
      return false;
    }
    const ind = resolved.ind;
    const rank = totalLike ? ctx.rank : null;
    const rankOf = totalLike ? ctx.rankOf : null;
    const rowMax = totalLike ? ctx.max : null;
    const max = rowMax ?? ind.max;
    if (score !== null && (score < 0 || score > max)) {
      report(
        'error',
        'score-out-of-range',
        line,
        scoreIx,
        `Điểm ${score} nằm ngoài khoảng 0–${max} của ${index} ${ind.code}.`,
        `Score ${score} is outside 0–${max} for ${index} ${ind.code}.`,
      );
      return false;
    }
    if (rankOf !== null && (!Number.isInteger(rankOf) || rankOf < 1)) {
      report(
        'error',
        'rank-out-of-range',
        line,
        ixRankOf,
        `Tổng số đơn vị xếp hạng ${rankOf} không hợp lệ.`,
        `Ranking size ${rankOf} is not valid.`,
      );
      return false;
    }
    if (
      rank !== null &&
      (!Number.isInteger(rank) || rank < 1 || (rankOf !== null && rank > rankOf))
    ) {
      report(
        'error',
        'rank-out-of-range',
        line,
        ixRank,
        `Hạng ${rank} không hợp lệ${rankOf !== null ? ` (phải từ 1 đến ${rankOf})` : ' (phải là số nguyên ≥ 1)'}.`,
        `Rank ${rank} is not valid${rankOf !== null ? ` (must be 1–${rankOf})` : ' (must be a whole number ≥ 1)'}.`,
      );
      return false;
    }
    const row: ScoreRow = {
      index,
      year,
      unitCode: ctx.unitCode,
      indicator: ind.code,
      score,
      max: rowMax,
      rank,
      rankOf,
      group: totalLike ? ctx.group : null,
      source: ctx.source,
      note: ctx.note,
    };
    const previous = builder.addToSeries(resolved.key, row, false);
    if (previous) {
      const prevLine = lines[builder.positionOf(previous)] ?? 0;
      report(
        'error',
        'duplicate-key',
        line,
        layout === 'long' ? ixIndicator : scoreIx,
        `Trùng với dòng ${prevLine}: đã có ${index} ${ind.code} năm ${year} của đơn vị ${ctx.unitCode}.`,
        `Duplicate of line ${prevLine}: ${index} ${ind.code} ${year} for unit ${ctx.unitCode} is already given.`,
      );
      return false;
    }
    lines.push(line);
    return true;
  };

  const visit = (cells: string[], line: number): void => {
    if (cells.length === 1) {
      const only = (cells[0] ?? '').trim();
      if (only === '') return;
      if (header.length > 1) {
        // A stray one-cell line (a footnote, "Nguồn: …") below the table.
        report(
          'warning',
          'ragged-row',
          line,
          -1,
          'Bỏ qua dòng chỉ có một ô (chú thích?).',
          'Skipped a line with a single cell (a footnote?).',
        );
        skippedRows++;
        return;
      }
    }
    const rawCode = ixCode < 0 ? '' : (cells[ixCode] ?? '').trim();
    const rawName = ixName < 0 ? '' : (cells[ixName] ?? '').trim();
    if (!CODE_LIKE.test(rawCode)) {
      let blank = true;
      for (const cell of cells) {
        if (cell.trim() !== '') {
          blank = false;
          break;
        }
      }
      if (blank) return;
      const label =
        rawName ||
        rawCode ||
        (ixRowNo >= 0 ? (cells[ixRowNo] ?? '').trim() : '') ||
        (cells[0] ?? '').trim();
      if (SUMMARY.test(foldKey(label))) {
        report(
          'warning',
          'summary-row',
          line,
          -1,
          `Bỏ qua dòng tổng hợp "${label}".`,
          `Skipped the summary row "${label}".`,
        );
        skippedRows++;
        return;
      }
    }

    let rowOk = true;
    let year: number;
    if (ixYear >= 0) {
      const raw = (cells[ixYear] ?? '').trim();
      const y = yearOf(raw);
      if (y === null) {
        report(
          'error',
          'bad-year',
          line,
          ixYear,
          `Năm "${raw}" không hợp lệ (phải là năm từ ${MIN_YEAR} đến ${maxYear}).`,
          `Year "${raw}" is not valid (must be ${MIN_YEAR}–${maxYear}).`,
        );
        skippedRows++;
        return;
      }
      year = y;
    } else year = opts.year ?? 0;

    let unitCode = '';
    if (rawCode !== '' || rawName !== '') {
      const res = unitOf(rawCode, rawName, year);
      if (res.ok) {
        unitCode = res.code;
        if (res.restoredFrom !== undefined) {
          report(
            'warning',
            'code-restored',
            line,
            ixCode,
            `Mã "${res.restoredFrom}" được hiểu là "${res.code}" (Excel đã xoá số 0 ở đầu).`,
            `Code "${res.restoredFrom}" read as "${res.code}" (Excel removed the leading zeros).`,
          );
        }
      } else {
        report('error', res.code, line, rawCode !== '' ? ixCode : ixName, res.vi, res.en);
        rowOk = false;
      }
    } else {
      report(
        'error',
        'missing-value',
        line,
        ixCode >= 0 ? ixCode : ixName,
        'Thiếu mã hoặc tên đơn vị.',
        'The unit code or name is missing.',
      );
      rowOk = false;
    }

    let rowIndex: string | null = opts.index ?? null;
    if (ixIndex >= 0) {
      const raw = (cells[ixIndex] ?? '').trim();
      if (raw !== '') {
        let norm = c.strings.get(raw);
        if (norm === undefined) {
          const up = raw.toUpperCase().replace(/\s+/g, '');
          norm = intern(c, up === 'PARINDEX' ? 'PAR' : up);
          c.strings.set(raw, norm);
        }
        if (!INDEX_ID.test(norm)) {
          report(
            'error',
            'bad-index',
            line,
            ixIndex,
            `Mã chỉ số "${raw}" không hợp lệ (chỉ gồm chữ hoa, số, "_").`,
            `Index id "${raw}" is not valid (upper-case letters, digits, "_").`,
          );
          rowOk = false;
        } else if (!reg.indicatorsByIndex.has(norm)) {
          report(
            'error',
            'unknown-index',
            line,
            ixIndex,
            `Chỉ số "${raw}" chưa được khai báo trong indicators.csv.`,
            `Index "${raw}" is not defined in indicators.csv.`,
          );
          rowOk = false;
        } else rowIndex = norm;
      } else if (rowIndex === null) {
        report(
          'error',
          'no-index',
          line,
          ixIndex,
          'Thiếu tên chỉ số (PAR, SIPAS, PAPI).',
          'The index (PAR, SIPAS, PAPI) is missing.',
        );
        rowOk = false;
      }
    }

    const rank = readNumber(cells, ixRank, line, 'Hạng', 'Rank');
    const rankOf = readNumber(cells, ixRankOf, line, 'Tổng số đơn vị xếp hạng', 'Ranking size');
    const max = readNumber(cells, ixMax, line, 'Điểm tối đa', 'Maximum');
    if (rank === BAD || rankOf === BAD || max === BAD) rowOk = false;
    const noteText = ixNote < 0 ? '' : detach(unescapeFormula((cells[ixNote] ?? '').trim()));
    const groupText = ixGroup < 0 ? '' : (cells[ixGroup] ?? '').trim();
    // One context object for the whole file: emit copies what it needs into the row.
    ctx.line = line;
    ctx.year = year;
    ctx.unitCode = unitCode;
    ctx.source = (ixSource < 0 ? '' : sourceOf(cells[ixSource] ?? '')) || defaultSource;
    ctx.note = noteText === '' ? null : noteText;
    ctx.group = groupText === '' ? null : intern(c, groupText.toUpperCase());
    ctx.rank = rank === BAD ? null : rank;
    ctx.rankOf = rankOf === BAD ? null : rankOf;
    ctx.max = max === BAD ? null : max;

    if (layout === 'long') {
      const score = readNumber(cells, ixScore, line, 'Điểm', 'Score');
      if (score === BAD) return;
      if (score === null && ctx.rank === null) {
        report(
          'warning',
          'empty-row',
          line,
          ixScore,
          'Dòng không có điểm và không có hạng; bỏ qua.',
          'The row has neither a score nor a rank; skipped.',
        );
        skippedRows++;
        return;
      }
      if (!rowOk || rowIndex === null) return;
      emit(
        ctx,
        rowIndex,
        ixIndicator < 0 ? '' : (cells[ixIndicator] ?? '').trim(),
        score,
        ixScore,
        true,
      );
      return;
    }
    let produced = 0;
    let refused = false;
    for (const ic of indicatorCols) {
      const score = readNumber(cells, ic.col, line, 'Điểm', 'Score');
      const totalLike = ic.code === 'TOTAL';
      if (score === BAD) {
        refused = true;
        continue;
      }
      if (score === null && !(totalLike && ctx.rank !== null)) continue;
      const index = ic.index ?? rowIndex;
      if (!rowOk || index === null) continue;
      if (emit(ctx, index, ic.code, score, ic.col, totalLike)) produced++;
      else refused = true;
    }
    if (produced === 0 && rowOk && !refused) {
      report(
        'warning',
        'empty-row',
        line,
        -1,
        'Dòng không có điểm nào; bỏ qua.',
        'The row has no values; skipped.',
      );
      skippedRows++;
    }
  };

  issues.push(...forEachRecord(visit));
  const dataset = builder.build();
  checkComponentSums(dataset, reg, lines, issues);
  return { layout, columns, dataset, issues, skippedRows };
}

/** A warning when a total differs from the sum of its components (where the maxima add up). */
function checkComponentSums(
  ds: Dataset,
  reg: Registry,
  lines: readonly number[],
  issues: ImportIssue[],
): void {
  const rows = ds.rows;
  // index|year → the component series that must add up to the total (null: they need not).
  const plans = new Map<string, (ReadonlyMap<string, ScoreRow> | undefined)[] | null>();
  for (let at = 0; at < rows.length; at++) {
    const total = rows[at];
    if (!total || total.indicator !== 'TOTAL' || total.score === null) continue;
    const planKey = `${total.index}|${total.year}|${total.max ?? ''}`;
    let plan = plans.get(planKey);
    if (plan === undefined) {
      const comps = componentsIn(reg, total.index, total.year);
      const totalMax = total.max ?? indicatorIn(reg, total.index, 'TOTAL', total.year)?.max ?? 0;
      const maxSum = comps.reduce((s, i) => s + i.max, 0);
      plan =
        comps.length === 0 || Math.abs(maxSum - totalMax) > 0.01
          ? null
          : comps.map((comp) => ds.series.get(seriesKey(total.index, comp.code, total.year)));
      plans.set(planKey, plan);
    }
    if (plan === null) continue;
    let sum = 0;
    let complete = true;
    for (const series of plan) {
      const r = series?.get(total.unitCode);
      if (!r || r.score === null) {
        complete = false;
        break;
      }
      sum += r.score;
    }
    if (!complete) continue;
    if (Math.abs(sum - total.score) > 0.05) {
      const s = Math.round(sum * 1000) / 1000;
      issues.push(
        issue(
          'warning',
          'components-sum',
          lines[at] ?? 0,
          `Tổng điểm ${total.score} của ${total.index} ${total.year} (đơn vị ${total.unitCode}) khác tổng các thành phần (${s}).`,
          `Total ${total.score} of ${total.index} ${total.year} (unit ${total.unitCode}) differs from the sum of its components (${s}).`,
        ),
      );
    }
  }
}
