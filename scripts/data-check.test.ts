// The command as a user runs it: exit codes, text lines and the JSON document.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const run = (...args: string[]) => {
  const r = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['scripts/data-check.ts', ...args],
    { cwd: root, encoding: 'utf8' },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const fx = (name: string): string => `tests/fixtures/import/${name}`;

describe('npm run data:check', () => {
  it('accepts the bundled data/ with exit 0', () => {
    const r = run(
      'data/units.csv',
      'data/indicators.csv',
      'data/scores.csv',
      'data/topics.csv',
      'data/methods.csv',
      'data/unit-changes.csv',
    );
    expect(r.code).toBe(0);
    // One warning, on purpose: Hải Dương's PAPI 2021 total as published (42.68) is not the sum
    // of its dimensions as published (43.22); both are kept as the source printed them.
    expect(r.out).toMatch(/6 file\(s\), \d+ row\(s\), 0 error\(s\), 1 warning\(s\)/);
    expect(r.out).toMatch(/data\/scores\.csv:\d+: warning: .*PAPI 2021 \(đơn vị 30\)/);
  });

  it('prints FILE:LINE:COLUMN: severity: message and exits 1 on an error', () => {
    const r = run(fx('08-leading-zeros-lost.csv'), fx('09-ambiguous-code.csv'));
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(
      /^tests\/fixtures\/import\/08-leading-zeros-lost\.csv:2:1: warning: Mã "9958" được hiểu là "09958"/,
    );
    // Line 3 of 08 has two warnings (a restored code, a total over stored components).
    expect(lines[3]).toMatch(/^tests\/fixtures\/import\/09-ambiguous-code\.csv:2:1: error: /);
  });

  it('exits 0 with warnings only', () => {
    expect(run(fx('07-summary-rows.csv')).code).toBe(0);
  });

  it('prints one JSON document with normalised rows', () => {
    const r = run('--json', fx('03-windows-1258-wide.csv'));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as {
      files: {
        file: string;
        kind: string;
        encoding: string;
        delimiter: string;
        ok: boolean;
        issues: unknown[];
        rows: Record<string, unknown>[];
      }[];
    };
    const f = doc.files[0];
    expect(f).toMatchObject({
      kind: 'scores',
      encoding: 'windows-1258',
      delimiter: ';',
      ok: true,
      issues: [],
    });
    expect(f?.rows[0]).toEqual({
      index: 'PAR',
      year: 2024,
      unit_code: '09958',
      indicator: 'D1',
      score: 9.1,
      max: null,
      rank: null,
      rank_of: null,
      group: null,
      source: '',
      note: null,
    });
  });

  it('applies --index to files that do not name it', () => {
    const r = run('--json', '--index', 'SIPAS', fx('32-wide-without-index.csv'));
    expect(r.code).toBe(0);
    expect(
      (JSON.parse(r.out) as { files: { rows: { index: string }[] }[] }).files[0]?.rows[0]?.index,
    ).toBe('SIPAS');
  });

  it('reads a wrapped-header Windows-1258 report once the index is given', () => {
    const r = run('--json', '--index', 'PAR', fx('41-wrapped-header-1258.csv'));
    expect(r.code).toBe(0);
    const rows = (
      JSON.parse(r.out) as {
        files: { rows: { unit_code: string; score: number; rank: number }[] }[];
      }
    ).files[0]?.rows;
    expect(rows?.map((x) => [x.unit_code, x.score, x.rank])).toEqual([
      ['09958', 88.5, 4],
      ['09961', 89, 3],
    ]);
  });

  it('reads the registry from --data', () => {
    expect(run('--data', 'tests', fx('01-canonical-utf8-bom.csv')).code).toBe(2);
  });

  it('exits 2 on bad usage', () => {
    expect(run().code).toBe(2);
    expect(run('--frobnicate', 'x.csv').code).toBe(2);
    expect(run('no-such-file.csv').code).toBe(2);
  });
});
