// Printing the handout waits for the page: the data in, every section drawn (those drawn when
// scrolled to as well), the fonts loaded. Only then the browser's print dialog opens. A leader
// who pressed Ctrl+P while "Đang tải dữ liệu…" was on screen got that sentence on paper.
//
// Parts of the page that are not drawn yet say so with `data-pending` (a loading state, a
// Suspense fallback) or `data-when-visible` (a section waiting to be scrolled to).

/** Sent before printing: sections waiting to be scrolled to draw now. */
export const PRINT_PREPARE = 'cchc:print-prepare';

let preparing = false;
/** Whether a print is waiting for the page: a section that mounts now draws at once. */
export const printPending = (): boolean => preparing;

/**
 * The print button and Ctrl+P: sections waiting to be scrolled to draw now (those mounted later
 * read printPending), the waiting is loaded when first asked for (it is not part of the first
 * view), and the page is printed once ready. A second request while one waits is the same print.
 */
export function requestPrint(): void {
  if (preparing) return;
  preparing = true;
  window.dispatchEvent(new Event(PRINT_PREPARE));
  void import('./print-when-ready')
    .then((m) => m.printWhenReady())
    .finally(() => {
      preparing = false;
    });
}

/** Ctrl+P / ⌘P: the same wait as the print button. */
export function isPrintShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p';
}
