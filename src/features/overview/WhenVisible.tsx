// Renders its children once their place comes near the screen (or the page is to be printed). Sections
// below the fold — the peers of Hà Nội among the provinces — then load their code when a leader
// scrolls to them, not with the first view. The place keeps a height meanwhile, so nothing moves.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { PRINT_PREPARE, printPending } from '../../shared/print';

export function WhenVisible({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(
    () => typeof IntersectionObserver === 'undefined' || printPending(),
  );
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
    // The print flow asks first (and waits for the section's code); the browser's own print
    // menu only tells us at the last moment, when the section must draw at once if it can.
    const showNow = () => flushSync(show);
    window.addEventListener(PRINT_PREPARE, show);
    window.addEventListener('beforeprint', showNow);
    return () => {
      io.disconnect();
      window.removeEventListener(PRINT_PREPARE, show);
      window.removeEventListener('beforeprint', showNow);
    };
  }, [shown]);
  return shown ? (
    <>{children}</>
  ) : (
    <div ref={ref} style={{ minHeight }} aria-hidden="true" data-when-visible="" />
  );
}
