// A backup of every stored version: the raw files as they were uploaded, so restoring runs them
// through the importer again (nothing unchecked goes back into storage).

import type { VersionSummary } from './upload-store';

export const BACKUP_FORMAT = 'cchc-dashboard-backup';

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  /** 2 adds `active`; files of version 1 restore with every version active. */
  version: 1 | 2;
  created: string;
  versions: { fileName: string; time: string; hash: string; active?: boolean; base64: string }[];
}

/** One version of a backup: the file as uploaded, when it was imported, whether it was in use. */
export interface BackedUpVersion {
  fileName: string;
  time: string | null;
  hash: string | null;
  active: boolean;
  raw: ArrayBuffer;
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

export function makeBackup(
  versions: { summary: VersionSummary; raw: ArrayBuffer; active: boolean }[],
): string {
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: 2,
    created: new Date().toISOString(),
    versions: versions.map((v) => ({
      fileName: v.summary.fileName,
      time: v.summary.time,
      hash: v.summary.hash,
      active: v.active,
      base64: toBase64(v.raw),
    })),
  };
  return JSON.stringify(file);
}

/** The versions of a backup file, or null when the bytes are not one. */
export function readBackup(bytes: ArrayBuffer): BackedUpVersion[] | null {
  const head = new Uint8Array(bytes.slice(0, 64));
  if (head[0] !== 0x7b) return null; // '{'
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const f = parsed as Partial<BackupFile>;
    if (f.format !== BACKUP_FORMAT || !Array.isArray(f.versions)) return null;
    return f.versions
      .filter((v) => typeof v.fileName === 'string' && typeof v.base64 === 'string')
      .map((v) => ({
        fileName: v.fileName,
        time: typeof v.time === 'string' && !Number.isNaN(Date.parse(v.time)) ? v.time : null,
        hash: typeof v.hash === 'string' ? v.hash : null,
        active: v.active !== false,
        raw: fromBase64(v.base64),
      }));
  } catch {
    return null;
  }
}
