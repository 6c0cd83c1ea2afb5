import { describe, expect, it } from 'vitest';
import { makeBackup, readBackup } from './backup';

const buf = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe('backup files', () => {
  it('give back every version as it was uploaded', () => {
    const json = makeBackup([
      {
        summary: {
          id: 1,
          kind: 'scores',
          fileName: 'a.csv',
          time: '2026-01-01T00:00:00Z',
          hash: 'h',
          size: 3,
          counts: { rows: 1, byIndex: {}, byYear: {} },
          warnings: 0,
        },
        raw: buf('Mã;Năm\n01;2024\n'),
        active: true,
      },
      {
        summary: {
          id: 2,
          kind: 'scores',
          fileName: 'b.csv',
          time: '2026-01-02T00:00:00Z',
          hash: 'k',
          size: 3,
          counts: { rows: 1, byIndex: {}, byYear: {} },
          warnings: 0,
        },
        raw: buf('\u00ffbinary\u0000'),
        active: false,
      },
    ]);
    const back = readBackup(buf(json));
    expect(
      back?.map((v) => [v.fileName, v.time, v.hash, v.active, new TextDecoder().decode(v.raw)]),
    ).toEqual([
      ['a.csv', '2026-01-01T00:00:00Z', 'h', true, 'Mã;Năm\n01;2024\n'],
      ['b.csv', '2026-01-02T00:00:00Z', 'k', false, '\u00ffbinary\u0000'],
    ]);
  });

  it('are not mistaken for other files', () => {
    expect(readBackup(buf('index,year\nPAR,2024\n'))).toBeNull();
    expect(readBackup(buf('{"format":"other"}'))).toBeNull();
    expect(readBackup(buf('{not json'))).toBeNull();
  });
});
