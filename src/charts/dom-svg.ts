// A slide drawn in HTML (the scorecard's tiles, the communes' bars, the topics) as SVG, for its
// image: each box's background and border and each line of text where the page lays it out,
// so the exported slide looks like the one on the screen instead of a list of strings.

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const painted = (c: string): boolean =>
  c !== '' && c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);

function shown(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.display === 'none' || cs.visibility === 'hidden') return false;
    if (e.classList.contains('visually-hidden')) return false;
  }
  return true;
}

/** The element's content as an SVG fragment in its own pixel coordinates, and its size. */
export function domToSvg(root: HTMLElement): { inner: string; width: number; height: number } {
  const base = root.getBoundingClientRect();
  // A slide on screen is scaled to fit (presenter mode): positions back in layout pixels, which
  // is what font sizes and borders are in.
  const k = root.offsetWidth > 0 ? base.width / root.offsetWidth : 1;
  const out: string[] = [];
  // `v` on screen, `d` in layout pixels.
  const x = (v: number, d = 0) => ((v - base.left) / k + d).toFixed(1);
  const y = (v: number, d = 0) => ((v - base.top) / k + d).toFixed(1);
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('svg') && !(el instanceof SVGSVGElement)) continue;
    if (!shown(el)) continue;
    const screen = el.getBoundingClientRect();
    if (screen.width < 0.5 || screen.height < 0.5) continue;
    // Sizes in layout pixels; left and top stay on screen for x() and y().
    const r = {
      left: screen.left,
      top: screen.top,
      width: screen.width / k,
      height: screen.height / k,
    };
    if (el instanceof SVGSVGElement) {
      const clone = el.cloneNode(true) as SVGSVGElement;
      clone.setAttribute('x', x(r.left));
      clone.setAttribute('y', y(r.top));
      clone.setAttribute('width', String(r.width));
      clone.setAttribute('height', String(r.height));
      out.push(new XMLSerializer().serializeToString(clone));
      continue;
    }
    const cs = getComputedStyle(el);
    const radius = parseFloat(cs.borderTopLeftRadius) || 0;
    const bw = parseFloat(cs.borderTopWidth) || 0;
    const bg = cs.backgroundColor;
    if (painted(bg) || (bw > 0 && cs.borderTopStyle !== 'none')) {
      const stroke =
        bw > 0 && cs.borderTopStyle !== 'none'
          ? ` stroke="${esc(cs.borderTopColor)}" stroke-width="${bw}"`
          : '';
      out.push(
        `<rect x="${x(r.left, bw / 2)}" y="${y(r.top, bw / 2)}" width="${(r.width - bw).toFixed(1)}" height="${(r.height - bw).toFixed(1)}" rx="${radius}" fill="${painted(bg) ? esc(bg) : 'none'}"${stroke}/>`,
      );
    }
    const left = parseFloat(cs.borderLeftWidth) || 0;
    if (left > bw && cs.borderLeftStyle !== 'none')
      out.push(
        `<rect x="${x(r.left)}" y="${y(r.top)}" width="${left}" height="${r.height.toFixed(1)}" fill="${esc(cs.borderLeftColor)}"/>`,
      );
    // A list item's number or bullet.
    if (el.tagName === 'LI' && cs.listStyleType !== 'none' && cs.display === 'list-item') {
      const items = [...(el.parentElement?.children ?? [])].filter((c) => c.tagName === 'LI');
      const marker = cs.listStyleType === 'decimal' ? `${items.indexOf(el) + 1}.` : '•';
      const font = parseFloat(cs.fontSize);
      out.push(
        `<text x="${x(r.left, -font * 0.4)}" y="${y(r.top, font * 0.75)}" text-anchor="end" dominant-baseline="central" font-size="${font}" fill="${esc(cs.color)}">${marker}</text>`,
      );
    }
  }
  // Text, line by line as laid out: words grouped by the line box they sit on.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    const text = n.textContent ?? '';
    if (!parent || parent.closest('svg') || !text.trim() || !shown(parent)) continue;
    const cs = getComputedStyle(parent);
    const font = parseFloat(cs.fontSize);
    const lines: { top: number; left: number; bottom: number; words: string[] }[] = [];
    const re = /\S+/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      range.setStart(n, m.index);
      range.setEnd(n, m.index + m[0].length);
      const r = range.getBoundingClientRect();
      if (r.width === 0) continue;
      const line = lines.find((l) => Math.abs(l.top - r.top) < font / 3);
      if (line) line.words.push(m[0]);
      else lines.push({ top: r.top, left: r.left, bottom: r.bottom, words: [m[0]] });
    }
    for (const l of lines) {
      out.push(
        `<text x="${x(l.left)}" y="${y((l.top + l.bottom) / 2)}" dominant-baseline="central" font-size="${font}" font-weight="${cs.fontWeight}" fill="${esc(cs.color)}" xml:space="preserve">${esc(l.words.join(' '))}</text>`,
      );
    }
  }
  return { inner: out.join('\n'), width: base.width / k, height: base.height / k };
}
