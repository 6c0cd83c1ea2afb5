// Measures the width it is given and draws its child at that width. Recharts'
// ResponsiveContainer does the same at 2 kB gzip more in the first view.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

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
    setWidth(el.clientWidth);
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.floor(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <div ref={ref} style={{ width: '100%', height, position: 'relative' }}>
      {width > 0 ? children(width) : null}
    </div>
  );
}
