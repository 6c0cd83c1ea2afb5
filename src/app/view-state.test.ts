import { describe, expect, it } from 'vitest';
import { decodeAddress, resolveView, viewToSearch } from './view-state';
import { mini, miniDataset } from '../../tests/support/mini';

const ds = miniDataset(`index,year,unit_code,score
PAR,2023,01,91.43
PAR,2024,01,92.57
PAR,2024,09958,80
PAR,2025,09955,85
SIPAS,2024,01,86.5
`);

describe('resolveView', () => {
  it('reads a full, valid address', () => {
    expect(resolveView('?index=SIPAS&year=2024&unit=01&lang=en', mini, ds)).toEqual({
      view: { index: 'SIPAS', year: 2024, unit: '01', lang: 'en' },
      fellBack: [],
    });
  });

  it('defaults to PAR, Hà Nội, the latest year and Vietnamese', () => {
    expect(resolveView('', mini, ds)).toEqual({
      view: { index: 'PAR', year: 2024, unit: '01', lang: 'vi' },
      fellBack: [],
    });
  });

  it('falls back, and says so, for values that do not exist', () => {
    expect(resolveView('?index=XYZ&year=2020&unit=77777&lang=fr', mini, ds)).toEqual({
      view: { index: 'PAR', year: 2024, unit: '01', lang: 'vi' },
      fellBack: ['lang=fr', 'index=XYZ', 'unit=77777', 'year=2020'],
    });
  });

  it('keeps a reused code in the year it names that unit', () => {
    expect(resolveView('?index=PAR&year=2025&unit=09955', mini, ds).view).toEqual({
      index: 'PAR',
      year: 2025,
      unit: '09955',
      lang: 'vi',
    });
  });

  it('writes the view back as an address', () => {
    expect(viewToSearch({ index: 'PAR', year: 2024, unit: '09958', lang: 'vi' })).toBe(
      '?index=PAR&year=2024&unit=09958&lang=vi',
    );
  });

  it('reads and writes the map view with its layer, indicator and colour classes', () => {
    const { view, fellBack } = resolveView(
      '?index=PAR&year=2025&unit=09955&lang=vi&view=map&layer=provinces&by=group',
      mini,
      ds,
    );
    expect(fellBack).toEqual([]);
    expect(view.map).toEqual({ layer: 'provinces', indicator: 'TOTAL', by: 'group' });
    expect(viewToSearch(view)).toBe(
      '?index=PAR&year=2025&unit=09955&lang=vi&view=map&layer=provinces&by=group',
    );
    // The defaults are left out of the address.
    expect(viewToSearch({ ...view, map: { layer: null, indicator: 'TOTAL', by: 'score' } })).toBe(
      '?index=PAR&year=2025&unit=09955&lang=vi&view=map',
    );
  });

  it('falls back from map parameters it does not know, and says which', () => {
    const r = resolveView('?view=map&layer=districts&by=colour&ind=ZZ9', mini, ds);
    expect(r.view.map).toEqual({ layer: null, indicator: 'TOTAL', by: 'score' });
    expect(r.fellBack).toEqual(['layer=districts', 'by=colour', 'ind=ZZ9']);
    expect(resolveView('?view=globe', mini, ds)).toMatchObject({
      view: { index: 'PAR' },
      fellBack: ['view=globe'],
    });
    expect(resolveView('?view=globe', mini, ds).view.map).toBeUndefined();
  });
});

describe('picked peers', () => {
  it('keeps picked peers that are the unit’s peers that year, and says which it dropped', () => {
    const r = resolveView('?index=PAR&year=2024&unit=09958&peers=09961,09958,01,09955', mini, ds);
    expect(r.view.peers).toEqual(['09961', '09955']);
    expect(r.fellBack).toEqual(['peers=09958', 'peers=01']);
    expect(viewToSearch(r.view, { panel: true, present: null, speaker: false })).toBe(
      '?index=PAR&year=2024&unit=09958&lang=vi&peers=09961,09955&panel=data',
    );
  });
});

describe('viewToSearch', () => {
  it('writes the view it is given, keeping only the shell of the address in use', () => {
    const here = decodeAddress('?index=SIPAS&year=2024&unit=01&lang=vi&panel=data&present=2');
    const v = resolveView('?index=PAR&year=2024&unit=09958&lang=en', mini, ds).view;
    expect(viewToSearch(v, here)).toBe(
      '?index=PAR&year=2024&unit=09958&lang=en&panel=data&present=2',
    );
  });
});
