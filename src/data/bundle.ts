// The bundled CSV files: emitted by the build with content-hashed names, fetched once, parsed by
// the domain core inside the query function, and never refetched (staleTime: Infinity).

import { queryOptions } from '@tanstack/react-query';
import unitsUrl from '../../data/units.csv?url';
import unitChangesUrl from '../../data/unit-changes.csv?url';
import indicatorsUrl from '../../data/indicators.csv?url';
import topicsUrl from '../../data/topics.csv?url';
import methodsUrl from '../../data/methods.csv?url';
import scoresUrl from '../../data/scores.csv?url';
import type { Bundle } from '../domain/bundle';
import { readCanonicalBundle } from '../domain/canonical';
import { pause } from './pause';

export const BUNDLE_URLS = {
  units: unitsUrl,
  unitChanges: unitChangesUrl,
  indicators: indicatorsUrl,
  topics: topicsUrl,
  methods: methodsUrl,
  scores: scoresUrl,
} as const;

/** A failed load, with what a person needs to know to act on it. */
export class BundleLoadError extends Error {
  constructor(
    readonly file: string,
    readonly status: number | null,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'BundleLoadError';
  }
}

async function fetchText(url: string, signal: AbortSignal): Promise<string> {
  const name = url.split('/').pop()?.split('?')[0] ?? url;
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new BundleLoadError(name, null, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) throw new BundleLoadError(name, res.status, `HTTP ${res.status} ${res.statusText}`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return new TextDecoder('utf-8').decode(bytes);
}

export async function fetchBundle(signal: AbortSignal): Promise<Bundle> {
  const entries = await Promise.all(
    Object.entries(BUNDLE_URLS).map(
      async ([key, url]) => [key, await fetchText(url, signal)] as const,
    ),
  );
  const texts = Object.fromEntries(entries) as Record<keyof typeof BUNDLE_URLS, string>;
  // Canonical files (the normal case) take the fast path; anything else goes through the full
  // importer, loaded only then, which says what is wrong and where.
  const fast = await readCanonicalBundle(texts, { pause });
  const bundle: Bundle = fast
    ? { texts, registry: fast.registry, dataset: fast.dataset, issues: [] }
    : (await import('../domain/bundle')).loadBundle(texts);
  const errors = bundle.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || bundle.dataset.size === 0) {
    const first = errors[0];
    const { issueMessage } = await import('../shared/issue-messages');
    throw new BundleLoadError(
      first?.file ?? 'scores.csv',
      null,
      first
        ? `${errors.length} lỗi / error(s); ${first.file}:${first.line}: ${issueMessage(first, 'vi')} — ${issueMessage(first, 'en')}`
        : 'Không có dữ liệu điểm / no scores in the data',
    );
  }
  return bundle;
}

export const bundleKeys = {
  all: ['bundle'] as const,
};

export const bundleQuery = queryOptions({
  queryKey: bundleKeys.all,
  queryFn: ({ signal }) => fetchBundle(signal),
  staleTime: Infinity,
  gcTime: Infinity,
});
