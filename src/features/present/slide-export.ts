// A slide as an image: its charts (with their legends), or its lines of text, on a 1920×1080 or
// A4 page with the title, the takeaway, the sample mark and the source.
import { composeSlideSvg, fileSafe, svgToPng, type ImageSize } from '../../charts/export-image';
import { embeddedFontCss } from '../../charts/embedded-fonts';
import { downloadBlob } from '../../shared/download';

export interface SlideImageMeta {
  title: string;
  takeaway: string;
  sample: string | null;
  footer: string;
  /** For the file name. */
  number: number;
}

export async function exportSlide(
  el: HTMLElement,
  meta: SlideImageMeta,
  format: 'png' | 'svg',
  size: ImageSize,
): Promise<void> {
  const doc = composeSlideSvg(
    el,
    {
      title: meta.title,
      subtitle: '',
      takeaway: meta.takeaway,
      sample: meta.sample,
      footer: meta.footer,
      fontCss: await embeddedFontCss(),
    },
    size,
  );
  const name = `${fileSafe(`slide-${meta.number}-${meta.title}`)}-${size === 'hd' ? '1920x1080' : 'a4'}`;
  if (format === 'svg') downloadBlob(`${name}.svg`, new Blob([doc], { type: 'image/svg+xml' }));
  else downloadBlob(`${name}.png`, await svgToPng(doc, size));
}
