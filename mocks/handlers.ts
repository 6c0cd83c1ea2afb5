// Happy-path handlers: the bundled data files, as the built app requests them. Tests override one
// with server.use(...) for 404, 500, a slow response or a malformed file.
import { http, HttpResponse } from 'msw';
import units from '../data/units.csv?raw';
import unitChanges from '../data/unit-changes.csv?raw';
import indicators from '../data/indicators.csv?raw';
import topics from '../data/topics.csv?raw';
import methods from '../data/methods.csv?raw';
import scores from '../data/scores.csv?raw';

export const DATA_FILES: Record<string, string> = {
  'units.csv': units,
  'unit-changes.csv': unitChanges,
  'indicators.csv': indicators,
  'topics.csv': topics,
  'methods.csv': methods,
  'scores.csv': scores,
};

/** Matches the file however the build names it (`/data/scores.csv`, `/assets/scores-3f2a.csv`). */
export const dataFileUrl = (file: string): RegExp =>
  new RegExp(`/${file.replace('.csv', '')}(-[\\w-]+)?\\.csv(\\?.*)?$`);

export const handlers = Object.entries(DATA_FILES).map(([file, text]) =>
  http.get(
    dataFileUrl(file),
    () => new HttpResponse(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }),
  ),
);
