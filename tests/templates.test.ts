// The downloadable templates import without change against the bundled registry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../src/domain/import';
import { bundled } from './support/bundled';

const template = (name: string) =>
  new Uint8Array(readFileSync(join(import.meta.dirname, '..', 'public', 'templates', name)));

describe('templates', () => {
  it.each(['mau-dang-doc.csv', 'mau-dang-ngang.csv'])(
    '%s is UTF-8 with BOM and imports with no issue',
    (name) => {
      const bytes = template(name);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const r = importBytes(bytes, bundled().registry);
      expect(r.issues).toEqual([]);
      expect(r.ok).toBe(true);
      expect(r.dataset.rows.length).toBeGreaterThan(0);
    },
  );
});
