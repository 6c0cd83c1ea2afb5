// The bundled boundaries (data/geo/, see its README), fetched when a map is first drawn and kept:
// content-hashed files, so the service worker serves them offline like the data files.
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import hanoiUrl from '../../data/geo/hanoi-2025.topo.json?url';
import provincesUrl from '../../data/geo/provinces-2025.topo.json?url';
import type { Boundary, MapLayer } from '../domain/map';

interface Props {
  code: string;
  name: string;
  name_en: string;
}

const URLS: Record<MapLayer, string> = { communes: hanoiUrl, provinces: provincesUrl };

/** The boundaries of a layer, keyed by GSO code as the files give it (text, never a number). */
export async function loadBoundaries(layer: MapLayer, signal?: AbortSignal): Promise<Boundary[]> {
  const res = await fetch(URLS[layer], { signal });
  if (!res.ok) throw new Error(`${URLS[layer]}: HTTP ${res.status}`);
  const topo = (await res.json()) as Topology<{ units: GeometryCollection<Props> }>;
  const fc = feature(topo, topo.objects.units);
  return fc.features.map((f) => ({
    code: String(f.properties.code),
    name: f.properties.name,
    nameEn: f.properties.name_en,
    feature: f,
  }));
}

export const boundariesQuery = (layer: MapLayer) => ({
  queryKey: ['boundaries', layer] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => loadBoundaries(layer, signal),
  staleTime: Infinity,
  gcTime: Infinity,
});
