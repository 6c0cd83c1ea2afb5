// Measures the width it is given and draws its child at that width, in a box of the given height
// (reserved at once, so nothing moves when the chart appears). Recharts' ResponsiveContainer
// does the same at 2 kB gzip more in the first view.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

// Building a Recharts chart takes tens of milliseconds. The charts of the first view are drawn
// one per task (each in a timer of its own), so the page answers input between them; charts
// mounted later (a switch, a panel) are drawn at once.
let firstView = true;

export function Sized({
  height,
  children,
}: {
  height: number;
  children: (width: number) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
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
        flushSync(() => setWidth(el.clientWidth));
      }, 0);
    } else setWidth(el.clientWidth);
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined && !pending) setWidth(Math.floor(w));
    });
    ro.observe(el);
    return () => {
      clearTimeout(timer);
      ro.disconnect();
    };
  }, []);
  return (
    <div ref={ref} style={{ width: '100%', height, position: 'relative' }}>
      {width > 0 ? children(width) : null}
    </div>
  );
}
