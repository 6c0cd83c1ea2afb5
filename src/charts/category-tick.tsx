// Category names beside a bar chart, wrapped to the width the chart gives them. Only the bar
// charts (sub-indices, below the fold, and slides) use it, so it loads with them.
import type { TickProps } from './axis';
import { useChartTheme } from './theme';
import { textWidth } from './ticks';

/**
 * Words broken into lines no wider than `width` at `font` px (a word longer than the line gets a
 * line of its own): `wrapWords('P1 Tham gia của người dân', 160, 20)` → ['P1 Tham gia', 'của
 * người dân'] (13 characters a line).
 */
export function wrapWords(text: string, width: number, font: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, font) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** A category name beside a bar, wrapped onto as many lines as it needs within `width`. */
export function CategoryTick({ x, y, payload, width }: TickProps & { width: number }) {
  const theme = useChartTheme();
  if (x === undefined || y === undefined || !payload) return null;
  const lines = wrapWords(String(payload.value), width - 8, theme.font);
  const lineHeight = theme.font * 1.2;
  const first = -((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={x - 6} y={y} textAnchor="end" fill={theme.ink} fontSize={theme.font}>
      {lines.map((l, i) => (
        <tspan key={i} x={x - 6} y={y + first + i * lineHeight} dy="0.355em">
          {l}
        </tspan>
      ))}
    </text>
  );
}
