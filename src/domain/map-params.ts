// The map view's parameters, apart from the map's code: the first view (the URL codec, the
// charts/map switch) needs these few lines, not the map.

/** The bundled boundary sets: Hà Nội's units since 2025-07-01, and the 34 provinces. */
export type MapLayer = 'communes' | 'provinces';

export type ClassBy = 'score' | 'group';

/** What the map view shows (in the URL as view=map&layer=…&ind=…&by=…). */
export interface MapParams {
  /** null: the layer the unit opens on (mapFor decides). */
  layer: MapLayer | null;
  indicator: string;
  by: ClassBy;
}

export const DEFAULT_MAP: MapParams = { layer: null, indicator: 'TOTAL', by: 'score' };
