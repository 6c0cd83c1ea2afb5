// The import worker: the import service, behind postMessage.
/// <reference lib="webworker" />
import { createImportService, isServiceRequest, type ServiceReply } from './import-protocol';

const service = createImportService();
const post = (reply: ServiceReply): void =>
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);

self.addEventListener('message', (e: MessageEvent<unknown>) => {
  if (isServiceRequest(e.data)) void service.handle(e.data, post);
});
