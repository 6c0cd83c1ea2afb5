// Axis ticks chosen here, not measured by Recharts: round numbers, and no text measuring (which
// forces a layout per tick label) when a chart renders.

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

/** Ticks from `lo` to `hi` at a round step, about `count` of them; `lo` and `hi` included. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  const span = Math.max(1, hi - lo);
  const step = STEPS.find((s) => span / s <= count) ?? Math.ceil(span / count);
  const out = [lo];
  // Round values in between, none so close to an end that their labels would touch.
  for (let v = Math.ceil((lo + 1) / step) * step; v < hi; v += step) {
    if (v - lo >= step * 0.4 && hi - v >= step * 0.4) out.push(v);
  }
  if (hi > lo) out.push(hi);
  return out;
}
