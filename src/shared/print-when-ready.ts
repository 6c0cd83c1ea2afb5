// Waits until nothing on the page is pending, then opens the print dialog (requestPrint in
// print.ts has asked every section to draw).

const PENDING = '[data-pending], [data-when-visible]';

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** At the most: after that the page prints what there is, which says what failed to load. */
const TIMEOUT_MS = 20_000;

/** Waits until nothing on the page is pending, then prints. */
export async function printWhenReady(): Promise<void> {
  const until = performance.now() + TIMEOUT_MS;
  // Ready twice in a row 100 ms apart: a section that has just drawn may start loading another.
  let quiet = 0;
  while (quiet < 2 && performance.now() < until) {
    await sleep(100);
    quiet = document.querySelector(PENDING) === null ? quiet + 1 : 0;
  }
  await document.fonts.ready;
  // Charts measure their box after they mount: let them draw.
  await nextFrame();
  await nextFrame();
  window.print();
}
