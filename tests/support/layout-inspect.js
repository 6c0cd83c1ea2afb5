// The layout check's eyes, run inside the page (evaluated as a string: the page's CSP forbids
// inline scripts). `window.__layoutInspect(rootSelector, { minFont })` returns the problems
// a reader would see: text boxes that overlap or touch on one row, text cut by its SVG or its
// box, text that overflows its box, and (with minFont) text smaller than minFont px.
(() => {
  const visible = (el) => {
    // Inside a closed <details> (but not its summary): not drawn.
    const closed = el.closest('details:not([open])');
    if (closed && !el.closest('summary')) return false;
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0)
        return false;
      if (e.classList.contains('visually-hidden') || e.classList.contains('skip')) return false;
      if (e.getAttribute('aria-hidden') === 'true' && e.classList.contains('blank')) return false;
    }
    return true;
  };
  const label = (el) => {
    const t = (el.textContent || '').trim().replace(/\s+/g, ' ');
    return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${t.slice(0, 40)}"`;
  };
  /** The nearest ancestor that lays out its own lines (not inline). */
  const blockOf = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const d = getComputedStyle(e).display;
      if (d !== 'inline' && d !== 'contents') return e;
    }
    return document.body;
  };

  window.__layoutInspect = (rootSelector, opts = {}) => {
    const root = document.querySelector(rootSelector);
    if (!root) return [{ kind: 'missing', what: rootSelector }];
    const problems = [];
    const boxes = [];
    const sx = window.scrollX;
    const sy = window.scrollY;
    /** The part of the viewport an element's clipping ancestors (scroll boxes) leave visible. */
    const clipOf = (el) => {
      let c = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity };
      for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
        const b = e.getBoundingClientRect();
        c = {
          left: Math.max(c.left, b.left),
          right: Math.min(c.right, b.right),
          top: Math.max(c.top, b.top),
          bottom: Math.min(c.bottom, b.bottom),
        };
      }
      return c;
    };
    const addBox = (owner, raw, font, what) => {
      // Only what is drawn: a row scrolled out of its box is not on screen.
      const c = clipOf(owner);
      const r = {
        left: Math.max(raw.left, c.left),
        right: Math.min(raw.right, c.right),
        top: Math.max(raw.top, c.top),
        bottom: Math.min(raw.bottom, c.bottom),
      };
      r.width = r.right - r.left;
      r.height = r.bottom - r.top;
      if (r.width < 0.5 || r.height < 0.5) return;
      boxes.push({
        owner,
        x1: r.left + sx,
        x2: r.right + sx,
        y1: r.top + sy,
        y2: r.bottom + sy,
        font,
        what,
      });
    };

    // SVG text: one box per <text>, which must lie inside its <svg>.
    for (const t of root.querySelectorAll('svg text')) {
      if (!visible(t) || !(t.textContent || '').trim()) continue;
      const r = t.getBoundingClientRect();
      const font = parseFloat(getComputedStyle(t).fontSize);
      const svg = t.ownerSVGElement;
      // The outermost SVG and any clipping box around it (Sized clips its chart).
      let clip = svg.getBoundingClientRect();
      for (let e = svg.parentElement; e && e !== document.body; e = e.parentElement) {
        const cs = getComputedStyle(e);
        if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
          const b = e.getBoundingClientRect();
          clip = {
            left: Math.max(clip.left, b.left),
            right: Math.min(clip.right, b.right),
            top: Math.max(clip.top, b.top),
            bottom: Math.min(clip.bottom, b.bottom),
          };
          break;
        }
      }
      if (
        r.width > 0 &&
        (r.left < clip.left - 1 ||
          r.right > clip.right + 1 ||
          r.top < clip.top - 1 ||
          r.bottom > clip.bottom + 1)
      )
        problems.push({ kind: 'cut', what: label(t) });
      addBox(t, r, font, label(t));
      if (opts.minFont && font < opts.minFont)
        problems.push({ kind: 'small', what: `${label(t)} ${font}px` });
    }

    // HTML text: the line boxes of each text node, owned by the block that lays them out.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    const seenSmall = new Set();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('svg') || !n.textContent.trim() || !visible(el)) continue;
      if (el.closest('select, option, script, style, title')) continue;
      const block = blockOf(el);
      const font = parseFloat(getComputedStyle(el).fontSize);
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) addBox(block, r, font, label(block));
      if (opts.minFont && font < opts.minFont && !seenSmall.has(el)) {
        seenSmall.add(el);
        problems.push({ kind: 'small', what: `${label(el)} ${font}px` });
      }
    }

    // Boxes that clip or scroll their text: the text must fit.
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('svg') || !visible(el)) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'inline') continue;
      const hasText = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim());
      if (!hasText) continue;
      if (el.scrollWidth > el.clientWidth + 1 && cs.overflowX !== 'visible')
        problems.push({
          kind: 'cut',
          what: `${label(el)} scrollWidth ${el.scrollWidth} > ${el.clientWidth}`,
        });
      else if (
        el.scrollWidth > el.clientWidth + 1 &&
        el.clientWidth > 0 &&
        cs.display !== 'table-cell'
      ) {
        // Text running out of its box (visible overflow) onto what is beside it.
        const b = el.getBoundingClientRect();
        range.selectNodeContents(el);
        const t = range.getBoundingClientRect();
        if (t.right > b.right + 2 || t.left < b.left - 2)
          problems.push({
            kind: 'overflow',
            what: `${label(el)} text ${Math.round(t.left)}–${Math.round(t.right)} box ${Math.round(b.left)}–${Math.round(b.right)}`,
          });
      }
    }

    // Overlap or touch: boxes of two different owners on one row, closer than a quarter of
    // the font size (vertically overlapping by more than a third of the smaller height).
    boxes.sort((a, b) => a.y1 - b.y1);
    const reported = new Set();
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j];
        if (b.y1 > a.y2) break;
        if (a.owner === b.owner) continue;
        if (a.owner.contains(b.owner) || b.owner.contains(a.owner)) {
          // A block and a block inside it (a label and its value): still two boxes.
        }
        const vOverlap = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (vOverlap <= Math.min(a.y2 - a.y1, b.y2 - b.y1) / 3) continue;
        const gap = Math.max(a.x1, b.x1) - Math.min(a.x2, b.x2);
        const need = Math.min(a.font, b.font) / 4;
        if (gap < need) {
          const key = `${a.what}|${b.what}`;
          if (reported.has(key)) continue;
          reported.add(key);
          problems.push({
            kind: gap < 0 ? 'overlap' : 'touch',
            what: `${a.what} ↔ ${b.what} (gap ${gap.toFixed(1)} px)`,
          });
        }
      }
    }
    return problems;
  };
})();
