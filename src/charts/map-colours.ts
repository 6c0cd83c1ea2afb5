// The map's colour scale. Only the map (loaded on demand) uses it.

/**
 * The map's classes, lowest to highest: ColorBrewer YlGnBu (5 classes), a sequential scale
 * marked colour-blind safe, light for the weakest units and dark for the strongest.
 */
export const MAP_CLASSES = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** The colour of class `i` of `n` (fewer classes take colours spread over the scale). */
export function mapClassColour(i: number, n: number): string {
  const last = MAP_CLASSES.length - 1;
  const at = n <= 1 ? last : Math.round((i * last) / (n - 1));
  return MAP_CLASSES[Math.max(0, Math.min(last, at))] ?? '#253494';
}
