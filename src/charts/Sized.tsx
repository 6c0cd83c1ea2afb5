// Measures the width it is given and draws its child at that width, in a box of the given height
// (reserved at once, so nothing moves when the chart appears). Recharts' ResponsiveContainer
// does the same at 2 kB gzip more in the first view.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

// Building a Recharts chart takes tens of milliseconds. The charts of the first view are drawn
// one per task (each in a timer of its own), so the page answers input between them; charts
// mounted later (a switch, a panel) are drawn at once.
let firstView = true;

const measure = (el: HTMLElement) => ({
  width: Math.floor(el.clientWidth),
  height: Math.floor(el.clientHeight),
});

/**
 * `height`: a number of pixels; a function of the measured width (a chart whose rows wrap);
 * or 'fill', the height of the box it is put in (a slide's body).
 */
export function Sized({
  height,
  children,
}: {
  height: number | 'fill' | ((width: number) => number);
  children: (width: number, height: number) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const width = size.width;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending = false;
    if (firstView) {
      pending = true;
      timer = setTimeout(() => {
        pending = false;
        firstView = false;
        flushSync(() => setSize(measure(el)));
      }, 0);
    } else setSize(measure(el));
    const ro = new ResizeObserver(() => {
      if (pending) return;
      const next = measure(el);
      setSize((old) => (old.width === next.width && old.height === next.height ? old : next));
    });
    ro.observe(el);
    return () => {
      clearTimeout(timer);
      ro.disconnect();
    };
  }, []);
  const boxHeight =
    height === 'fill' ? size.height : typeof height === 'number' ? height : height(width);
  return (
    <div
      ref={ref}
      style={{
        width: '100%',
        height: height === 'fill' ? '100%' : boxHeight,
        position: 'relative',
        overflow: 'hidden',
      }}
    >
      {width > 0 && boxHeight > 0 ? children(width, boxHeight) : null}
    </div>
  );
}
