// Waits until nothing on the page is pending, then opens the print dialog (see print.ts).
import { PRINT_PREPARE, setPrintPending } from './print';

const PENDING = '[data-pending], [data-when-visible]';

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
  setPrintPending(true);
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
  setPrintPending(false);
  print();
  return ready;
}
