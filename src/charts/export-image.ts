// A chart as an image for slides and handouts: the chart's SVG placed on a page of the chosen
// size with its title, subtitle, the sample-data mark when relevant, the source line and the
// date in the footer. SVG as it is, or PNG drawn through a canvas.

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

/**
 * One page: the title, a second line (a subtitle, or a slide's takeaway in bold), the sample
 * mark, the charts side by side — or, without charts, the lines as a list — and the footer.
 */
function composePage(
  charts: SVGSVGElement[],
  lines: string[],
  meta: ImageMeta,
  second: { text: string; bold: boolean },
  size: ImageSize,
): string {
  const { width, height } = SIZES[size];
  const unit = width / 1920;
  const pad = 60 * unit;
  const titleSize = 46 * unit;
  const textSize = 31 * unit;
  const top = pad + titleSize + textSize * 2.3;
  const bottom = height - pad - textSize * 1.6;
  const gap = 30 * unit;
  const slotW =
    charts.length > 0 ? (width - 2 * pad - gap * (charts.length - 1)) / charts.length : 0;
  const body =
    charts.length > 0
      ? charts
          .map((c, i) =>
            placeChart(c, pad + i * (slotW + gap), top, slotW, bottom - top - textSize),
          )
          .join('\n')
      : lines
          .slice(0, 14)
          .map(
            (l, i) =>
              `<text x="${pad}" y="${top + textSize + i * textSize * 1.6}" font-size="${textSize}" fill="#000">• ${escape(l.length > 110 ? `${l.slice(0, 107)}…` : l)}</text>`,
          )
          .join('\n');
  const sample = meta.sample
    ? `<text x="${width - pad}" y="${pad + titleSize}" text-anchor="end" font-size="${textSize * 0.85}" fill="#5c4400" font-weight="700">${escape(meta.sample)}</text>`
    : '';
  const secondStyle = second.bold ? 'font-weight="700" fill="#003e63"' : 'fill="#333"';
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escape(FONT)}">
${fontDefs(meta.fontCss)}
<rect width="100%" height="100%" fill="#fff"/>
<text x="${pad}" y="${pad + titleSize}" font-size="${titleSize}" font-weight="700" fill="#000">${escape(meta.title)}</text>
<text x="${pad}" y="${pad + titleSize + textSize * 1.55}" font-size="${textSize}" ${secondStyle}>${escape(second.text)}</text>
${sample}
${body}
<line x1="${pad}" x2="${width - pad}" y1="${bottom}" y2="${bottom}" stroke="#000" stroke-width="${2 * unit}"/>
<text x="${pad}" y="${bottom + textSize * 1.2}" font-size="${textSize * 0.78}" fill="#000">${escape(meta.footer)}</text>
</svg>`;
}

/** The chart's SVG inside a page with title and footer, as an SVG document string. */
export function composeSvg(chart: SVGSVGElement, meta: ImageMeta, size: ImageSize): string {
  return composePage([chart], [], meta, { text: meta.subtitle, bold: false }, size);
}

/**
 * A presenter slide as an SVG page: title, takeaway, its charts side by side, or its list items
 * as lines of text when it has no chart, and the footer.
 */
export function composeSlideSvg(
  charts: SVGSVGElement[],
  lines: string[],
  meta: ImageMeta & { takeaway: string },
  size: ImageSize,
): string {
  return composePage(charts, lines, meta, { text: meta.takeaway, bold: true }, size);
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
