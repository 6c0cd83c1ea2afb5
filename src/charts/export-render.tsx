// A chart drawn again for an image: off screen, in the projector's type and line widths, at the
// size the image gives it — not the on-screen SVG scaled up, whose 14 px labels and 3 px lines
// would be thin specks on a 1920×1080 slide or an A4 page.
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { ChartThemeProvider, EXPORT_THEME } from './theme';
import type { ImageSize } from './export-image';

/** The chart's box in the image, in CSS pixels (the page scales it 1:1 on 1920×1080). */
const BOX: Record<ImageSize, { width: number; height: number }> = {
  hd: { width: 1800, height: 720 },
  a4: { width: 1800, height: 1200 },
};

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (k: number) => (k <= 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
    step(n);
  });

export async function renderForExport(
  chart: ReactNode,
  size: ImageSize,
): Promise<{ el: HTMLElement; done: () => void }> {
  const { width, height } = BOX[size];
  const el = document.createElement('div');
  el.className = 'export-host';
  el.setAttribute('aria-hidden', 'true');
  el.style.cssText = `position:fixed;left:-${width + 100}px;top:0;width:${width}px;height:${height}px;background:#fff;`;
  document.body.appendChild(el);
  const root = createRoot(el);
  flushSync(() =>
    root.render(
      <ChartThemeProvider value={EXPORT_THEME}>
        <div className="chart-fill">{chart}</div>
      </ChartThemeProvider>,
    ),
  );
  // The box is measured in a layout effect, then the chart is drawn at that size.
  await frames(3);
  return {
    el,
    done: () => {
      root.unmount();
      el.remove();
    },
  };
}
