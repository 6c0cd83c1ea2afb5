// The import service and its messages. It runs in a module worker of our own (Papa Parse's
// `worker: true` breaks in Vite production builds): decode, parse, validate, count, diff against
// the data in use, stage the version in IndexedDB while the preview is read, and activate it on
// commit all happen there, so a 57 MB file never blocks the page. The page gets a summary (capped
// lists) and, after a commit, the data in use as transferred columns (or, without them, reads
// the stored chunks). Messages are checked on both sides: they are data, whatever sent them.

import { loadBundle, type BundleTexts } from '../domain/bundle';
import { mergeDatasetsInSlices, type Dataset, type PackedDataset } from '../domain/dataset';
import { isPackedDataset, packedBuffers } from '../domain/packed';
import {
  countRows,
  diffDatasets,
  type ChangedValue,
  type Counts,
  type RankMove,
} from '../domain/diff';
import {
  importBytes,
  withStoredChecks,
  type ImportOptions,
  type ImportResult,
} from '../domain/import';
import type { ImportIssue } from '../domain/issues';
import type { Registry } from '../domain/registry';
import { readActiveData } from './active-data';
import { pause } from './pause';
import { fileBytes } from './blob-bytes';
import {
  sha256Hex,
  STALE_EN,
  STALE_VI,
  StorageError,
  UploadStore,
  type RegistryRows,
  type StagedVersion,
  type VersionSummary,
} from './upload-store';

export type WorkerImportOptions = Omit<ImportOptions, 'onProgress'>;

/** What the page shows of an import: everything but the rows. */
export interface ImportSummary {
  ok: boolean;
  /** SHA-256 of the file's bytes (hex), computed in the worker: tells a file already imported. */
  hash: string;
  /**
   * The store generation the preview (its diff and checks) was computed against. A commit
   * carries it; if another tab wrote since, the commit is refused.
   */
  generation: number;
  headerLine: ImportResult['headerLine'];
  kind: ImportResult['kind'];
  encoding: ImportResult['encoding'];
  delimiter: ImportResult['delimiter'];
  layout: ImportResult['layout'];
  columns: ImportResult['columns'];
  /** The first MAX_ISSUES problems; `errors` and `warnings` count them all. */
  issues: ImportIssue[];
  errors: number;
  warnings: number;
  rowCount: number;
  /** Units or changes a registry file adds. */
  registryCount: number;
  counts: Counts;
  diff: {
    added: number;
    changed: ChangedValue[];
    changedCount: number;
    unchanged: number;
    rankMoves: RankMove[];
    rankMovesCount: number;
  } | null;
}

/**
 * The data in use after a commit, as the worker has it: the columns (their buffers transferred,
 * not cloned), the hash table over them, and the units the registry versions add. The page takes
 * it for that store generation instead of reading every stored chunk back.
 */
export interface ActiveHandoff {
  generation: number;
  columns: PackedDataset;
  slots: Int32Array;
  added: RegistryRows;
}

const isHandoff = (x: unknown): x is ActiveHandoff =>
  isObject(x) &&
  typeof x.generation === 'number' &&
  isPackedDataset(x.columns) &&
  x.slots instanceof Int32Array &&
  isObject(x.added) &&
  Array.isArray(x.added.units) &&
  Array.isArray(x.added.changes);

export const MAX_ISSUES = 1000;

export const MAX_LISTED = 50;

export type ServiceRequest =
  | {
      type: 'import';
      id: number;
      name: string;
      /** The file's bytes, or the file itself (read in the worker). */
      bytes: ArrayBuffer | Blob;
      options: WorkerImportOptions;
      bundle: BundleTexts;
    }
  | {
      type: 'commit';
      id: number;
      expectedGeneration: number;
      fileName: string;
      /** A restored version: its first import time and whether it was in use. */
      time?: string;
      active?: boolean;
    }
  | { type: 'discard'; id: number }
  /**
   * Get ready (the upload panel opened): read the bundled data and the data in use now, so that
   * a file chosen next starts being read at once. Nothing is answered.
   */
  | { type: 'warm'; id: number; bundle: BundleTexts };

export type ServiceReply =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; summary: ImportSummary }
  | { type: 'committed'; id: number; version: VersionSummary; active?: ActiveHandoff }
  | { type: 'failed'; id: number; problem: string; messageVi: string; messageEn: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isServiceRequest(x: unknown): x is ServiceRequest {
  if (!isObject(x) || typeof x.id !== 'number') return false;
  if (x.type === 'import')
    return (
      typeof x.name === 'string' &&
      (x.bytes instanceof ArrayBuffer ||
        (typeof Blob !== 'undefined' && x.bytes instanceof Blob)) &&
      isObject(x.options) &&
      isObject(x.bundle)
    );
  if (x.type === 'commit')
    return typeof x.expectedGeneration === 'number' && typeof x.fileName === 'string';
  if (x.type === 'warm') return isObject(x.bundle);
  return x.type === 'discard';
}

export function isServiceReply(x: unknown): x is ServiceReply {
  if (!isObject(x) || typeof x.id !== 'number') return false;
  switch (x.type) {
    case 'progress':
      return typeof x.fraction === 'number';
    case 'done':
      return (
        isObject(x.summary) && Array.isArray(x.summary.issues) && typeof x.summary.hash === 'string'
      );
    case 'committed':
      return (
        isObject(x.version) &&
        typeof x.version.id === 'number' &&
        (x.active === undefined || isHandoff(x.active))
      );
    case 'failed':
      return typeof x.messageVi === 'string' && typeof x.messageEn === 'string';
    default:
      return false;
  }
}

export function summarise(
  result: ImportResult,
  reg: Registry,
  current: Dataset | null,
  hash: string,
  generation: number,
  counts: Counts = countRows(reg, result.dataset),
): ImportSummary {
  const d = current && result.kind === 'scores' ? diffDatasets(reg, current, result.dataset) : null;
  return {
    ok: result.ok,
    hash,
    generation,
    headerLine: result.headerLine,
    kind: result.kind,
    encoding: result.encoding,
    delimiter: result.delimiter,
    layout: result.layout,
    columns: result.columns,
    issues: result.issues.slice(0, MAX_ISSUES),
    errors: result.issues.filter((i) => i.severity === 'error').length,
    warnings: result.issues.filter((i) => i.severity === 'warning').length,
    rowCount: result.dataset.size,
    registryCount: result.tables.units.length + result.tables.changes.length,
    counts,
    diff: d && {
      added: d.addedCount,
      changed: d.changed.slice(0, MAX_LISTED),
      changedCount: d.changedCount,
      unchanged: d.unchanged,
      rankMoves: d.rankMoves.slice(0, MAX_LISTED),
      rankMovesCount: d.rankMoves.length,
    },
  };
}

/** What the page is told of a failure: a storage problem as it is, anything else as an error. */
function failedReply(id: number, e: unknown): ServiceReply {
  if (e instanceof StorageError)
    return {
      type: 'failed',
      id,
      problem: e.problem,
      messageVi: e.messageVi,
      messageEn: e.messageEn,
    };
  const msg = e instanceof Error ? e.message : String(e);
  return {
    type: 'failed',
    id,
    problem: 'other',
    messageVi: `Lỗi: ${msg}`,
    messageEn: `Error: ${msg}`,
  };
}

/**
 * One import service per worker (or per page without workers). It keeps each import (its rows,
 * its staged version, the data merged for the page) until it is committed or discarded.
 */
export function createImportService(
  openStore: () => Promise<UploadStore> = () => UploadStore.open(),
) {
  /** An import kept until it is committed or discarded. */
  interface Pending {
    result: ImportResult;
    /** The store generation its preview was computed against. */
    generation: number;
    now: Current;
    /**
     * The version as written and checked while the preview is read (a file with errors, or of
     * a kind not stored, has none); a failure to stage is reported at the commit.
     */
    staged: Promise<StagedVersion> | null;
    /** The data in use with the file over it, made while the browser writes (scores only). */
    merged: Dataset | null;
    /** Discarded: not merged. */
    dropped: boolean;
  }
  const pending = new Map<number, Pending>();
  let bundleCache: { key: string; bundle: ReturnType<typeof loadBundle> } | null = null;
  let store: Promise<UploadStore> | null = null;
  const getStore = () => (store ??= openStore());

  const bundleFor = (texts: BundleTexts) => {
    const key = `${texts.units.length}:${texts.indicators.length}:${texts.scores.length}`;
    if (bundleCache?.key !== key) bundleCache = { key, bundle: loadBundle(texts) };
    return bundleCache.bundle;
  };

  // The merged data for one store generation: previews of several files (or of one file read
  // again with other options) do not re-read every stored row each time.
  interface Current {
    generation: number;
    base: Dataset;
    data: Dataset;
    registry: Registry;
    added: RegistryRows;
  }
  let current: Current | null = null;

  /**
   * The data in use now — bundled data and registry, then the active versions (read here, not in
   * the page) — and the store generation it was read at.
   */
  async function currentData(base: Dataset, reg: Registry): Promise<Current> {
    try {
      const s = await getStore();
      // The generation first: a commit after it makes the next call read again.
      const { generation } = await s.state();
      if (current?.generation === generation && current.base === base) return current;
      const active = await readActiveData(s, base, reg);
      current = {
        generation,
        base,
        data: active.dataset,
        registry: active.registry,
        added: active.added,
      };
      return current;
    } catch {
      // Without storage the diff is against the bundled data.
      return { data: base, generation: 0, base, registry: reg, added: { units: [], changes: [] } };
    }
  }

  /** Removes what an import staged (quietly: a version in use is never touched). */
  async function discardStaged(p: Pending | undefined): Promise<void> {
    try {
      const staged = await p?.staged;
      if (staged) await (await getStore()).discard(staged);
    } catch {
      // Nothing staged, or no storage: nothing to remove. A day-old leftover goes at a later stage.
    }
  }

  async function handle(
    req: ServiceRequest,
    post: (reply: ServiceReply, transfer?: Transferable[]) => void,
  ): Promise<void> {
    try {
      if (req.type === 'discard') {
        const p = pending.get(req.id);
        pending.delete(req.id);
        if (p) p.dropped = true;
        await discardStaged(p);
        return;
      }
      if (req.type === 'warm') {
        const bundle = bundleFor(req.bundle);
        await currentData(bundle.dataset, bundle.registry);
        return;
      }
      if (req.type === 'import') {
        const bundle = bundleFor(req.bundle);
        // The registry in use: the bundled one and the units uploaded on top of it.
        const now = await currentData(bundle.dataset, bundle.registry);
        let last = 0;
        const bytes = await fileBytes(req.bytes);
        // Hashed while the file is read: the browser digests on a thread of its own (the digest
        // takes its own copy of the bytes when it is asked).
        const hashing = sha256Hex(bytes);
        const read = importBytes(new Uint8Array(bytes), now.registry, {
          ...req.options,
          onProgress: (fraction) => {
            if (fraction - last >= 0.02 || fraction === 1) {
              last = fraction;
              post({ type: 'progress', id: req.id, fraction });
            }
          },
        });
        const current = read.kind === 'scores' ? now.data : null;
        // The same checks against the data in use as data:check makes against data/.
        const result = withStoredChecks(read, now.registry, current);
        // Hashed here, not in the page: 37 ms of a 57 MB file's main-thread time.
        const hash = await hashing;
        const counts = countRows(now.registry, result.dataset);
        const entry: Pending = {
          result,
          generation: now.generation,
          now,
          staged: null,
          merged: null,
          dropped: false,
        };
        let answered = false;
        let answeredNow = (): void => undefined;
        const sent = new Promise<void>((resolve) => (answeredNow = resolve));
        /** The preview, sent once (while the browser writes the staged version, if there is one). */
        const answer = () => {
          if (answered) return;
          answered = true;
          answeredNow();
          try {
            const summary = summarise(result, now.registry, current, hash, now.generation, counts);
            pending.set(req.id, entry);
            post({ type: 'done', id: req.id, summary });
          } catch (e) {
            post(failedReply(req.id, e));
          }
        };
        const kind = result.kind;
        if (!result.ok || (kind !== 'scores' && kind !== 'units' && kind !== 'unit-changes')) {
          answer();
          return;
        }
        // Staged now and checked while the preview is read: a commit is then its activation.
        const registry = kind === 'scores' ? undefined : result.tables;
        entry.staged = getStore().then((store) =>
          store.stage(
            {
              kind,
              ...(registry
                ? { registry: { units: registry.units, changes: registry.changes } }
                : {}),
              fileName: req.name,
              raw: bytes,
              ...(req.bytes instanceof Blob ? { file: req.bytes } : {}),
              hash,
              rows: result.dataset,
              counts: {
                rows: registry ? registry.units.length + registry.changes.length : counts.rows,
                byIndex: counts.byIndex,
                byYear: counts.byYear,
              },
              warnings: result.issues.length,
            },
            {
              alongside: async () => {
                answer();
                if (kind !== 'scores') return;
                // What the page uses if this file is committed: the data the preview was checked
                // against with the file over it (handed over, not read back). In slices: the
                // reply goes out first, and the read-back starts as soon as the write ends; a
                // discarded file's merge stops.
                const dropped = new Error('discarded');
                try {
                  entry.merged = await mergeDatasetsInSlices(now.data, result.dataset, async () => {
                    await pause();
                    if (entry.dropped) throw dropped;
                  });
                } catch (e) {
                  if (e !== dropped) throw e;
                }
              },
            },
          ),
        );
        // Not staged (no storage, a full disk): the preview still goes out; the commit says why.
        entry.staged.catch(answer);
        // Handled once the preview is out; the version is still being written and checked.
        await sent;
        return;
      }
      const p = pending.get(req.id);
      if (!p?.staged) {
        post({
          type: 'failed',
          id: req.id,
          problem: 'other',
          messageVi: 'Không có dữ liệu hợp lệ để nhập.',
          messageEn: 'There is no valid data to import.',
        });
        return;
      }
      pending.delete(req.id);
      // The preview was computed against p.generation: a page that asks to commit against a
      // newer generation (it heard of another tab's write) still gets the preview it saw checked.
      if (req.expectedGeneration !== p.generation) {
        await discardStaged(p);
        throw new StorageError('stale', STALE_VI, STALE_EN);
      }
      const staged = await p.staged;
      let version: VersionSummary & { generation: number };
      try {
        version = await (
          await getStore()
        ).activate(staged, req.expectedGeneration, {
          fileName: req.fileName,
          ...(req.time !== undefined ? { time: req.time } : {}),
          ...(req.active !== undefined ? { active: req.active } : {}),
        });
      } catch (e) {
        await discardStaged(p);
        throw e;
      }
      const { generation, ...summary } = version;
      // A scores version in use: the data in use is now the data the preview was checked against
      // with the file over it, handed over so the page does not read a million rows back.
      const merged = req.active !== false ? p.merged : null;
      if (merged && merged !== p.now.data) {
        const columns = merged.packed();
        const slots = merged.hashSlots();
        post(
          {
            type: 'committed',
            id: req.id,
            version: summary,
            active: { generation, columns, slots, added: p.now.added },
          },
          [...packedBuffers(columns), slots.buffer],
        );
      } else post({ type: 'committed', id: req.id, version: summary });
    } catch (e) {
      post(failedReply(req.id, e));
    }
  }

  return { handle };
}
