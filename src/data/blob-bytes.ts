// A Blob's (a chosen file's) bytes: Blob.arrayBuffer where there is one, FileReader elsewhere
// (older browsers, jsdom).

export function blobBytes(b: Blob): Promise<ArrayBuffer> {
  if (typeof b.arrayBuffer === 'function') return b.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer
        ? resolve(reader.result)
        : reject(new Error('unreadable file'));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsArrayBuffer(b);
  });
}

/**
 * Bytes as they are, or a Blob's bytes (a stored file is one or the other). Asked of the Blob:
 * bytes that went through a structured clone in a test DOM are another realm's ArrayBuffer.
 */
export function fileBytes(x: ArrayBuffer | Blob): Promise<ArrayBuffer> {
  return x instanceof Blob ? blobBytes(x) : Promise.resolve(x);
}
