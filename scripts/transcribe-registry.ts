// Transcribes the unit registry of the 2025 reorganisation from the project's reference folder
// (../shared/reference, with its sources) into data/units.csv and data/unit-changes.csv. A
// one-off tool for maintainers: the app, the tests and CI read only data/.
//
//   npx tsx scripts/transcribe-registry.ts ../shared/reference
//
// - provinces: the 63 until 2025-06-11 and the 34 from 2025-06-12; a province that took in no
//   other (same code, same name) is one open-ended row, the others end and begin;
// - Hà Nội's 126 communes and wards from 2025-07-01 (level commune, parent 01), replacing the
//   rows that had only Thạch Thất's;
// - changes: every `replaces` entry of the 126 (full → merged, partial → split) and every
//   province merger; Thạch Thất's 2025-01-01 changes are kept.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const refDir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'reference');
const dataDir = join(import.meta.dirname, '..', 'data');

type Row = Record<string, string>;
const readCsv = (path: string): Row[] =>
  Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

const UNIT_COLUMNS = ['code', 'name', 'level', 'parent_code', 'valid_from', 'valid_to', 'source'];
const CHANGE_COLUMNS = ['date', 'old_code', 'old_name', 'new_code', 'new_name', 'kind', 'source'];

const units = readCsv(join(dataDir, 'units.csv'));
const changes = readCsv(join(dataDir, 'unit-changes.csv'));
const provinces = readCsv(join(refDir, 'provinces-2025.csv'));
const hanoi2025 = readCsv(join(refDir, 'hanoi-units-2025.csv'));

const GSO_2024 = 'GSO list of 2025-01-01 (reference hanoi-units-2024.csv)';
const keepUnit = (u: Row): boolean =>
  u.level !== 'province' && u.level !== 'country' && u.valid_from !== '2025-07-01';
const out: Row[] = [];
const country = units.find((u) => u.level === 'country');
if (country) out.push({ ...country, source: country.source || 'Cả nước (trung bình toàn quốc)' });

// Provinces.
const replacesOf = (s: string): { code: string; name: string; part: string }[] =>
  s
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .map((x) => {
      const m = /^(\d+)\s+(.*?)(?:\s+\((full|partial)\))?$/.exec(x);
      if (!m) throw new Error(`cannot read replaces entry "${x}"`);
      return { code: m[1] ?? '', name: m[2] ?? '', part: m[3] ?? 'full' };
    });
const before = provinces.filter((p) => p.valid_to === '2025-06-11');
const after = provinces.filter((p) => p.valid_from === '2025-06-12');
const unchanged = new Set(
  after
    .filter((p) => {
      const r = replacesOf(p.replaces ?? '');
      return r.length === 1 && r[0]?.code === p.code && r[0]?.name === p.name;
    })
    .map((p) => p.code),
);
for (const p of before) {
  out.push({
    code: p.code ?? '',
    name: p.name ?? '',
    level: 'province',
    parent_code: '',
    valid_from: '',
    valid_to: unchanged.has(p.code ?? '') ? '' : '2025-06-11',
    source: p.source ?? '',
  });
}
const newChanges: Row[] = [];
for (const p of after) {
  if (unchanged.has(p.code ?? '')) continue;
  out.push({
    code: p.code ?? '',
    name: p.name ?? '',
    level: 'province',
    parent_code: '',
    valid_from: '2025-06-12',
    valid_to: '',
    source: p.source ?? '',
  });
  for (const r of replacesOf(p.replaces ?? '')) {
    newChanges.push({
      date: '2025-06-12',
      old_code: r.code,
      old_name: r.name,
      new_code: p.code ?? '',
      new_name: p.name ?? '',
      kind: 'merged',
      source: 'NQ 202/2025/QH15 (reference provinces-2025.csv)',
    });
  }
}

// Hà Nội's districts and communes before 2025-07-01, then the 126 after.
for (const u of units.filter(keepUnit)) out.push({ ...u, source: u.source || GSO_2024 });
for (const u of hanoi2025) {
  out.push({
    code: u.code ?? '',
    name: u.name ?? '',
    level: 'commune',
    parent_code: '01',
    valid_from: '2025-07-01',
    valid_to: '',
    source: u.source ?? '',
  });
  for (const r of replacesOf(u.replaces ?? '')) {
    newChanges.push({
      date: '2025-07-01',
      old_code: r.code,
      old_name: r.name,
      new_code: u.code ?? '',
      new_name: u.name ?? '',
      kind: r.part === 'partial' ? 'split' : 'merged',
      source: 'NQ 1656/NQ-UBTVQH15 (reference hanoi-units-2025.csv)',
    });
  }
}

const keptChanges = changes.filter((c) => c.date !== '2025-07-01' && c.date !== '2025-06-12');
const write = (file: string, fields: string[], rows: Row[]): void => {
  const text = Papa.unparse(
    { fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) },
    { newline: '\n' },
  );
  writeFileSync(join(dataDir, file), `${text}\n`);
  console.log(`${file}: ${rows.length} rows`);
};
write('units.csv', UNIT_COLUMNS, out);
write('unit-changes.csv', CHANGE_COLUMNS, [...keptChanges, ...newChanges]);
