// A backup of every stored version: the raw files as they were uploaded, so restoring runs them
// through the importer again (nothing unchecked goes back into storage).

import type { VersionSummary } from './upload-store';

export const BACKUP_FORMAT = 'cchc-dashboard-backup';

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: 1;
  created: string;
  versions: { fileName: string; time: string; hash: string; base64: string }[];
}

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): ArrayBuffer {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out.buffer;
}

export function makeBackup(versions: { summary: VersionSummary; raw: ArrayBuffer }[]): string {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: 1,
    created: new Date().toISOString(),
    versions: versions.map((v) => ({
      fileName: v.summary.fileName,
      time: v.summary.time,
      hash: v.summary.hash,
      base64: toBase64(v.raw),
    })),
  };
  return JSON.stringify(file);
}

/** The versions of a backup file, or null when the bytes are not one. */
export function readBackup(bytes: ArrayBuffer): { fileName: string; raw: ArrayBuffer }[] | null {
  const head = new Uint8Array(bytes.slice(0, 64));
  if (head[0] !== 0x7b) return null; // '{'
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const f = parsed as Partial<BackupFile>;
    if (f.format !== BACKUP_FORMAT || !Array.isArray(f.versions)) return null;
    return f.versions
      .filter((v) => typeof v.fileName === 'string' && typeof v.base64 === 'string')
      .map((v) => ({ fileName: v.fileName, raw: fromBase64(v.base64) }));
  } catch {
    return null;
  }
}
