import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importBytes, importText } from './import';
import { mini } from '../../tests/support/mini';

// The importer's last-resort catch turns a bug into an issue; the property must not rely on it.
const crashed = (r: { issues: { code: string }[] }): boolean =>
  r.issues.some((i) => i.code === 'internal-error');

describe('the importer never throws', () => {
  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const r = importBytes(bytes, mini);
        expect(crashed(r)).toBe(false);
        if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('on arbitrary CSV-like text', () => {
    const cell = fc.oneof(
      fc.constantFrom(
        'index',
        'Năm',
        'Mã ĐVHC',
        'score',
        'Điểm',
        'D1',
        'PAR',
        'PAPI',
        '01',
        '9958',
        '1',
        '2024',
        '87,26',
        '-',
        '#N/A',
        'Tổng cộng',
        '"',
        '""',
        '9,96E+03',
        'x',
      ),
      fc.string({ maxLength: 6 }),
    );
    const line = fc
      .array(cell, { maxLength: 7 })
      .chain((cells) => fc.constantFrom(',', ';', '\t').map((d) => cells.join(d)));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (lines, nl) => {
        const r = importText(lines.join(nl), mini);
        expect(crashed(r)).toBe(false);
        for (const i of r.issues) expect(i.line).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});
