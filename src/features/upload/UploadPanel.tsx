// Home Affairs staff bring in new scores: drop or pick CSV files, see what was read and what is
// wrong by line, see what would change, then import; and the history, rollback, export, backup
// and templates.

import { blobBytes } from '../../data/blob-bytes';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Bundle } from '../../domain/bundle';
import { exportScoresCsv } from '../../domain/export';
import {
  commitImport,
  discardImport,
  importFile,
  warmImportService,
} from '../../data/import-client';
import type { WorkerImportOptions } from '../../data/import-protocol';
import {
  askPersistence,
  storageEstimate,
  StorageError,
  type VersionSummary,
} from '../../data/upload-store';
import { dataInUse, getStore, uploadsKeys, type UploadsData } from '../../data/uploads';
import { makeBackup, readBackup, type BackedUpVersion } from '../../data/backup';
import type { ColumnTarget } from '../../domain/import-scores';
import { useLang } from '../../shared/i18n';
import { downloadBlob } from '../../shared/download';
import { formatNumber } from '../../shared/format';
import { issueMessage } from '../../shared/issue-messages';
import { FilePreview, type FileEntry } from './FilePreview';
// This chunk's strings (not part of the first view's dictionary).
import '../../shared/i18n-panels';

const MAPPING_KEY = 'cchc-dashboard:column-map:';
const mappingKey = (headers: readonly string[]): string => MAPPING_KEY + headers.join('\u0001');

function rememberedMapping(headers: readonly string[]): Record<string, ColumnTarget> | undefined {
  try {
    const raw = localStorage.getItem(mappingKey(headers));
    return raw ? (JSON.parse(raw) as Record<string, ColumnTarget>) : undefined;
  } catch {
    return undefined;
  }
}

const download = (name: string, content: string, type: string): void =>
  downloadBlob(name, new Blob([content], { type }));

const bytesLabel = (n: number, lang: 'vi' | 'en'): string =>
  n > 1e9 ? `${formatNumber(n / 1e9, lang, 1)} GB` : `${formatNumber(n / 1e6, lang, 1)} MB`;

let nextKey = 1;

/** Rows of a file without a source column are attributed to the file. */
const uploadSource = (fileName: string): string => `Tệp tải lên / uploaded file: ${fileName}`;

export function UploadPanel({
  bundle,
  uploads,
  uploadsError,
}: {
  /** The bundled data (uploads are stored on top of it). */
  bundle: Bundle;
  uploads: UploadsData | undefined;
  uploadsError: Error | null;
}) {
  const { t, lang } = useLang();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const refreshEstimate = useCallback(() => {
    void storageEstimate().then(setEstimate);
  }, []);
  useEffect(refreshEstimate, [refreshEstimate, uploads]);
  // The import service gets ready while the panel is open, before a file is chosen.
  useEffect(() => warmImportService(bundle.texts), [bundle.texts]);

  const update = (key: number, patch: Partial<FileEntry>) =>
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  const errorText = (e: unknown): string =>
    e instanceof StorageError
      ? lang === 'vi'
        ? e.messageVi
        : e.messageEn
      : e instanceof Error
        ? e.message
        : String(e);

  const read = (entry: FileEntry) => {
    if (entry.importId !== undefined) discardImport(entry.importId);
    update(entry.key, { status: 'reading', progress: 0, options: entry.options });
    importFile(entry.name, entry.file, entry.options, bundle.texts, (progress) =>
      update(entry.key, { progress }),
    )
      .then(({ id, summary }) => {
        // A mapping chosen before for the same headers applies again.
        const remembered = entry.options.columnMap
          ? undefined
          : rememberedMapping(summary.columns.map((c) => c.header));
        if (remembered) {
          read({ ...entry, importId: id, options: { ...entry.options, columnMap: remembered } });
          return;
        }
        update(entry.key, { status: 'ready', progress: 1, importId: id, result: summary });
      })
      .catch((e: unknown) => update(entry.key, { status: 'failed', error: errorText(e) }));
  };

  /** Commits an imported file; the generation is the one the preview's diff was computed against. */
  const commit = async (
    importId: number,
    name: string,
    generation: number,
    restored: { time?: string; active?: boolean } = {},
  ): Promise<VersionSummary> => {
    const first = (uploads?.versions.length ?? 0) === 0;
    const v = await commitImport(importId, name, generation, restored);
    // Asked, not awaited: a browser may show a prompt, and the import is done either way.
    if (first) void askPersistence();
    return v;
  };

  /**
   * Restores a backup: each file goes through the importer again, keeps the time it was first
   * imported and whether it was in use; a file already stored (same hash) is skipped.
   */
  const restore = async (
    backup: BackedUpVersion[],
  ): Promise<{ added: number; skipped: number }> => {
    const stored = new Set((await (await getStore()).list()).map((v) => v.hash));
    let added = 0;
    let skipped = 0;
    for (const v of backup) {
      const { id, summary } = await importFile(
        v.fileName,
        v.raw,
        { defaultSource: uploadSource(v.fileName) },
        bundle.texts,
      );
      if (stored.has(summary.hash)) {
        discardImport(id);
        skipped++;
        continue;
      }
      if (
        !summary.ok ||
        (summary.kind !== 'scores' && summary.kind !== 'units' && summary.kind !== 'unit-changes')
      ) {
        const first = summary.issues.find((i) => i.severity === 'error') ?? summary.issues[0];
        throw new Error(`${v.fileName}: ${first ? issueMessage(first, lang) : 'invalid'}`);
      }
      await commit(id, v.fileName, summary.generation, {
        ...(v.time !== null ? { time: v.time } : {}),
        active: v.active,
      });
      stored.add(summary.hash);
      added++;
    }
    return { added, skipped };
  };

  const addFiles = async (files: FileList | File[]) => {
    setMessage(null);
    for (const file of Array.from(files)) {
      // A backup is JSON: only a file that starts with "{" is read here, whole. Any other file
      // goes to the import worker as it is, and is read there.
      let backup: ReturnType<typeof readBackup> = null;
      try {
        const head = new Uint8Array(await blobBytes(file.slice(0, 1)));
        if (head[0] === 0x7b) backup = readBackup(await blobBytes(file));
      } catch (e) {
        setMessage({ kind: 'error', text: `${file.name}: ${errorText(e)}` });
        continue;
      }
      if (backup) {
        try {
          const { added, skipped } = await restore(backup);
          setMessage({ kind: 'ok', text: t('restored', { n: added, skipped }) });
        } catch (e) {
          setMessage({ kind: 'error', text: errorText(e) });
        }
        await queryClient.invalidateQueries({ queryKey: uploadsKeys.all });
        continue;
      }
      const entry: FileEntry = {
        key: nextKey++,
        name: file.name,
        file,
        options: { defaultSource: uploadSource(file.name) },
        status: 'reading',
        progress: 0,
      };
      setEntries((list) => [...list, entry]);
      read(entry);
    }
  };

  const onOptions = (entry: FileEntry, options: WorkerImportOptions) => {
    if (options.columnMap && entry.result) {
      try {
        localStorage.setItem(
          mappingKey(entry.result.columns.map((c) => c.header)),
          JSON.stringify(options.columnMap),
        );
      } catch {
        // Private mode: the mapping is simply not remembered.
      }
    }
    read({ ...entry, options });
  };

  const onCommit = async (entry: FileEntry) => {
    if (!entry.result?.ok || entry.importId === undefined) return;
    update(entry.key, { status: 'saving' });
    try {
      // The generation the preview was computed against, not the one this tab knows now: if
      // another tab committed since, this preview is stale and the store refuses it.
      const v = await commit(entry.importId, entry.name, entry.result.generation);
      setEntries((list) => list.filter((e) => e.key !== entry.key));
      setMessage({
        kind: 'ok',
        text: t('imported', { name: entry.name, rows: formatNumber(v.counts.rows, lang) }),
      });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
      // Refused or failed: read the file again against the data as it is now.
      read(entry);
    }
    await queryClient.invalidateQueries({ queryKey: uploadsKeys.all });
  };

  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    }
    await queryClient.invalidateQueries({ queryKey: uploadsKeys.all });
  };

  const exportBackup = async () => {
    const store = await getStore();
    const versions = await store.list();
    const { activeIds } = await store.state();
    const withRaw = await Promise.all(
      versions.map(async (summary) => ({
        summary,
        raw: (await store.raw(summary.id)) ?? new ArrayBuffer(0),
        active: activeIds.includes(summary.id),
      })),
    );
    download(
      `cchc-sao-luu-${new Date().toISOString().slice(0, 10)}.json`,
      makeBackup(withRaw),
      'application/json',
    );
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void addFiles(e.dataTransfer.files);
  };

  const active = new Set(uploads?.state.activeIds ?? []);
  return (
    <section className="panel" aria-label={t('dataPanel')}>
      <h2>{t('uploadTitle')}</h2>
      <div
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('uploadHint')}</p>
        <label className="file-button">
          {t('uploadLabel')}
          <input
            ref={inputRef}
            type="file"
            accept=".csv,.txt,.tsv,.json,text/csv"
            multiple
            onChange={(e) => {
              if (e.target.files) void addFiles(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {uploadsError && (
        <p role="alert">
          {t('storageUnavailable', {
            message:
              uploadsError instanceof StorageError
                ? lang === 'vi'
                  ? uploadsError.messageVi
                  : uploadsError.messageEn
                : uploadsError.message,
          })}
        </p>
      )}
      {message && (
        <p
          role={message.kind === 'error' ? 'alert' : 'status'}
          className={message.kind === 'error' ? 'notice notice-error' : 'notice'}
        >
          {message.text}
        </p>
      )}
      {entries.map((entry) => (
        <FilePreview
          key={entry.key}
          entry={entry}
          bundle={bundle}
          duplicateOf={entry.result && uploads?.versions.find((v) => v.hash === entry.result?.hash)}
          onOptions={(o) => onOptions(entry, o)}
          onCommit={() => void onCommit(entry)}
          onDiscard={() => {
            if (entry.importId !== undefined) discardImport(entry.importId);
            setEntries((list) => list.filter((e) => e.key !== entry.key));
          }}
        />
      ))}

      <h2>{t('historyTitle')}</h2>
      {estimate && estimate.quota > 0 && (
        <p className="muted small">
          {t('storageUse', {
            usage: bytesLabel(estimate.usage, lang),
            quota: bytesLabel(estimate.quota, lang),
          })}
        </p>
      )}
      {!uploads || uploads.versions.length === 0 ? (
        <p>{t('noHistory')}</p>
      ) : (
        // A phone scrolls the table inside its box, never the page; the box takes the keyboard.
        <div className="table-scroll" role="region" aria-label={t('historyTitle')} tabIndex={0}>
          <table className="history">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('fileName')}</th>
                <th scope="col">{t('time')}</th>
                <th scope="col" className="hash">
                  {t('hash')}
                </th>
                <th scope="col">{t('rows')}</th>
                <th scope="col">{t('state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('rollbackBundled')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {uploads.versions.map((v) => (
                <tr key={v.id}>
                  <td>{v.id}</td>
                  <td>{v.fileName}</td>
                  <td>{new Date(v.time).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')}</td>
                  <td className="hash">
                    <code title={v.hash}>{v.hash.slice(0, 12)}</code>
                  </td>
                  <td>
                    {formatNumber(v.counts.rows, lang)}
                    {v.kind === 'units'
                      ? ` (${t('kindUnits')})`
                      : v.kind === 'unit-changes'
                        ? ` (${t('kindChanges')})`
                        : ''}
                  </td>
                  <td>{active.has(v.id) ? t('active') : t('inactive')}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      onClick={() => void act(async () => (await getStore()).rollback(v.id))}
                    >
                      {t('rollbackTo', { id: v.id })}
                    </button>{' '}
                    <button
                      type="button"
                      onClick={() => {
                        if (window.confirm(t('confirmDelete', { id: v.id, name: v.fileName })))
                          void act(async () => (await getStore()).remove(v.id));
                      }}
                    >
                      {t('deleteVersion', { id: v.id })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {uploads && uploads.versions.length > 0 && (
        <button type="button" onClick={() => void act(async () => (await getStore()).rollback(0))}>
          {t('rollbackBundled')}
        </button>
      )}

      <h2>{t('exportTitle')}</h2>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            void dataInUse(queryClient, bundle.dataset, bundle.registry).then((data) =>
              download(
                `cchc-scores-${new Date().toISOString().slice(0, 10)}.csv`,
                exportScoresCsv(data),
                'text/csv;charset=utf-8',
              ),
            )
          }
        >
          {t('exportData')}
        </button>
        <button
          type="button"
          onClick={() => void exportBackup()}
          disabled={!uploads || uploads.versions.length === 0}
        >
          {t('exportBackup')}
        </button>
        <a href="./templates/mau-dang-doc.csv" download>
          {t('templateLong')}
        </a>
        <a href="./templates/mau-dang-ngang.csv" download>
          {t('templateWide')}
        </a>
      </div>
    </section>
  );
}
