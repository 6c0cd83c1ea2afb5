// Index ids and indicators as people write them, for the full importer:
// - index ids: `PAR`, `Chỉ số CCHC`, `SIPAS`, `Chỉ số hài lòng`, `papi`…;
// - indicators: the code (`D1`), empty or a name of the total (`Tổng điểm`), a leading code
//   (`D1. Công tác chỉ đạo…`), or the indicator's name, valid in that year.
// Its first rule is the registry's own spelling, the only one the canonical fast path takes.

import type { Indicator } from './model';
import { indicatorIn, type Registry } from './registry';
import { INDEX_ID } from './rules';
import { foldKey } from './text';

// Folded (see foldKey) and without spaces.
const INDEX_ALIASES: Record<string, string> = {
  par: 'PAR',
  parindex: 'PAR',
  chisopar: 'PAR',
  chisocchc: 'PAR',
  cchc: 'PAR',
  chisocaicachhanhchinh: 'PAR',
  sipas: 'SIPAS',
  chisosipas: 'SIPAS',
  chisohailong: 'SIPAS',
  hailong: 'SIPAS',
  chisohailongvesuphucvuhanhchinh: 'SIPAS',
  papi: 'PAPI',
  chisopapi: 'PAPI',
};

/**
 * The index id a cell (or a `--index` value) stands for, or null when the registry has no such
 * index. `Chỉ số CCHC` → PAR, `chỉ số hài lòng` → SIPAS, `Papi` → PAPI, `par_hn_district` →
 * PAR_HN_DISTRICT (an id of the registry's own).
 */
export function resolveIndexId(raw: string, reg: Registry): string | null {
  if (reg.indicatorsByIndex.has(raw)) return raw;
  const folded = foldKey(raw);
  const alias = INDEX_ALIASES[folded.replace(/[\s-]/g, '')];
  if (alias && reg.indicatorsByIndex.has(alias)) return alias;
  const id = folded.toUpperCase().replace(/[\s-]+/g, '_');
  return INDEX_ID.test(id) && reg.indicatorsByIndex.has(id) ? id : null;
}

/** The index ids the registry knows, for messages. */
export const knownIndexIds = (reg: Registry): string[] => [...reg.indicatorsByIndex.keys()];

/** Names of the total (folded), in an indicator cell or a wide file's header. */
export const TOTAL_NAMES: ReadonlySet<string> = new Set([
  'total',
  'tong',
  'tong diem',
  'diem tong',
  'chi so tong',
  'tong chi so',
]);

/** The indicator an indicator cell names in that index and year, or null. */
export function resolveIndicator(
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
