// A module worker of our own (Papa Parse's `worker: true` breaks in Vite production builds):
// decode, parse and validate off the main thread so the page stays responsive on a 57 MB file.
/// <reference lib="webworker" />
import { handleImport, isImportRequest, type WorkerReply } from './import-protocol';

const post = (reply: WorkerReply): void =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

self.addEventListener('message', (e: MessageEvent<unknown>) => {
  if (!isImportRequest(e.data)) return;
  handleImport(e.data, post);
});
