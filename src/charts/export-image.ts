// A chart as an image for slides and handouts: the chart's SVG placed on a page of the chosen
// size with its title, subtitle, the sample-data mark when relevant, the source line and the
// date in the footer. SVG as it is, or PNG drawn through a canvas.

import { domToSvg } from './dom-svg';

export interface ImageMeta {
  title: string;
  subtitle: string;
  sample: string | null;
  footer: string;
  /** @font-face rules to embed (see embedded-fonts.ts). */
  fontCss?: string;
}

const fontDefs = (css: string | undefined): string =>
  css ? `<defs><style>${css}</style></defs>` : '';

export type ImageSize = 'hd' | 'a4';
const SIZES: Record<ImageSize, { width: number; height: number }> = {
  hd: { width: 1920, height: 1080 },
  // A4 portrait at 300 dpi.
  a4: { width: 2480, height: 3508 },
};
const FONT = "'Noto Sans', 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
const NS = 'http://www.w3.org/2000/svg';

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A chart's SVG placed in a box of the page, scaled to fit and centred. */
function placeChart(chart: SVGSVGElement, x: number, y: number, w: number, h: number): string {
  const cw = Number(chart.getAttribute('width')) || chart.clientWidth || 800;
  const ch = Number(chart.getAttribute('height')) || chart.clientHeight || 400;
  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', NS);
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  clone.setAttribute('viewBox', `0 0 ${cw} ${ch}`);
  clone.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  return new XMLSerializer().serializeToString(clone);
}

interface LegendEntry {
  label: string;
  color: string;
  kind: string;
}

export interface PageContent {
  charts: { svg: SVGSVGElement; legend: LegendEntry[] }[];
  lines: string[];
  /** Without charts: the element itself drawn as SVG (dom-svg.ts). */
  drawn?: { inner: string; width: number; height: number };
}

/**
 * What a chart frame or a slide shows, read from the page: each chart's own SVG (not the small
 * icon SVGs inside it) with the legend drawn beside it, or, without charts, its list items.
 */
export function pageContent(el: Element): PageContent {
  const svgs = [
    ...el.querySelectorAll('.recharts-wrapper > svg.recharts-surface, svg[data-chart-svg]'),
  ].filter((x): x is SVGSVGElement => x instanceof SVGSVGElement);
  const charts = svgs.map((svg) => {
    let box: Element | null = svg.parentElement;
    while (box && box !== el && !box.querySelector('[data-legend]')) box = box.parentElement;
    const list = box?.querySelector('[data-legend]');
    const legend = list
      ? [...list.querySelectorAll('li')].map((li) => ({
          label: li.textContent?.trim() ?? '',
          color: li.getAttribute('data-color') ?? '#000',
          kind: li.getAttribute('data-kind') ?? 'line',
        }))
      : [];
    return { svg, legend };
  });
  const lines =
    charts.length > 0
      ? []
      : [...el.querySelectorAll('li, .slide-subhead')]
          .filter((li) => !li.querySelector('li'))
          .map((li) =>
            (li instanceof HTMLElement ? li.innerText : (li.textContent ?? ''))
              .replace(/\s*\n+\s*/g, ' · ')
              .trim(),
          )
          .filter(Boolean);
  return {
    charts,
    lines,
    drawn: charts.length === 0 && el instanceof HTMLElement ? domToSvg(el) : undefined,
  };
}

/** A legend swatch in SVG, as the HTML legend draws it. */
function swatch(kind: string, color: string, x: number, y: number, size: number): string {
  const c = escape(color);
  const w = size * 1.6;
  const line = (dash: string) =>
    `<line x1="${x}" x2="${x + w}" y1="${y}" y2="${y}" stroke="${c}" stroke-width="${size / 5}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  switch (kind) {
    case 'dashed':
      return line(`${size / 3} ${size / 6}`);
    case 'dotted':
      return line(`${size / 8} ${size / 6}`);
    case 'bar':
      return `<rect x="${x}" y="${y - size / 2.4}" width="${w}" height="${size / 1.2}" fill="${c}"/>`;
    case 'hatch':
      return `<rect x="${x}" y="${y - size / 2.4}" width="${w}" height="${size / 1.2}" fill="url(#export-hatch)"/>`;
    case 'area':
      return `<rect x="${x}" y="${y - size / 2.4}" width="${w}" height="${size / 1.2}" fill="${c}" stroke="#333" stroke-width="${size / 14}"/>`;
    case 'nodata':
      return `<rect x="${x}" y="${y - size / 2.4}" width="${w}" height="${size / 1.2}" fill="url(#export-nodata)" stroke="#333" stroke-width="${size / 14}"/>`;
    case 'outline':
      return `<rect x="${x}" y="${y - size / 2.4}" width="${w}" height="${size / 1.2}" fill="#fff" stroke="${c}" stroke-width="${size / 6}"/>`;
    case 'dot-filled':
    case 'dot-hollow':
      return `<circle cx="${x + w / 2}" cy="${y}" r="${size / 3}" stroke="${c}" stroke-width="${size / 8}" fill="${kind === 'dot-filled' ? c : '#fff'}"/>`;
    case 'mark-method':
    case 'mark-units':
      return `<line x1="${x + w / 2}" x2="${x + w / 2}" y1="${y - size / 2}" y2="${y + size / 2}" stroke="${c}" stroke-width="${size / 6}"${kind === 'mark-method' ? ` stroke-dasharray="${size / 5} ${size / 8}"` : ''}/>`;
    default:
      return line('');
  }
}

/** Legend entries laid out in rows within `width`; returns the SVG and the height it takes. */
function legendSvg(
  items: readonly LegendEntry[],
  x: number,
  y: number,
  width: number,
  size: number,
): { svg: string; height: number } {
  if (items.length === 0) return { svg: '', height: 0 };
  const out: string[] = [];
  let cx = x;
  let row = 0;
  const rowH = size * 1.6;
  for (const it of items) {
    const w = size * 1.6 + size * 0.4 + it.label.length * size * 0.58 + size * 1.2;
    if (cx > x && cx + w > x + width) {
      cx = x;
      row++;
    }
    const cy = y + row * rowH + size / 2;
    out.push(swatch(it.kind, it.color, cx, cy, size));
    out.push(
      `<text x="${cx + size * 2}" y="${cy}" dy="0.35em" font-size="${size}" fill="#000">${escape(it.label)}</text>`,
    );
    cx += w;
  }
  return { svg: out.join('\n'), height: (row + 1) * rowH };
}

/**
 * One page: the title, a second line (a subtitle, or a slide's takeaway in bold), the sample
 * mark, the charts side by side with their legends — or, without charts, the lines as a list
 * (in two columns when long) — and the footer.
 */
function composePage(
  content: PageContent,
  meta: ImageMeta,
  second: { text: string; bold: boolean },
  size: ImageSize,
): string {
  const { charts, lines } = content;
  const { width, height } = SIZES[size];
  const unit = width / 1920;
  const pad = 60 * unit;
  const titleSize = 46 * unit;
  const textSize = 31 * unit;
  const legendSize = 26 * unit;
  const top = pad + titleSize + textSize * 2.3;
  const bottom = height - pad - textSize * 1.6;
  const gap = 30 * unit;
  const slotW =
    charts.length > 0 ? (width - 2 * pad - gap * (charts.length - 1)) / charts.length : 0;
  let body: string;
  if (charts.length > 0) {
    const legends = charts.map((c, i) =>
      legendSvg(c.legend, pad + i * (slotW + gap), 0, slotW, legendSize),
    );
    const legendH = Math.max(0, ...legends.map((l) => l.height));
    const room = bottom - top - textSize * 0.5 - (legendH > 0 ? legendH + legendSize : 0);
    // With lines under it, the chart keeps its own proportions and the lines take the rest.
    const natural = Math.max(
      ...charts.map((c) => {
        const cw = Number(c.svg.getAttribute('width')) || 800;
        const ch = Number(c.svg.getAttribute('height')) || 400;
        return (slotW * ch) / cw;
      }),
    );
    const chartH = lines.length > 0 ? Math.min(room, natural) : room;
    const under = top + chartH + legendSize * 0.6;
    body = charts
      .map((c, i) => {
        const x = pad + i * (slotW + gap);
        const leg = legendSvg(c.legend, x, under, slotW, legendSize);
        return `${placeChart(c.svg, x, top, slotW, chartH)}\n${leg.svg}`;
      })
      .join('\n');
    const linesTop = under + legendH + textSize;
    const fit = Math.max(0, Math.floor((bottom - linesTop - textSize) / (textSize * 1.5)));
    const maxChars = Math.floor((width - 2 * pad) / (textSize * 0.5));
    body += lines
      .slice(0, fit)
      .map((l, i) => {
        const text = l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l;
        return `<text x="${pad}" y="${linesTop + textSize + i * textSize * 1.5}" font-size="${textSize}" fill="#000"${i === 0 ? ' font-weight="700"' : ''}>${escape(text)}</text>`;
      })
      .join('\n');
  } else if (content.drawn) {
    // The slide's own boxes and lines of text, scaled into the body of the page.
    const d = content.drawn;
    const boxW = width - 2 * pad;
    const boxH = bottom - top - textSize * 0.5;
    const scale = Math.min(boxW / d.width, boxH / d.height);
    body = `<g transform="translate(${pad} ${top}) scale(${scale.toFixed(4)})">${d.inner}</g>`;
  } else {
    const columns = lines.length > 12 ? 2 : 1;
    const perColumn = Math.ceil(Math.min(lines.length, 28) / columns);
    const colW = (width - 2 * pad - gap * (columns - 1)) / columns;
    const maxChars = Math.floor(colW / (textSize * 0.56));
    body = lines
      .slice(0, 28)
      .map((l, i) => {
        const col = Math.floor(i / perColumn);
        const row = i % perColumn;
        const text = l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l;
        return `<text x="${pad + col * (colW + gap)}" y="${top + textSize + row * textSize * 1.6}" font-size="${textSize}" fill="#000">${escape(text)}</text>`;
      })
      .join('\n');
  }
  const sample = meta.sample
    ? `<text x="${width - pad}" y="${pad + titleSize}" text-anchor="end" font-size="${textSize * 0.85}" fill="#5c4400" font-weight="700">${escape(meta.sample)}</text>`
    : '';
  const secondStyle = second.bold ? 'font-weight="700" fill="#003e63"' : 'fill="#333"';
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(FONT)}">
${fontDefs(meta.fontCss)}
<defs><pattern id="export-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#D55E00"/><line x1="0" y1="0" x2="0" y2="8" stroke="#fff" stroke-width="2.5"/></pattern><pattern id="export-nodata" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="10" height="10" fill="#fff"/><line x1="0" y1="0" x2="0" y2="10" stroke="#767676" stroke-width="3"/></pattern></defs>
<rect width="100%" height="100%" fill="#fff"/>
<text x="${pad}" y="${pad + titleSize}" font-size="${titleSize}" font-weight="700" fill="#000">${escape(meta.title)}</text>
<text x="${pad}" y="${pad + titleSize + textSize * 1.55}" font-size="${textSize}" ${secondStyle}>${escape(second.text)}</text>
${sample}
${body}
<line x1="${pad}" x2="${width - pad}" y1="${bottom}" y2="${bottom}" stroke="#000" stroke-width="${2 * unit}"/>
<text x="${pad}" y="${bottom + textSize * 1.2}" font-size="${textSize * 0.78}" fill="#000">${escape(meta.footer)}</text>
</svg>`;
}

/**
 * A chart frame's chart (with its legend) on a page with title and footer, as an SVG string;
 * `extra` lines (the chart's table, on an A4 handout) under the chart.
 */
export function composeSvg(
  el: Element,
  meta: ImageMeta,
  size: ImageSize,
  extra: readonly string[] = [],
): string {
  const content = pageContent(el);
  return composePage(
    { charts: content.charts, lines: [...content.lines, ...extra] },
    meta,
    { text: meta.subtitle, bold: false },
    size,
  );
}

/** A chart's table as lines: the header, then one line per row, cells joined by " · ". */
export function tableLines(figure: Element): string[] {
  const table = figure.querySelector('.chart-table table');
  if (!table) return [];
  return [...table.querySelectorAll('tr')]
    .map((tr) =>
      [...tr.children]
        .map((c) => (c.textContent ?? '').trim())
        .filter(Boolean)
        .join(' · '),
    )
    .filter(Boolean);
}

/**
 * A presenter slide as an SVG page: title, takeaway, its charts side by side with legends, or
 * its list items as lines of text when it has no chart, and the footer.
 */
export function composeSlideSvg(
  el: Element,
  meta: ImageMeta & { takeaway: string },
  size: ImageSize,
): string {
  return composePage(pageContent(el), meta, { text: meta.takeaway, bold: true }, size);
}

export function svgToPng(svg: string, size: ImageSize): Promise<Blob> {
  const { width, height } = SIZES[size];
  return new Promise((resolve, reject) => {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) {
        reject(new Error('no canvas'));
        return;
      }
      ctx.drawImage(img, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      );
    };
    img.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('the chart could not be drawn'));
    };
    img.src = url;
  });
}

export const fileSafe = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
