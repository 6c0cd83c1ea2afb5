import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeAddress, encodeAddress, type Address } from './address';

describe('the address codec', () => {
  const code = fc.stringMatching(/^[A-Za-z0-9_.-]{1,8}$/);
  const address: fc.Arbitrary<Omit<Address, 'unreadable'>> = fc.record({
    index: fc.option(fc.constantFrom('PAR', 'SIPAS', 'PAPI', 'X1')),
    year: fc.option(fc.integer({ min: 1000, max: 9999 })),
    unit: fc.option(code),
    lang: fc.constantFrom('vi' as const, 'en' as const),
    map: fc.option(
      fc.record({
        layer: fc.constantFrom(null, 'communes' as const, 'provinces' as const),
        indicator: fc.oneof(fc.constant('TOTAL'), code),
        by: fc.constantFrom('score' as const, 'group' as const),
      }),
    ),
    peers: fc.uniqueArray(code, { maxLength: 5 }),
    panel: fc.boolean(),
    present: fc.option(fc.integer({ min: 1, max: 99 })),
    speaker: fc.boolean(),
  });

  it('reads back every address it writes, and writes what it reads the same way', () => {
    fc.assert(
      fc.property(address, (a) => {
        const search = encodeAddress(a);
        const back = decodeAddress(search);
        expect(back).toEqual({ ...a, unreadable: {} });
        expect(encodeAddress(back)).toBe(search);
      }),
    );
  });

  it('reads the shell (panel, slide, speaker window) without any data', () => {
    expect(decodeAddress('?lang=en&panel=data&present=3&speaker=1')).toMatchObject({
      lang: 'en',
      panel: true,
      present: 3,
      speaker: true,
      unreadable: {},
    });
    expect(decodeAddress('?present=0').present).toBe(1);
    expect(decodeAddress('?present=x&panel=yes')).toMatchObject({ present: null, panel: false });
  });

  it('names what it cannot read', () => {
    expect(decodeAddress('?year=20x4&peers=09955,a%20b&lang=fr').unreadable).toEqual({
      year: 'year=20x4',
      peers: 'peers=09955,a b',
      lang: 'lang=fr',
    });
  });
});
