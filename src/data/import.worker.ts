// The import worker: the import service, behind postMessage.
/// <reference lib="webworker" />
import { createImportService, isServiceRequest, type ServiceReply } from './import-protocol';

const service = createImportService();
// Buffers named in `transfer` move to the page (the committed data's columns), not copied.
const post = (reply: ServiceReply, transfer: Transferable[] = []): void =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply, transfer);

self.addEventListener('message', (e: MessageEvent<unknown>) => {
  if (isServiceRequest(e.data)) void service.handle(e.data, post);
});
