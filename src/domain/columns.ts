// Header cells → the contract's columns. Excel users write headers in Vietnamese, with or without
// diacritics, in any case; all of these are folded (see foldKey) before matching.

import { CANONICAL_COLUMNS, canonicalName } from './import-tables';
import type { FileKind } from './model';
import type { Registry } from './registry';
import { TOTAL_NAMES } from './resolve';
import { foldKey } from './text';

export type ScoreColumn =
  | 'index'
  | 'year'
  | 'unit_code'
  | 'unit_name'
  | 'indicator'
  | 'score'
  | 'max'
  | 'rank'
  | 'rank_of'
  | 'group'
  | 'source'
  | 'note'
  | 'row_number';

const SCORE_ALIASES: Record<ScoreColumn, readonly string[]> = {
  index: ['index', 'chi so', 'bo chi so', 'loai chi so', 'ten chi so'],
  year: ['year', 'nam', 'nam danh gia', 'ky danh gia', 'nam cong bo'],
  unit_code: [
    'unit code',
    'unit',
    'code',
    'ma',
    'ma dvhc',
    'ma don vi',
    'ma don vi hanh chinh',
    'ma dia phuong',
    'ma so',
    'ma tinh',
    'ma huyen',
    'ma xa',
    'ma don vi hc',
    'ma dvhc cap xa',
  ],
  unit_name: [
    'unit name',
    'name',
    'ten',
    'ten don vi',
    'don vi',
    'ten dvhc',
    'dvhc',
    'don vi hanh chinh',
    'dia phuong',
    'ten dia phuong',
    'ten don vi hanh chinh',
    'ten xa',
    'ten xa, thi tran',
    'ten xa/thi tran',
    'xa, thi tran',
    'xa/thi tran',
    'ten huyen',
    'quan, huyen',
    'quan/huyen',
    'tinh, thanh pho',
  ],
  indicator: [
    'indicator',
    'component',
    'chi tieu',
    'ma chi tieu',
    'thanh phan',
    'chi so thanh phan',
    'linh vuc',
    'noi dung',
    'tieu chi',
  ],
  score: [
    'score',
    'value',
    'diem',
    'diem so',
    'tong diem',
    'gia tri',
    'ket qua',
    'diem dat',
    'ty le',
  ],
  max: ['max', 'diem toi da', 'toi da', 'thang diem', 'diem chuan'],
  rank: ['rank', 'xep hang', 'hang', 'thu hang', 'vi tri', 'thu tu xep hang'],
  rank_of: ['rank of', 'tren', 'tren tong so', 'tong so don vi', 'so don vi', 'so don vi xep hang'],
  group: ['group', 'nhom', 'xep loai', 'phan nhom', 'nhom xep hang'],
  source: ['source', 'nguon', 'nguon du lieu', 'nguon so lieu', 'trich nguon'],
  note: ['note', 'notes', 'ghi chu', 'chu thich'],
  row_number: ['stt', 'tt', 'so tt', 'so thu tu', 'no', 'no.', '#'],
};

/** Every field a scores file's column can mean. */
export const SCORE_FIELDS = Object.keys(SCORE_ALIASES) as ScoreColumn[];

const SCORE_LOOKUP = new Map<string, ScoreColumn>();
for (const [col, aliases] of Object.entries(SCORE_ALIASES) as [ScoreColumn, readonly string[]][]) {
  for (const a of aliases) SCORE_LOOKUP.set(a, col);
}

/**
 * The header's words without what Excel users add around them: a unit or range in brackets
 * ("Điểm (%)", "Xếp hạng (1-63)"), a line break, a trailing colon or full stop, a leading "1.".
 */
export function headerWords(header: string): string {
  return foldKey(header.replace(/[([][^)\]]*[)\]]/g, ' '))
    .replace(/[.:*]+$/g, '')
    .replace(/^\d+[.)]\s+/, '')
    .trim();
}

export function matchScoreColumn(header: string): ScoreColumn | null {
  const k = foldKey(header)
    .replace(/[.:()]+$/g, '')
    .trim();
  return SCORE_LOOKUP.get(k) ?? SCORE_LOOKUP.get(headerWords(header)) ?? null;
}

/** A wide-layout column: an indicator, with its index when the header names one. */
export interface IndicatorColumn {
  index: string | null;
  code: string;
}

// In a wide file a plain "Điểm" column is the total too.
const TOTAL_HEADERS = new Set([...TOTAL_NAMES, 'diem']);
const CODE_PREFIX = /^([a-z])(\d{1,2})\b/;
const FAMILY: Record<string, string> = { d: 'PAR', e: 'SIPAS', p: 'PAPI' };

/**
 * `D1`, `PAR D1`, `PAR:D1`, `D1. Công tác chỉ đạo…`, the indicator's Vietnamese or English name,
 * `Tổng điểm` (TOTAL). Returns null when the header is not an indicator.
 */
export function matchIndicatorColumn(header: string, reg: Registry): IndicatorColumn | null {
  let k = foldKey(header)
    .replace(/[.:()]+$/g, '')
    .trim();
  let index: string | null = null;
  const prefixed = /^([a-z][a-z0-9]*)[\s:_\-/]+(.+)$/.exec(k);
  if (prefixed?.[1] && prefixed[2] && reg.indicatorsByIndex.has(prefixed[1].toUpperCase())) {
    index = prefixed[1].toUpperCase();
    k = prefixed[2];
  }
  if (TOTAL_HEADERS.has(k)) return { index, code: 'TOTAL' };
  const code = CODE_PREFIX.exec(k);
  if (code?.[1] && code[2]) {
    const c = `${code[1].toUpperCase()}${code[2]}`;
    if (index) {
      if (reg.indicatorsByIndex.get(index)?.some((i) => i.code === c)) return { index, code: c };
    } else {
      const owners = [...reg.indicatorsByIndex.entries()].filter(([, list]) =>
        list.some((i) => i.code === c),
      );
      if (owners.length === 1 && owners[0]) return { index: owners[0][0], code: c };
      const family = FAMILY[code[1]];
      if (owners.length > 1) return { index: family ?? null, code: c };
    }
  }
  // Names: "Tác động của CCHC", "Environmental governance".
  for (const i of reg.indicatorsByName.get(k) ?? []) {
    if (i.code === 'TOTAL' || (index && i.index !== index)) continue;
    return { index: i.index, code: i.code };
  }
  return null;
}

// Canonical table columns live with the table importer (which the fast path uses alone).
export { CANONICAL_COLUMNS, canonicalName };

/** Which kind a header row is. Scores are the default: uploads are mostly scores. */
export function detectKind(header: readonly string[]): FileKind {
  const h = new Set(header.map(canonicalName));
  if (h.has('old_code') && h.has('new_code')) return 'unit-changes';
  if (h.has('targets') || h.has('title_vi')) return 'topics';
  if (h.has('version') && h.has('from_year')) return 'methods';
  if (h.has('name_vi') && h.has('max')) return 'indicators';
  if (h.has('level') && h.has('code') && h.has('name') && !h.has('year')) return 'units';
  return 'scores';
}

/** How many cells of a candidate header line we recognise (used to find the header). */
export function headerScore(cells: readonly string[], reg: Registry): number {
  let n = 0;
  const canon = new Set<string>(Object.values(CANONICAL_COLUMNS).flat());
  for (const c of cells) {
    if (c.trim() === '') continue;
    if (matchScoreColumn(c) || canon.has(canonicalName(c)) || matchIndicatorColumn(c, reg)) n++;
  }
  return n;
}
