// Packed columns as they travel and are stored: the check a message or a stored chunk must pass
// (they are data, whatever wrote them), the buffers a transfer moves, the pieces IndexedDB keeps,
// and the storage form of columns with no value. Not needed by the first view.

import { DatasetBuilder, type Dataset, type PackedDataset } from './dataset';

const NONE = -1;

/** The column arrays of a packed dataset (what is transferred). */
export const packedBuffers = (p: PackedDataset): ArrayBuffer[] =>
  [
    p.seriesIndex,
    p.seriesIndicator,
    p.seriesYear,
    p.series,
    p.unit,
    p.score,
    p.max,
    p.rank,
    p.rankOf,
    p.group,
    p.source,
    p.note,
  ].map((a) => a.buffer as ArrayBuffer);

const isTyped = (x: unknown, n: number): boolean =>
  ArrayBuffer.isView(x) && (x as Uint8Array).length === n;

/** Whether `x` has the shape of a packed dataset (a message or a stored chunk is data). */
export function isPackedDataset(x: unknown): x is PackedDataset {
  if (typeof x !== 'object' || x === null) return false;
  const p = x as Record<string, unknown>;
  const lists = [p.indices, p.indicators, p.units, p.texts];
  if (!lists.every((l) => Array.isArray(l) && l.every((s) => typeof s === 'string'))) return false;
  const series = p.seriesIndex;
  const rows = p.series;
  if (!ArrayBuffer.isView(series) || !ArrayBuffer.isView(rows)) return false;
  const s = (series as Uint32Array).length;
  const n = (rows as Uint32Array).length;
  return (
    isTyped(p.seriesIndicator, s) &&
    isTyped(p.seriesYear, s) &&
    ['unit', 'score', 'max', 'rank', 'rankOf', 'group', 'source', 'note'].every((k) =>
      isTyped(p[k], n),
    )
  );
}

/** A contiguous piece of a dataset with only the table entries it uses (a stored chunk). */
export function packRange(ds: Dataset, from: number, to: number): PackedDataset {
  const b = new DatasetBuilder(Math.max(0, to - from));
  b.addAll(ds, false, from, to);
  return b.build().packed();
}

const SPARSE = ['score', 'max', 'rank', 'rankOf', 'group', 'note'] as const;

/**
 * Packed columns for storage: a column with no value in any row (no ranks, no groups, no notes:
 * most files) is stored empty instead of a million NaNs or -1s. `expandPacked` undoes it.
 */
export function compactPacked(p: PackedDataset): PackedDataset {
  const out = { ...p };
  for (const k of SPARSE) {
    const col = p[k];
    let empty = true;
    for (let i = 0; i < col.length && empty; i++) {
      const v = col[i] ?? NONE;
      empty = col instanceof Float64Array ? Number.isNaN(v) : v === NONE;
    }
    if (empty && col.length > 0) {
      if (k === 'group' || k === 'note') out[k] = new Int32Array(0);
      else out[k] = new Float64Array(0);
    }
  }
  return out;
}

/** Stored columns as `compactPacked` wrote them, made whole again (anything else as it is). */
export function expandPacked(x: unknown): unknown {
  if (typeof x !== 'object' || x === null) return x;
  const p = x as Record<string, unknown>;
  const rows = p.series;
  if (!(rows instanceof Uint32Array) || rows.length === 0) return x;
  const out: Record<string, unknown> = { ...p };
  for (const k of SPARSE) {
    const col = p[k];
    if (col instanceof Float64Array && col.length === 0)
      out[k] = new Float64Array(rows.length).fill(NaN);
    else if (col instanceof Int32Array && col.length === 0)
      out[k] = new Int32Array(rows.length).fill(NONE);
  }
  return out;
}
