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

/**
 * The width a line of text takes, estimated without measuring: Noto Sans averages about 0.56 em
 * per character (digits 0.57 em); 0.6 em leaves a margin so estimates never fall short.
 */
export const textWidth = (text: string, font: number): number => text.length * font * 0.6;

/**
 * Every how many years to label the time axis so that labels are at least a quarter of the font
 * size apart: `yearStep(13, 560, 24)` → 2 ("2012" is about 58 px wide at 24 px; 13 years on
 * 560 px leave 47 px between neighbours).
 */
export function yearStep(count: number, plotWidth: number, font: number): number {
  if (count <= 1) return 1;
  const gap = plotWidth / (count - 1);
  const need = textWidth('2024', font) + font * 0.5;
  return [1, 2, 3, 4, 5, 10].find((s) => gap * s >= need) ?? Math.ceil(need / gap);
}

/** Whether year `i` of `count` is labelled: the latest year always is, then every `step`-th back. */
export const labelledYear = (i: number, count: number, step: number): boolean =>
  (count - 1 - i) % step === 0;
