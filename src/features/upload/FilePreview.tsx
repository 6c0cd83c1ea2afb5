// One uploaded file before it is committed: what was detected (and can be overridden), the
// column mapping, the counts, every problem by line and column, and the diff against the data
// in use. "Nhập dữ liệu" is enabled only when there is no error.

import type { Bundle } from '../../domain/bundle';
import type { ColumnTarget } from '../../domain/import-scores';
import type { Encoding } from '../../domain/decode';
import type { Delimiter } from '../../domain/csv';
import type { Layout } from '../../domain/import-scores';
import type { FileKind } from '../../domain/model';
import type { ImportSummary, WorkerImportOptions } from '../../data/import-protocol';
import type { VersionSummary } from '../../data/upload-store';
import { useLang } from '../../shared/i18n';
import { formatNumber } from '../../shared/format';
import { issueMessage } from '../../shared/issue-messages';
// This chunk's strings (not part of the first view's dictionary).
import '../../shared/i18n-panels';

export interface FileEntry {
  key: number;
  name: string;
  /** The file as chosen: the import worker reads it, the page never copies its bytes. */
  file: Blob;
  options: WorkerImportOptions;
  status: 'reading' | 'ready' | 'failed' | 'saving';
  progress: number;
  /** The import service's id for this reading of the file (used to commit it). */
  importId?: number;
  result?: ImportSummary;
  error?: string;
}

const ENCODINGS: Encoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1258'];
const DELIMITERS: { value: Delimiter; label: string }[] = [
  { value: ',', label: ', (phẩy / comma)' },
  { value: ';', label: '; (chấm phẩy / semicolon)' },
  { value: '\t', label: 'Tab' },
];
const SHOWN = 50;
const KINDS: FileKind[] = ['scores', 'units', 'indicators', 'topics', 'methods', 'unit-changes'];

export function FilePreview({
  entry,
  bundle,
  duplicateOf,
  onOptions,
  onCommit,
  onDiscard,
}: {
  entry: FileEntry;
  bundle: Bundle;
  duplicateOf: VersionSummary | undefined;
  onOptions: (options: WorkerImportOptions) => void;
  onCommit: () => void;
  onDiscard: () => void;
}) {
  const { t, lang } = useLang();
  const r = entry.result;
  const diff = r?.diff ?? null;
  const counts = r?.counts ?? null;
  const errors = r?.errors ?? 0;
  const warnings = r?.warnings ?? 0;
  const indices = [...bundle.registry.indicatorsByIndex.keys()];
  // Units that have units under them: a province, or a district before 2025-07-01.
  const parents = [
    ...new Map(
      bundle.registry.units
        .filter((u) => u.level === 'province' || u.level === 'district')
        .map((u) => [u.code, u] as const),
    ).values(),
  ];
  const blocked = r !== undefined && r.errors > 0;
  const levelName = (level: string): string =>
    level === 'country'
      ? t('levelCountry')
      : level === 'province'
        ? t('levelProvince')
        : level === 'district'
          ? t('levelDistrict')
          : level === 'commune'
            ? t('levelCommune')
            : level;
  const indicatorCodes = (index: string | undefined) =>
    (index ? (bundle.registry.indicatorsByIndex.get(index) ?? []) : bundle.registry.indicators).map(
      (i) => `${i.index}:${i.code}`,
    );
  const setColumn = (header: string, value: string) => {
    const map: Record<string, ColumnTarget> = Object.fromEntries(
      Object.entries(entry.options.columnMap ?? {}).filter(([h]) => h !== header),
    );
    if (value === 'ignore') map[header] = { kind: 'ignore' };
    else if (value !== '') {
      const [index = '', code = ''] = value.split(':');
      map[header] = { kind: 'indicator', index, code };
    }
    onOptions({ ...entry.options, columnMap: map });
  };

  return (
    <article className="file-preview" aria-label={entry.name}>
      <h3>
        {entry.name}{' '}
        <span className="muted small">({formatNumber(entry.file.size / 1024, lang, 1)} KB)</span>
      </h3>
      {entry.status === 'reading' && (
        <div>
          <label>
            {t('reading', { name: entry.name })}{' '}
            <progress
              max={1}
              value={entry.progress}
              aria-label={t('reading', { name: entry.name })}
            />
          </label>
        </div>
      )}
      {entry.status === 'failed' && <p role="alert">{entry.error}</p>}
      {r && (
        <>
          {duplicateOf && (
            <p className="notice" role="status">
              {t('duplicateFile', {
                time: new Date(duplicateOf.time).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB'),
                name: duplicateOf.fileName,
              })}
            </p>
          )}
          <fieldset className="detected">
            <legend>{t('detected')}</legend>
            <label>
              {t('encoding')}{' '}
              <select
                value={entry.options.encoding ?? ''}
                onChange={(e) =>
                  onOptions({
                    ...entry.options,
                    encoding: (e.target.value || undefined) as Encoding | undefined,
                  })
                }
              >
                <option value="">
                  {t('auto')}
                  {r.encoding ? ` (${r.encoding})` : ''}
                </option>
                {ENCODINGS.map((enc) => (
                  <option key={enc} value={enc}>
                    {enc}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('delimiter')}{' '}
              <select
                value={entry.options.delimiter ?? ''}
                onChange={(e) =>
                  onOptions({
                    ...entry.options,
                    delimiter: (e.target.value || undefined) as Delimiter | undefined,
                  })
                }
              >
                <option value="">
                  {t('auto')}
                  {r.delimiter ? ` (${r.delimiter === '\t' ? 'Tab' : r.delimiter})` : ''}
                </option>
                {DELIMITERS.map((d) => (
                  <option key={d.label} value={d.value}>
                    {d.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('indexForFile')}{' '}
              <select
                value={entry.options.index ?? ''}
                onChange={(e) =>
                  onOptions({ ...entry.options, index: e.target.value || undefined })
                }
              >
                <option value="">{t('auto')}</option>
                {indices.map((i) => (
                  <option key={i} value={i}>
                    {i}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('yearForFile')}{' '}
              <input
                type="number"
                min={2000}
                max={2100}
                value={entry.options.year ?? ''}
                onChange={(e) =>
                  onOptions({
                    ...entry.options,
                    year: e.target.value ? Number(e.target.value) : undefined,
                  })
                }
              />
            </label>
            <label>
              {t('headerRow')}{' '}
              <input
                type="number"
                min={1}
                max={1000}
                value={entry.options.headerRow ?? r.headerLine ?? ''}
                onChange={(e) =>
                  onOptions({
                    ...entry.options,
                    headerRow: e.target.value ? Number(e.target.value) : undefined,
                  })
                }
              />
            </label>
            <label>
              {t('parentForFile')}{' '}
              <select
                value={entry.options.parent ?? ''}
                onChange={(e) =>
                  onOptions({ ...entry.options, parent: e.target.value || undefined })
                }
              >
                <option value="">{t('noParent')}</option>
                {parents.map((u) => (
                  <option key={u.code} value={u.code}>
                    {u.name} ({u.code})
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('layout')}{' '}
              <select
                value={entry.options.layout ?? ''}
                onChange={(e) =>
                  onOptions({
                    ...entry.options,
                    layout: (e.target.value || undefined) as Layout | undefined,
                  })
                }
              >
                <option value="">
                  {/* Short: the list is as wide as a phone's panel. */}
                  {t('auto')} (
                  {r.layout === 'wide'
                    ? t('layoutWideShort')
                    : r.layout === 'long'
                      ? t('layoutLongShort')
                      : '—'}
                  )
                </option>
                <option value="long">{t('layoutLong')}</option>
                <option value="wide">{t('layoutWide')}</option>
              </select>
            </label>
            <label>
              {t('kind')}{' '}
              <select
                value={entry.options.kind ?? ''}
                onChange={(e) =>
                  onOptions({
                    ...entry.options,
                    kind: (e.target.value || undefined) as FileKind | undefined,
                  })
                }
              >
                <option value="">
                  {t('auto')} ({r.kind ?? '—'})
                </option>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>

          {r.columns.length > 0 && r.kind === 'scores' && (
            <details className="columns" open={r.columns.some((c) => c.target === null)}>
              <summary>{t('columns')}</summary>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('column')}</th>
                    <th scope="col">{t('mappedTo')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.columns.map((c) => {
                    const chosen = entry.options.columnMap?.[c.header];
                    const value = chosen
                      ? chosen.kind === 'ignore'
                        ? 'ignore'
                        : chosen.kind === 'indicator'
                          ? `${chosen.index ?? ''}:${chosen.code}`
                          : ''
                      : '';
                    return (
                      <tr key={c.column}>
                        <th scope="row">
                          {c.column}. {c.header || '—'}
                        </th>
                        <td>
                          {c.target && !chosen ? (
                            c.target.kind === 'field' ? (
                              c.target.field
                            ) : c.target.kind === 'indicator' ? (
                              `${c.target.index ?? '?'} ${c.target.code}`
                            ) : (
                              t('ignore')
                            )
                          ) : (
                            <select
                              aria-label={`${t('mappedTo')}: ${c.header}`}
                              value={value}
                              onChange={(e) => setColumn(c.header, e.target.value)}
                            >
                              <option value="">{t('unknownColumn')}</option>
                              <option value="ignore">{t('ignore')}</option>
                              {indicatorCodes(entry.options.index).map((code) => (
                                <option key={code} value={code}>
                                  {code}
                                </option>
                              ))}
                            </select>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </details>
          )}

          {counts && counts.rows > 0 && (
            <p className="counts">
              <strong>
                {t('counts')}: {formatNumber(counts.rows, lang)}
              </strong>{' '}
              · {t('byIndex')}:{' '}
              {Object.entries(counts.byIndex)
                .map(([k, v]) => `${k} ${formatNumber(v, lang)}`)
                .join(', ')}{' '}
              · {t('byYearCount')}:{' '}
              {Object.entries(counts.byYear)
                .map(([k, v]) => `${k} ${formatNumber(v, lang)}`)
                .join(', ')}{' '}
              · {t('byLevel')}:{' '}
              {Object.entries(counts.byLevel)
                .map(([k, v]) => `${levelName(k)} ${formatNumber(v, lang)}`)
                .join(', ')}
            </p>
          )}

          <section aria-label={t('problems')}>
            <h4>{t('problems')}</h4>
            <p role="status">
              {errors + warnings === 0 ? t('noProblems') : t('errorsBlock', { errors, warnings })}
            </p>
            {r.issues.length > 0 && (
              <table className="issues" aria-label={t('problems')}>
                <thead>
                  <tr>
                    <th scope="col">{t('line')}</th>
                    <th scope="col">{t('column')}</th>
                    <th scope="col">{t('severity')}</th>
                    <th scope="col">{t('message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.issues.slice(0, 500).map((i, n) => (
                    <tr
                      key={n}
                      className={i.severity === 'error' ? 'issue-error' : 'issue-warning'}
                    >
                      <td>{i.line}</td>
                      <td>
                        {i.column === null
                          ? ''
                          : `${i.column}${i.columnName ? ` (${i.columnName})` : ''}`}
                      </td>
                      <td>{i.severity === 'error' ? t('error') : t('warning')}</td>
                      <td>{issueMessage(i, lang)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          {r.kind === 'units' || r.kind === 'unit-changes' ? (
            <p className="counts">
              <strong>
                {t(r.kind === 'units' ? 'registryUnits' : 'registryChanges', {
                  n: formatNumber(r.registryCount, lang),
                })}
              </strong>
            </p>
          ) : (
            r.kind !== null &&
            r.kind !== 'scores' && <p role="alert">{t('onlyScores', { kind: r.kind })}</p>
          )}

          {diff && (
            <section aria-label={t('diffTitle')}>
              <h4>{t('diffTitle')}</h4>
              <p>
                <strong>{formatNumber(diff.added, lang)}</strong> {t('diffAdded')} ·{' '}
                <strong>{formatNumber(diff.changedCount, lang)}</strong> {t('diffChanged')} ·{' '}
                <strong>{formatNumber(diff.unchanged, lang)}</strong> {t('diffUnchanged')}
              </p>
              {diff.changed.length > 0 && (
                <ul className="diff-list">
                  {diff.changed.slice(0, SHOWN).map((c) => (
                    <li
                      key={`${c.after.index}|${c.after.indicator}|${c.after.year}|${c.after.unitCode}`}
                    >
                      {c.after.index} {c.after.indicator} {c.after.year} · {c.after.unitCode}:{' '}
                      {c.before.score === null ? '—' : formatNumber(c.before.score, lang)} →{' '}
                      {c.after.score === null ? '—' : formatNumber(c.after.score, lang)}
                    </li>
                  ))}
                </ul>
              )}
              {diff.rankMoves.length > 0 && (
                <>
                  <h5>{t('rankMoves')}</h5>
                  <ul className="diff-list">
                    {diff.rankMoves.slice(0, SHOWN).map((m) => (
                      <li key={`${m.index}|${m.year}|${m.unitCode}`}>
                        {m.index} {m.year} · {m.unitCode}: {m.before ?? '—'} → {m.after ?? '—'}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          )}
        </>
      )}
      {blocked && r && (
        <p className="notice notice-error" id={`blocked-${entry.key}`}>
          {t('cannotImportErrors', { errors: r.errors })}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={
            !r ||
            !r.ok ||
            entry.status !== 'ready' ||
            !(
              (r.kind === 'scores' && r.rowCount > 0) ||
              ((r.kind === 'units' || r.kind === 'unit-changes') && r.registryCount > 0)
            )
          }
          onClick={onCommit}
          aria-describedby={blocked ? `blocked-${entry.key}` : undefined}
        >
          {entry.status === 'saving' ? t('importing') : t('importButton')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('discard')}
        </button>
      </div>
    </article>
  );
}
