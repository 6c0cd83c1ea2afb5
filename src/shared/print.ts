// Printing the handout waits for the page: the data in, every section drawn (those drawn when
// scrolled to as well), the fonts loaded. Only then the browser's print dialog opens. A leader
// who pressed Ctrl+P while "Đang tải dữ liệu…" was on screen got that sentence on paper.
//
// Parts of the page that are not drawn yet say so with `data-pending` (a loading state, a
// Suspense fallback) or `data-when-visible` (a section waiting to be scrolled to).

/** Sent before printing: sections waiting to be scrolled to draw now. */
export const PRINT_PREPARE = 'cchc:print-prepare';

const PENDING = '[data-pending], [data-when-visible]';

let preparing = false;
/** Whether a print is waiting for the page: a section that mounts now draws at once. */
export const printPending = (): boolean => preparing;

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Waits until nothing on the page is pending (at most `timeoutMs`), then prints. Returns whether
 * the page was ready: after the time-out it prints what there is, which says what failed.
 */
export async function printWhenReady(
  print: () => void = () => window.print(),
  timeoutMs = 20_000,
): Promise<boolean> {
  preparing = true;
  window.dispatchEvent(new Event(PRINT_PREPARE));
  const until = performance.now() + timeoutMs;
  let ready = false;
  // Ready twice in a row 100 ms apart: a section that has just drawn may start loading another.
  let quiet = 0;
  while (performance.now() < until) {
    await sleep(100);
    quiet = document.querySelector(PENDING) === null ? quiet + 1 : 0;
    if (quiet >= 2) {
      ready = true;
      break;
    }
  }
  await document.fonts.ready;
  // Charts measure their box after they mount: let them draw.
  await nextFrame();
  await nextFrame();
  preparing = false;
  print();
  return ready;
}

/** Ctrl+P / ⌘P: the same wait as the print button. */
export function isPrintShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p';
}
