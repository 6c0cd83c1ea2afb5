// The address's syntax, apart from the data: ?index=PAR|SIPAS|PAPI&year=YYYY&unit=CODE&lang=vi|en,
// the map (&view=map&layer=communes|provinces&ind=INDICATOR&by=score|group), the peers picked for
// comparison (&peers=CODE,CODE), the data panel (&panel=data), presenter mode (&present=N) and the
// speaker window (&speaker=1). Needs no data: the shell (language, panel, slide) is read before the
// data has loaded. Every change of the address goes through `encodeAddress`, so what one part of
// the page writes another part reads the same way. `app/view-state.ts` checks it against the data.

import type { MapParams } from './map-params';

export type AddressLang = 'vi' | 'en';

/** At most this many peers are picked out in the peers chart (one colour and dash each). */
export const MAX_PEERS = 4;

export interface Address {
  index: string | null;
  year: number | null;
  unit: string | null;
  lang: AddressLang;
  /** null: the charts. */
  map: MapParams | null;
  /** Peers picked for comparison, in the order picked. */
  peers: string[];
  panel: boolean;
  /** The slide shown in presenter mode (1-based), or null outside it. */
  present: number | null;
  speaker: boolean;
  /** Parameters given in a form that cannot be read, as `key=value`, by key. */
  unreadable: Partial<Record<AddressKey, string>>;
}

type AddressKey = 'index' | 'year' | 'unit' | 'lang' | 'view' | 'layer' | 'by' | 'ind' | 'peers';

const CODE = /^[A-Za-z0-9_.-]{1,40}$/;

/** The parameter's value when `ok` says it is well formed; otherwise null, and a bad one noted. */
function valid(
  p: URLSearchParams,
  key: AddressKey,
  ok: (v: string) => boolean,
  bad: Address['unreadable'],
): string | null {
  const v = p.get(key);
  if (v === null || ok(v)) return v;
  bad[key] = `${key}=${v}`;
  return null;
}

/** The parameter's value when it is one of `allowed`; otherwise null, and a bad one noted. */
function oneOf<T extends string>(
  p: URLSearchParams,
  key: AddressKey,
  allowed: readonly T[],
  bad: Address['unreadable'],
): T | null {
  const v = valid(p, key, (x) => allowed.some((a) => a === x), bad);
  return allowed.find((a) => a === v) ?? null;
}

const isCode = (c: string) => CODE.test(c);

export function decodeAddress(search: string): Address {
  const p = new URLSearchParams(search);
  const bad: Address['unreadable'] = {};
  const year = valid(p, 'year', (y) => /^\d{4}$/.test(y), bad);
  const present = p.get('present');
  const peers = valid(
    p,
    'peers',
    (list) => list.split(',').every((c) => c === '' || isCode(c)),
    bad,
  );
  return {
    index: p.get('index')?.toUpperCase() ?? null,
    year: year === null ? null : Number(year),
    unit: p.get('unit'),
    lang: oneOf(p, 'lang', ['vi', 'en'], bad) ?? 'vi',
    map:
      oneOf(p, 'view', ['charts', 'map'], bad) === 'map'
        ? {
            layer: oneOf(p, 'layer', ['communes', 'provinces'], bad),
            indicator: valid(p, 'ind', isCode, bad) ?? 'TOTAL',
            by: oneOf(p, 'by', ['score', 'group'], bad) ?? 'score',
          }
        : null,
    peers: [...new Set((peers ?? '').split(',').filter((c) => c !== ''))],
    panel: p.get('panel') === 'data',
    present: present !== null && /^\d+$/.test(present) ? Math.max(1, Number(present)) : null,
    speaker: p.get('speaker') === '1',
    unreadable: bad,
  };
}

/** The address as a query string; defaults are left out (no view=charts, no empty peers). */
export function encodeAddress(a: Omit<Address, 'unreadable'>): string {
  const p = new URLSearchParams();
  if (a.index !== null) p.set('index', a.index);
  if (a.year !== null) p.set('year', String(a.year));
  if (a.unit !== null) p.set('unit', a.unit);
  p.set('lang', a.lang);
  if (a.map) {
    p.set('view', 'map');
    if (a.map.layer) p.set('layer', a.map.layer);
    if (a.map.indicator !== 'TOTAL') p.set('ind', a.map.indicator);
    if (a.map.by !== 'score') p.set('by', a.map.by);
  }
  if (a.peers.length > 0) p.set('peers', a.peers.join(','));
  if (a.panel) p.set('panel', 'data');
  if (a.present !== null) p.set('present', String(a.present));
  if (a.speaker) p.set('speaker', '1');
  // Codes are letters, digits and . _ -: the comma between peers needs no escaping.
  return `?${p.toString().replaceAll('%2C', ',')}`;
}
