// data:check and the upload preview give the same answer on every fixture: the same issues
// (code, line, column, severity, facts) and the same rows, from the same code paths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES } from './fixtures/cases';
import { checkFiles, parseArgs } from '../scripts/data-check-lib';
import { createImportService, type ServiceReply } from '../src/data/import-protocol';
import { bundledTexts, readData } from './support/bundled';

const dir = join(import.meta.dirname, 'fixtures', 'import');
const texts = bundledTexts();
const read = (name: string): string | undefined => {
  try {
    return readData(name);
  } catch {
    return undefined;
  }
};
// A browser without stored uploads: the data in use is the bundled data, as data:check has it.
const service = createImportService(() => Promise.reject(new Error('no storage here')));

describe('data:check and the upload preview', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('answer %s alike', async (_name, c) => {
    const bytes = new Uint8Array(readFileSync(join(dir, c.file)));
    const parsed = parseArgs([...(c.args ?? []), c.file]);
    if (!parsed.ok) throw new Error(parsed.message);
    const cli = checkFiles([{ name: c.file, bytes }], read, parsed.args.options).files[0]?.result;
    const replies: ServiceReply[] = [];
    const buffer = bytes.slice().buffer;
    await service.handle(
      {
        type: 'import',
        id: 1,
        name: c.file,
        bytes: buffer,
        options: parsed.args.options,
        bundle: texts,
      },
      (r) => replies.push(r),
    );
    const done = replies.find((r) => r.type === 'done');
    if (done?.type !== 'done') throw new Error(`no preview: ${JSON.stringify(replies.at(-1))}`);
    const shape = (i: {
      code: string;
      line: number;
      column: number | null;
      severity: string;
      params: unknown;
    }) => [i.severity, i.code, i.line, i.column, i.params] as const;
    expect(done.summary.issues.map(shape)).toEqual(cli?.issues.map(shape));
    expect(done.summary.ok).toBe(cli?.ok);
    expect(done.summary.rowCount).toBe(cli?.dataset.rows.length);
  });
});
