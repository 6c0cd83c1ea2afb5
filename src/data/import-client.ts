// The page's side of the import worker. Where there is no Worker (tests in jsdom), the same
// handler runs in the page.

import type { BundleTexts } from '../domain/bundle';
import type { ImportResult } from '../domain/import';
import {
  handleImport,
  isWorkerReply,
  type ImportRequest,
  type WorkerImportOptions,
  type WorkerReply,
} from './import-protocol';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<
  number,
  { resolve: (r: ImportResult) => void; reject: (e: Error) => void; progress?: (f: number) => void }
>();

function onReply(reply: WorkerReply): void {
  const w = waiting.get(reply.id);
  if (!w) return;
  if (reply.type === 'progress') w.progress?.(reply.fraction);
  else {
    waiting.delete(reply.id);
    if (reply.type === 'done') w.resolve(reply.result);
    else w.reject(new Error(reply.message));
  }
}

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<unknown>) => {
      if (isWorkerReply(e.data)) onReply(e.data);
    });
    worker.addEventListener('error', (e) => {
      for (const [id, w] of waiting) {
        waiting.delete(id);
        w.reject(new Error(e.message || 'import worker failed'));
      }
      worker = null;
    });
  }
  return worker;
}

export function runImport(
  name: string,
  bytes: ArrayBuffer,
  options: WorkerImportOptions,
  registry: Omit<BundleTexts, 'scores'>,
  onProgress?: (fraction: number) => void,
): Promise<ImportResult> {
  const id = nextId++;
  // The worker gets a copy: the caller keeps the bytes to store them.
  const req: ImportRequest = { type: 'import', id, name, bytes: bytes.slice(0), options, registry };
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject, ...(onProgress ? { progress: onProgress } : {}) });
    const w = getWorker();
    if (w) w.postMessage(req, [req.bytes]);
    else setTimeout(() => handleImport(req, onReply), 0);
  });
}
