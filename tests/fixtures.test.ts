// Every fixture file is answered as expected by the same code the CLI runs, against data/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES } from './fixtures/cases';
import { checkFiles, parseArgs } from '../scripts/data-check-lib';
import { readData } from './support/bundled';

const dir = join(import.meta.dirname, 'fixtures', 'import');
const read = (name: string): string | undefined => {
  try {
    return readData(name);
  } catch {
    return undefined;
  }
};

describe('fixture corpus', () => {
  it('has at least 30 files', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.file, c] as const))('%s', (_name, c) => {
    const bytes = new Uint8Array(readFileSync(join(dir, c.file)));
    expect(Buffer.from(bytes).equals(Buffer.from(c.bytes))).toBe(true);
    const parsed = parseArgs([...(c.args ?? []), c.file]);
    if (!parsed.ok) throw new Error(parsed.message);
    const report = checkFiles([{ name: c.file, bytes }], read, parsed.args.options);
    const f = report.json.files[0];
    expect(f?.issues.map((i) => [i.severity, i.code, i.line])).toEqual(c.issues);
    expect(f?.ok).toBe(c.ok);
    if (c.rows !== undefined) expect(f?.rows.length).toBe(c.rows);
  });
});
