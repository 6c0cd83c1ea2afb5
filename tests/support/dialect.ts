// Writes a dataset the way Excel and people write CSV files: any delimiter, decimal mark,
// encoding, line ends, quoting, title rows, long or wide layout, Vietnamese or English headers.
// It records the physical line of every record, so a test can damage one record and know where
// the importer must report it.

import type { ScoreRow } from '../../src/domain/model';
import { SCORE_COLUMNS } from '../../src/domain/export';
import { encodeUtf16, encodeWindows1258, utf8 } from './encode';

export type LineEnd = 'lf' | 'crlf' | 'cr';
export type EncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export interface Dialect {
  delimiter: ',' | ';' | '\t';
  decimal: '.' | ',';
  quoting: 'minimal' | 'all';
  encoding: EncodingName;
  /** One line end for the file, or a list cycled through line by line (a mixed file). */
  lineEnds: LineEnd | LineEnd[];
  titleRows: number;
  /** Excel pads title rows with delimiters up to the table's width. */
  padTitles: boolean;
  layout: 'long' | 'wide';
  vietnameseHeaders: boolean;
  finalLineEnd: boolean;
}

/** One unit's values for an index and year (what a wide row holds). */
export interface ValueGroup {
  index: string;
  year: number;
  unitCode: string;
  /** indicator → score (null: rank only, for TOTAL). */
  scores: Record<string, number | null>;
  rank: number | null;
  rankOf: number | null;
  group: string | null;
  source: string;
  note: string | null;
}

export type Damage =
  | { kind: 'none' }
  | { kind: 'drop-delimiter'; record: number; at: number }
  | { kind: 'add-delimiter'; record: number; at: number }
  | { kind: 'cut-quote'; record: number; at: number; closing: boolean };

export interface Written {
  bytes: Uint8Array;
  text: string;
  /** Physical line (1-based) where each data record starts. */
  recordLines: number[];
  /** Physical line where each data record ends (a quoted line break makes it longer). */
  recordEnds: number[];
  /** Whether the damage asked for could be applied (cut-quote needs a quoted field). */
  damaged: boolean;
}

const LONG_HEADERS = {
  en: [...SCORE_COLUMNS],
  vi: [
    'Chỉ số',
    'Năm',
    'Mã ĐVHC',
    'Chỉ tiêu',
    'Điểm',
    'Điểm tối đa',
    'Xếp hạng',
    'Tổng số đơn vị',
    'Nhóm',
    'Nguồn',
    'Ghi chú',
  ],
};
const WIDE_LEAD = { en: ['unit_code', 'year', 'index'], vi: ['Mã ĐVHC', 'Năm', 'Chỉ số'] };
const WIDE_TAIL = {
  en: ['rank', 'rank_of', 'group', 'source', 'note'],
  vi: ['Xếp hạng', 'Tổng số đơn vị', 'Nhóm', 'Nguồn', 'Ghi chú'],
};
const TITLES = [
  'BÁO CÁO KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH',
  '(Kèm theo Báo cáo số 12/BC-UBND ngày 5/3/2025)',
];

/** The long rows a group stands for, as the importer should give them back. */
export function rowsOf(groups: readonly ValueGroup[]): ScoreRow[] {
  const out: ScoreRow[] = [];
  for (const g of groups) {
    for (const [indicator, score] of Object.entries(g.scores)) {
      const total = indicator === 'TOTAL';
      out.push({
        index: g.index,
        year: g.year,
        unitCode: g.unitCode,
        indicator,
        score,
        max: null,
        rank: total ? g.rank : null,
        rankOf: total ? g.rankOf : null,
        group: total ? g.group : null,
        source: g.source,
        note: g.note,
      });
    }
  }
  return out;
}

const numberCell = (n: number | null, d: Dialect): string =>
  n === null ? '' : d.decimal === ',' ? String(n).replace('.', ',') : String(n);

/** The records (cells) of a file, before quoting. */
function tableOf(
  groups: readonly ValueGroup[],
  d: Dialect,
  wideCodes: readonly string[],
): string[][] {
  const lang = d.vietnameseHeaders ? 'vi' : 'en';
  if (d.layout === 'long') {
    const rows = rowsOf(groups).map((r) => [
      r.index,
      String(r.year),
      r.unitCode,
      r.indicator,
      numberCell(r.score, d),
      numberCell(r.max, d),
      numberCell(r.rank, d),
      numberCell(r.rankOf, d),
      r.group ?? '',
      r.source,
      r.note ?? '',
    ]);
    return [LONG_HEADERS[lang], ...rows];
  }
  const header = [
    ...WIDE_LEAD[lang],
    ...wideCodes.map((c) => (c === 'TOTAL' ? (lang === 'vi' ? 'Tổng điểm' : 'Total') : c)),
    ...WIDE_TAIL[lang],
  ];
  const rows = groups.map((g) => [
    g.unitCode,
    String(g.year),
    g.index,
    ...wideCodes.map((c) => (c in g.scores ? numberCell(g.scores[c] ?? null, d) : '')),
    numberCell(g.rank, d),
    numberCell(g.rankOf, d),
    g.group ?? '',
    g.source,
    g.note ?? '',
  ]);
  return [header, ...rows];
}

const newlineCount = (s: string): number => s.split('\n').length - 1;

export function writeDialect(
  groups: readonly ValueGroup[],
  d: Dialect,
  wideCodes: readonly string[],
  damage: Damage = { kind: 'none' },
): Written {
  const table = tableOf(groups, d, wideCodes);
  const width = table[0]?.length ?? 0;
  const needsQuotes = (cell: string): boolean =>
    d.quoting === 'all' || cell.includes(d.delimiter) || cell.includes('"') || cell.includes('\n');
  const quote = (cell: string): { text: string; quoted: boolean } =>
    needsQuotes(cell)
      ? { text: `"${cell.replace(/"/g, '""')}"`, quoted: true }
      : { text: cell, quoted: false };

  const ends = Array.isArray(d.lineEnds) ? d.lineEnds : [d.lineEnds];
  let endNo = 0;
  const nextEnd = (): string => {
    const e = ends[endNo++ % ends.length] ?? 'lf';
    return e === 'lf' ? '\n' : e === 'crlf' ? '\r\n' : '\r';
  };

  const lines: string[] = [];
  let line = 1;
  for (let t = 0; t < d.titleRows; t++) {
    const title = TITLES[t % TITLES.length] ?? '';
    lines.push(d.padTitles ? title + d.delimiter.repeat(width - 1) : title);
    line++;
  }
  const recordLines: number[] = [];
  const recordEnds: number[] = [];
  let damaged = damage.kind === 'none';
  table.forEach((cells, r) => {
    const record = r - 1; // -1: the header
    if (record >= 0) recordLines.push(line);
    const parts = cells.map(quote);
    let text: string;
    if (damage.kind !== 'none' && damage.record === record) {
      if (damage.kind === 'drop-delimiter') {
        const at = damage.at % (parts.length - 1);
        text = parts
          .map((p, i) => (i === 0 ? p.text : (i === at + 1 ? '' : d.delimiter) + p.text))
          .join('');
        damaged = true;
      } else if (damage.kind === 'add-delimiter') {
        const at = damage.at % (parts.length + 1);
        const texts = parts.map((p) => p.text);
        texts.splice(at, 0, '');
        text = texts.join(d.delimiter);
        damaged = true;
      } else {
        const quoted = parts.map((p, i) => (p.quoted ? i : -1)).filter((i) => i >= 0);
        const target = quoted.length > 0 ? quoted[damage.at % quoted.length] : undefined;
        text = parts
          .map((p, i) => {
            if (i !== target) return p.text;
            damaged = true;
            return damage.closing ? p.text.slice(0, -1) : p.text.slice(1);
          })
          .join(d.delimiter);
      }
    } else text = parts.map((p) => p.text).join(d.delimiter);
    lines.push(text);
    if (record >= 0) recordEnds.push(line + newlineCount(text));
    line += 1 + newlineCount(text);
  });
  let text = '';
  lines.forEach((l, i) => {
    text += l;
    if (i < lines.length - 1 || d.finalLineEnd) text += nextEnd();
  });
  const bytes =
    d.encoding === 'utf-8'
      ? utf8(text)
      : d.encoding === 'utf-8-bom'
        ? utf8(text, true)
        : d.encoding === 'utf-16le'
          ? encodeUtf16(text, 'le')
          : d.encoding === 'utf-16be'
            ? encodeUtf16(text, 'be')
            : encodeWindows1258(text);
  return { bytes, text, recordLines, recordEnds, damaged };
}
