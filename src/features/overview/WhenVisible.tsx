// Renders its children once their place comes near the screen (or the page is printed). Sections
// below the fold — the peers of Hà Nội among the provinces — then load their code when a leader
// scrolls to them, not with the first view. The place keeps a height meanwhile, so nothing moves.
import { useEffect, useRef, useState, type ReactNode } from 'react';

export function WhenVisible({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (shown) return;
    const el = ref.current;
    if (!el) return;
    const show = () => setShown(true);
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) show();
      },
      { rootMargin: '0px 0px 100px 0px' },
    );
    io.observe(el);
    window.addEventListener('beforeprint', show);
    return () => {
      io.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, [shown]);
  return shown ? (
    <>{children}</>
  ) : (
    <div ref={ref} style={{ minHeight }} aria-hidden="true" data-when-visible="" />
  );
}
