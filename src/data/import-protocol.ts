// Messages between the page and the import worker. The worker runs the same domain import as
// the CLI; what comes back is checked before use (a worker is code, but its messages are data).

import type { BundleTexts } from '../domain/bundle';
import { loadRegistry } from '../domain/bundle';
import { importBytes, type ImportOptions, type ImportResult } from '../domain/import';
import type { Registry } from '../domain/registry';

export type WorkerImportOptions = Omit<ImportOptions, 'onProgress'>;

export interface ImportRequest {
  type: 'import';
  id: number;
  name: string;
  bytes: ArrayBuffer;
  options: WorkerImportOptions;
  registry: Omit<BundleTexts, 'scores'>;
}

export type WorkerReply =
  | { type: 'progress'; id: number; fraction: number }
  | { type: 'done'; id: number; result: ImportResult }
  | { type: 'failed'; id: number; message: string };

export function isImportRequest(x: unknown): x is ImportRequest {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  return (
    m.type === 'import' &&
    typeof m.id === 'number' &&
    typeof m.name === 'string' &&
    m.bytes instanceof ArrayBuffer &&
    typeof m.options === 'object' &&
    typeof m.registry === 'object'
  );
}

export function isWorkerReply(x: unknown): x is WorkerReply {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  if (typeof m.id !== 'number') return false;
  if (m.type === 'progress') return typeof m.fraction === 'number';
  if (m.type === 'done') return typeof m.result === 'object' && m.result !== null;
  if (m.type === 'failed') return typeof m.message === 'string';
  return false;
}

/** The registry is rebuilt only when its texts change (they do not, within a session). */
let cached: { key: string; registry: Registry } | null = null;
function registryFor(texts: ImportRequest['registry']): Registry {
  const key = `${texts.units.length}:${texts.indicators.length}:${texts.topics?.length ?? 0}`;
  if (cached?.key !== key) cached = { key, registry: loadRegistry(texts).registry };
  return cached.registry;
}

/** The worker's whole job, apart from postMessage, so tests can run it directly. */
export function handleImport(req: ImportRequest, post: (reply: WorkerReply) => void): void {
  try {
    let last = 0;
    const result = importBytes(new Uint8Array(req.bytes), registryFor(req.registry), {
      ...req.options,
      onProgress: (fraction) => {
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          post({ type: 'progress', id: req.id, fraction });
        }
      },
    });
    post({ type: 'done', id: req.id, result });
  } catch (e) {
    post({ type: 'failed', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
}
