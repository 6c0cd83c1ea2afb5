// Records of a scores file → validated long rows and the dataset they form.
// Long layout: one value per row (as scores.csv). Wide layout: one row per unit and year, one column
// per indicator. Every problem is collected with its line and column; rows with errors are left out,
// and the caller accepts the file only when there is no error at all.

import { matchIndicatorColumn, matchScoreColumn, type ScoreColumn } from './columns';
import type { CsvRecord } from './csv';
import { DatasetBuilder, type Dataset } from './dataset';
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
}

export interface ScoreImport {
  layout: Layout;
  columns: ColumnMapping[];
  rows: ScoreRow[];
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
  units: Map<string, UnitResolution>;
  indicators: Map<string, Indicator | null>;
  strings: Map<string, string>;
}

type UnitResolution =
  | { ok: true; code: string; restoredFrom?: string }
  | { ok: false; code: IssueCode; vi: string; en: string };

function intern(c: Caches, s: string): string {
  const hit = c.strings.get(s);
  if (hit !== undefined) return hit;
  c.strings.set(s, s);
  return s;
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
  for (const i of reg.indicatorsByIndex.get(index) ?? []) {
    if (
      (foldKey(i.nameVi) === k || foldKey(i.nameEn) === k) &&
      indicatorIn(reg, index, i.code, year)
    ) {
      return i;
    }
  }
  return null;
}

export function importScoreRecords(
  header: readonly string[],
  headerLine: number,
  records: readonly CsvRecord[],
  reg: Registry,
  opts: ScoreImportOptions = {},
): ScoreImport {
  const issues: ImportIssue[] = [];
  const columns = mapColumns(header, reg, opts.columnMap);
  const maxYear = opts.maxYear ?? new Date().getFullYear();

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
  const layout: Layout = fieldCol.has('indicator') || indicatorCols.length === 0 ? 'long' : 'wide';
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
    rows: [],
    dataset: new DatasetBuilder().build(),
    issues: [...issues, issue('error', 'missing-column', headerLine, vi, en)],
    skippedRows: records.length,
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
  const rowLines = new Map<ScoreRow, number>();
  const rows: ScoreRow[] = [];
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

  const at = (rec: CsvRecord, ix: number): string => (ix < 0 ? '' : (rec.cells[ix] ?? '').trim());
  const err = (
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

  const readNumber = (
    rec: CsvRecord,
    ix: number,
    what: { vi: string; en: string },
  ): { ok: boolean; value: number | null } => {
    if (ix < 0) return { ok: true, value: null };
    const raw = rec.cells[ix] ?? '';
    const n = parseNumberCell(raw.trim());
    if (n.kind === 'number') return { ok: true, value: n.value };
    if (n.kind === 'empty') return { ok: true, value: null };
    err(
      'error',
      'bad-number',
      rec.line,
      ix,
      `${what.vi} "${raw.trim()}" không phải là số.`,
      `${what.en} "${raw.trim()}" is not a number.`,
    );
    return { ok: false, value: null };
  };

  for (const rec of records) {
    const cells = rec.cells;
    let blank = true;
    for (const cell of cells) {
      if (cell.trim() !== '') {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    const line = rec.line;

    const unitText = foldKey(
      at(rec, ixName) || at(rec, ixCode) || at(rec, ixRowNo) || (cells[0] ?? ''),
    );
    if (SUMMARY.test(unitText)) {
      err(
        'warning',
        'summary-row',
        line,
        -1,
        `Bỏ qua dòng tổng hợp "${(at(rec, ixName) || at(rec, ixCode) || cells[0] || '').trim()}".`,
        `Skipped the summary row "${(at(rec, ixName) || at(rec, ixCode) || cells[0] || '').trim()}".`,
      );
      skippedRows++;
      continue;
    }
    if (cells.length === 1 && header.length > 1) {
      // A stray one-cell line (a footnote, "Nguồn: …") below the table.
      err(
        'warning',
        'ragged-row',
        line,
        -1,
        'Bỏ qua dòng chỉ có một ô (chú thích?).',
        'Skipped a line with a single cell (a footnote?).',
      );
      skippedRows++;
      continue;
    }

    let rowOk = true;
    // Year
    let year: number;
    if (ixYear >= 0) {
      const raw = at(rec, ixYear);
      let y = c.years.get(raw);
      if (y === undefined) {
        const n = /^\d{4}$/.test(raw)
          ? Number(raw)
          : parseNumberCell(raw).kind === 'number'
            ? Number(raw.replace(',', '.'))
            : NaN;
        y = Number.isInteger(n) && n >= MIN_YEAR && n <= maxYear ? n : null;
        c.years.set(raw, y);
      }
      if (y === null) {
        err(
          'error',
          'bad-year',
          line,
          ixYear,
          `Năm "${raw}" không hợp lệ (phải là năm từ ${MIN_YEAR} đến ${maxYear}).`,
          `Year "${raw}" is not valid (must be ${MIN_YEAR}–${maxYear}).`,
        );
        skippedRows++;
        continue;
      }
      year = y;
    } else year = opts.year ?? 0;

    // Unit
    let unitCode = '';
    const rawCode = at(rec, ixCode);
    const rawName = at(rec, ixName);
    if (rawCode !== '' || rawName !== '') {
      const cacheKey = `${rawCode}\u0000${rawName}\u0000${year}`;
      let res = c.units.get(cacheKey);
      if (!res) {
        res =
          rawCode !== ''
            ? resolveUnitCode(reg, rawCode, year)
            : resolveUnitName(reg, rawName, year);
        // A code Excel stripped plus a name that settles it.
        if (!res.ok && res.code === 'ambiguous-unit' && rawCode !== '' && rawName !== '') {
          const byName = resolveUnitName(reg, rawName, year);
          if (byName.ok && byName.code.replace(/^0+/, '') === rawCode.replace(/^0+/, '')) {
            res = { ok: true, code: byName.code, restoredFrom: rawCode };
          }
        }
        c.units.set(cacheKey, res);
      }
      if (res.ok) {
        unitCode = res.code;
        if (res.restoredFrom !== undefined) {
          err(
            'warning',
            'code-restored',
            line,
            ixCode,
            `Mã "${res.restoredFrom}" được hiểu là "${res.code}" (Excel đã xoá số 0 ở đầu).`,
            `Code "${res.restoredFrom}" read as "${res.code}" (Excel removed the leading zeros).`,
          );
        }
      } else {
        err('error', res.code, line, rawCode !== '' ? ixCode : ixName, res.vi, res.en);
        rowOk = false;
      }
    } else {
      err(
        'error',
        'missing-value',
        line,
        ixCode >= 0 ? ixCode : ixName,
        'Thiếu mã hoặc tên đơn vị.',
        'The unit code or name is missing.',
      );
      rowOk = false;
    }

    // Index
    let rowIndex: string | null = opts.index ?? null;
    if (ixIndex >= 0) {
      const raw = at(rec, ixIndex);
      if (raw !== '') {
        const up = raw.toUpperCase().replace(/\s+/g, '');
        const norm = up === 'PARINDEX' ? 'PAR' : up;
        if (!INDEX_ID.test(norm)) {
          err(
            'error',
            'bad-index',
            line,
            ixIndex,
            `Mã chỉ số "${raw}" không hợp lệ (chỉ gồm chữ hoa, số, "_").`,
            `Index id "${raw}" is not valid (upper-case letters, digits, "_").`,
          );
          rowOk = false;
        } else if (!reg.indicatorsByIndex.has(norm)) {
          err(
            'error',
            'unknown-index',
            line,
            ixIndex,
            `Chỉ số "${raw}" chưa được khai báo trong indicators.csv.`,
            `Index "${raw}" is not defined in indicators.csv.`,
          );
          rowOk = false;
        } else rowIndex = intern(c, norm);
      } else if (rowIndex === null) {
        err(
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

    const source = intern(c, unescapeFormula(at(rec, ixSource)));
    const noteText = unescapeFormula(at(rec, ixNote));
    const note = noteText === '' ? null : noteText;
    const groupText = at(rec, ixGroup);
    const group = groupText === '' ? null : intern(c, groupText.toUpperCase());

    // The values this record gives: one (long) or one per indicator column (wide).
    const values: {
      index: string | null;
      indicatorRaw: string;
      scoreIx: number;
      forTotal: boolean;
    }[] =
      layout === 'long'
        ? [
            {
              index: rowIndex,
              indicatorRaw: at(rec, ixIndicator),
              scoreIx: ixScore,
              forTotal: true,
            },
          ]
        : indicatorCols.map((ic) => ({
            index: ic.index ?? rowIndex,
            indicatorRaw: ic.code,
            scoreIx: ic.col,
            forTotal: ic.code === 'TOTAL',
          }));

    const rankNum = readNumber(rec, ixRank, { vi: 'Hạng', en: 'Rank' });
    const rankOfNum = readNumber(rec, ixRankOf, {
      vi: 'Tổng số đơn vị xếp hạng',
      en: 'Ranking size',
    });
    const maxNum = readNumber(rec, ixMax, { vi: 'Điểm tối đa', en: 'Maximum' });
    if (!rankNum.ok || !rankOfNum.ok || !maxNum.ok) rowOk = false;

    let produced = 0;
    for (const v of values) {
      const scoreNum = readNumber(rec, v.scoreIx, { vi: 'Điểm', en: 'Score' });
      if (!scoreNum.ok) {
        rowOk = false;
        continue;
      }
      const isTotalLike = layout === 'long' || v.forTotal;
      const rank = isTotalLike ? rankNum.value : null;
      const rankOf = isTotalLike ? rankOfNum.value : null;
      if (scoreNum.value === null && rank === null) {
        if (layout === 'long') {
          err(
            'warning',
            'empty-row',
            line,
            v.scoreIx,
            'Dòng không có điểm và không có hạng; bỏ qua.',
            'The row has neither a score nor a rank; skipped.',
          );
          skippedRows++;
        }
        continue;
      }
      if (!rowOk || v.index === null) continue;
      const indKey = `${v.index}\u0000${v.indicatorRaw}\u0000${year}`;
      let ind = c.indicators.get(indKey);
      if (ind === undefined) {
        ind = resolveIndicator(reg, v.index, v.indicatorRaw, year);
        c.indicators.set(indKey, ind);
      }
      if (!ind) {
        err(
          'error',
          'unknown-indicator',
          line,
          layout === 'long' ? ixIndicator : v.scoreIx,
          `Chỉ số thành phần "${v.indicatorRaw || 'TOTAL'}" không có trong ${v.index} năm ${year}.`,
          `Indicator "${v.indicatorRaw || 'TOTAL'}" does not exist in ${v.index} for ${year}.`,
        );
        rowOk = false;
        continue;
      }
      const max = isTotalLike && maxNum.value !== null ? maxNum.value : ind.max;
      if (scoreNum.value !== null && (scoreNum.value < 0 || scoreNum.value > max)) {
        err(
          'error',
          'score-out-of-range',
          line,
          v.scoreIx,
          `Điểm ${scoreNum.value} nằm ngoài khoảng 0–${max} của ${v.index} ${ind.code}.`,
          `Score ${scoreNum.value} is outside 0–${max} for ${v.index} ${ind.code}.`,
        );
        rowOk = false;
        continue;
      }
      if (
        rank !== null &&
        (!Number.isInteger(rank) || rank < 1 || (rankOf !== null && rank > rankOf))
      ) {
        err(
          'error',
          'rank-out-of-range',
          line,
          ixRank,
          `Hạng ${rank} không hợp lệ${rankOf !== null ? ` (phải từ 1 đến ${rankOf})` : ' (phải là số nguyên ≥ 1)'}.`,
          `Rank ${rank} is not valid${rankOf !== null ? ` (must be 1–${rankOf})` : ' (must be a whole number ≥ 1)'}.`,
        );
        rowOk = false;
        continue;
      }
      if (rankOf !== null && (!Number.isInteger(rankOf) || rankOf < 1)) {
        err(
          'error',
          'rank-out-of-range',
          line,
          ixRankOf,
          `Tổng số đơn vị xếp hạng ${rankOf} không hợp lệ.`,
          `Ranking size ${rankOf} is not valid.`,
        );
        rowOk = false;
        continue;
      }
      const row: ScoreRow = {
        index: v.index,
        year,
        unitCode,
        indicator: ind.code,
        score: scoreNum.value,
        max: isTotalLike ? maxNum.value : null,
        rank,
        rankOf,
        group: isTotalLike ? group : null,
        source,
        note,
      };
      const previous = builder.add(row, false);
      if (previous) {
        const prevLine = rowLines.get(previous) ?? 0;
        err(
          'error',
          'duplicate-key',
          line,
          layout === 'long' ? ixIndicator : v.scoreIx,
          `Trùng với dòng ${prevLine}: đã có ${v.index} ${ind.code} năm ${year} của đơn vị ${unitCode}.`,
          `Duplicate of line ${prevLine}: ${v.index} ${ind.code} ${year} for unit ${unitCode} is already given.`,
        );
        continue;
      }
      rowLines.set(row, line);
      rows.push(row);
      produced++;
    }
    if (produced === 0 && layout === 'wide' && rowOk) {
      err(
        'warning',
        'empty-row',
        line,
        -1,
        'Dòng không có điểm nào; bỏ qua.',
        'The row has no values; skipped.',
      );
      skippedRows++;
    }
  }

  const dataset = builder.build();
  checkComponentSums(dataset, reg, rowLines, issues);
  return { layout, columns, rows, dataset, issues, skippedRows };
}

/** A warning when a total differs from the sum of its components (where the maxima add up). */
function checkComponentSums(
  ds: Dataset,
  reg: Registry,
  rowLines: ReadonlyMap<ScoreRow, number>,
  issues: ImportIssue[],
): void {
  for (const total of ds.rows) {
    if (total.indicator !== 'TOTAL' || total.score === null) continue;
    const comps = componentsIn(reg, total.index, total.year);
    if (comps.length === 0) continue;
    const totalMax = total.max ?? indicatorIn(reg, total.index, 'TOTAL', total.year)?.max ?? 0;
    const maxSum = comps.reduce((s, i) => s + i.max, 0);
    if (Math.abs(maxSum - totalMax) > 0.01) continue;
    let sum = 0;
    let complete = true;
    for (const comp of comps) {
      const r = ds.series.get(`${total.index}|${comp.code}|${total.year}`)?.get(total.unitCode);
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
          rowLines.get(total) ?? 0,
          `Tổng điểm ${total.score} của ${total.index} ${total.year} (đơn vị ${total.unitCode}) khác tổng các thành phần (${s}).`,
          `Total ${total.score} of ${total.index} ${total.year} (unit ${total.unitCode}) differs from the sum of its components (${s}).`,
        ),
      );
    }
  }
}
