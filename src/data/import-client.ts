// The page's side of the import service. Where there is no Worker (tests in jsdom), the same
// service runs in the page.

import type { BundleTexts } from '../domain/bundle';
import {
  createImportService,
  isServiceReply,
  type ImportSummary,
  type ServiceReply,
  type ServiceRequest,
  type WorkerImportOptions,
} from './import-protocol';
import { StorageError, type StorageProblem, type VersionSummary } from './upload-store';
import { commitUnderWay, handOver } from './uploads';

interface Waiter {
  resolve: (reply: ServiceReply) => void;
  progress?: (f: number) => void;
}

let worker: Worker | null = null;
let inPage: ReturnType<typeof createImportService> | null = null;
let nextId = 1;
const waiting = new Map<number, Waiter>();

function onReply(reply: ServiceReply): void {
  const w = waiting.get(reply.id);
  if (!w) return;
  if (reply.type === 'progress') w.progress?.(reply.fraction);
  else {
    waiting.delete(reply.id);
    w.resolve(reply);
  }
}

function send(req: ServiceRequest, transfer: Transferable[] = []): void {
  if (typeof Worker !== 'undefined') {
    if (!worker) {
      worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (e: MessageEvent<unknown>) => {
        if (isServiceReply(e.data)) onReply(e.data);
      });
      worker.addEventListener('error', (e) => {
        for (const [id, w] of waiting) {
          waiting.delete(id);
          w.resolve({
            type: 'failed',
            id,
            problem: 'other',
            messageVi: `Lỗi bộ đọc tệp: ${e.message}`,
            messageEn: `Import worker error: ${e.message}`,
          });
        }
        worker = null;
      });
    }
    worker.postMessage(req, transfer);
  } else {
    inPage ??= createImportService();
    const service = inPage;
    setTimeout(() => void service.handle(req, onReply), 0);
  }
}

function ask(
  req: ServiceRequest,
  transfer: Transferable[] = [],
  progress?: (f: number) => void,
): Promise<ServiceReply> {
  return new Promise((resolve) => {
    waiting.set(req.id, { resolve, ...(progress ? { progress } : {}) });
    send(req, transfer);
  });
}

const failure = (r: ServiceReply): StorageError =>
  r.type === 'failed'
    ? new StorageError(r.problem as StorageProblem, r.messageVi, r.messageEn)
    : new StorageError('other', 'Trả lời không mong đợi.', 'Unexpected reply.');

/**
 * Imports a file; the id is used to commit it. A chosen file (a Blob) goes to the worker as it
 * is, and the worker reads it: the page never reads or copies a large file's bytes. Bytes (a
 * restored backup's) go as a copy.
 */
export async function importFile(
  name: string,
  file: Blob | ArrayBuffer,
  options: WorkerImportOptions,
  bundle: BundleTexts,
  onProgress?: (fraction: number) => void,
): Promise<{ id: number; summary: ImportSummary }> {
  const id = nextId++;
  const copy = file instanceof ArrayBuffer ? file.slice(0) : file;
  const reply = await ask(
    { type: 'import', id, name, bytes: copy, options, bundle },
    copy instanceof ArrayBuffer ? [copy] : [],
    onProgress,
  );
  if (reply.type !== 'done') throw failure(reply);
  return { id, summary: reply.summary };
}

/**
 * Starts the import service and has it read the bundled data and the data in use, so that the
 * first file chosen is read at once (the worker's start and those reads took ~0.3 s after the
 * choice). Harmless to call again: what it read is kept per store generation.
 */
export function warmImportService(bundle: BundleTexts): void {
  send({ type: 'warm', id: nextId++, bundle });
}

/** Stores an imported file as a new version, unless another tab wrote after `expectedGeneration`. */
export async function commitImport(
  id: number,
  fileName: string,
  expectedGeneration: number,
  restored: { time?: string; active?: boolean } = {},
): Promise<VersionSummary> {
  const answer = ask({ type: 'commit', id, fileName, expectedGeneration, ...restored }).then(
    (reply) => {
      // Handed over before anything waiting on the commit goes on (see commitUnderWay).
      if (reply.type === 'committed' && reply.active) handOver(reply.active);
      return reply;
    },
  );
  commitUnderWay(answer);
  const reply = await answer;
  if (reply.type !== 'committed') throw failure(reply);
  return reply.version;
}

export function discardImport(id: number): void {
  send({ type: 'discard', id });
  waiting.delete(id);
}
