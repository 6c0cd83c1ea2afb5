// Transcribes the published figures of other provinces and of Hà Nội's districts from the
// project's reference folder into data/scores.csv and data/indicators.csv. A maintainer's
// one-off tool, like transcribe-registry.ts: nothing at run time, in tests or in CI reads
// ../shared.
//
//   npx tsx scripts/transcribe-figures.ts ../shared/reference
//
// What fits the contract goes in, each row with its source; what does not is counted and left
// out (rows without a unit code — the regional means —, PAPI's sub-dimensions D1.1…, a domain
// the source does not name). PAPI's D1…D8 are the contract's P1…P8. Where a key is already in
// scores.csv the row there stays, and a different figure from the new source is written into
// its note ("another source: …"): conflicts are shown, never resolved silently.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { SCORE_COLUMNS } from '../src/domain/export';

const refDir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'reference');
const dataDir = join(import.meta.dirname, '..', 'data');
type Row = Record<string, string>;
const readCsv = (path: string): Row[] =>
  Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

const scores = readCsv(join(dataDir, 'scores.csv'));
const key = (r: Row): string => `${r.index}|${r.year}|${r.unit_code}|${r.indicator || 'TOTAL'}`;
const byKey = new Map(scores.map((r) => [key(r), r]));
const skipped: Record<string, number> = {};
const skip = (why: string): void => {
  skipped[why] = (skipped[why] ?? 0) + 1;
};
let added = 0;
let conflicts = 0;

const files: [string, (indicator: string) => string | null][] = [
  ['provinces-par.csv', (i) => (/^(TOTAL|D[1-8])$/.test(i) ? i : null)],
  ['provinces-sipas.csv', (i) => (/^(TOTAL|E[1-5])$/.test(i) ? i : null)],
  [
    'provinces-papi.csv',
    (i) => (i === 'TOTAL' ? i : /^D([1-8])$/.test(i) ? `P${i.slice(1)}` : null),
  ],
  ['hanoi-districts-par.csv', (i) => (i === 'TOTAL' ? i : null)],
];
for (const [file, indicatorOf] of files) {
  for (const r of readCsv(join(refDir, file))) {
    if (!r.unit_code) {
      skip(`${file}: no unit code (regional or district mean)`);
      continue;
    }
    const indicator = indicatorOf(r.indicator ?? '');
    if (indicator === null) {
      skip(`${file}: indicator ${r.indicator} not in the contract`);
      continue;
    }
    // A rank is kept for totals only (the contract ranks totals).
    if (!r.score && !(r.rank && indicator === 'TOTAL')) {
      skip(`${file}: neither score nor rank (of the total)`);
      continue;
    }
    const row: Row = {
      index: r.index ?? '',
      year: r.year ?? '',
      unit_code: r.unit_code,
      indicator,
      score: r.score ?? '',
      max: '',
      rank: indicator === 'TOTAL' ? (r.rank ?? '') : '',
      rank_of: indicator === 'TOTAL' && r.rank ? (r.rank_of ?? '') : '',
      group: '',
      source: r.source ?? '',
      note: r.note ?? '',
    };
    const existing = byKey.get(key(row));
    if (existing) {
      const differs =
        (row.score !== '' &&
          existing.score !== '' &&
          Number(row.score) !== Number(existing.score)) ||
        (row.rank !== '' && existing.rank !== '' && row.rank !== existing.rank);
      if (differs) {
        const said = [
          row.score && `score ${row.score}`,
          row.rank && `rank ${row.rank}/${row.rank_of}`,
        ]
          .filter(Boolean)
          .join(', ');
        const extra = `another source (${row.source}) gives ${said}`;
        if (!(existing.note ?? '').includes(row.source ?? '')) {
          existing.note = existing.note ? `${existing.note}; ${extra}` : extra;
          conflicts++;
        }
      }
      continue;
    }
    byKey.set(key(row), row);
    scores.push(row);
    added++;
  }
}
const fields = [...SCORE_COLUMNS];
const text = Papa.unparse(
  { fields, data: scores.map((r) => fields.map((f) => r[f] ?? '')) },
  { newline: '\n' },
);
writeFileSync(join(dataDir, 'scores.csv'), `${text}\n`);
console.log(`scores.csv: ${added} published rows added, ${conflicts} conflicts noted`);
for (const [why, n] of Object.entries(skipped)) console.log(`  left out: ${n} × ${why}`);
