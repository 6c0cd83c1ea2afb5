// The bundled Noto Sans files as @font-face rules with data: URLs, so that an exported SVG (and
// the PNG drawn from it) shows the same letters wherever it is opened. Loaded at export time.
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import vi400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import vi700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url';

// Ranges as @fontsource declares them for the two subsets.
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const VIETNAMESE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

const FACES = [
  { url: latin400, weight: 400, range: LATIN },
  { url: latin700, weight: 700, range: LATIN },
  { url: vi400, weight: 400, range: VIETNAMESE },
  { url: vi700, weight: 700, range: VIETNAMESE },
];

async function dataUrl(url: string): Promise<string> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:font/woff2;base64,${btoa(s)}`;
}

let cached: Promise<string> | null = null;

/** @font-face rules for Noto Sans 400 and 700, Latin and Vietnamese; '' if the files cannot be read. */
export function embeddedFontCss(): Promise<string> {
  cached ??= Promise.all(
    FACES.map(
      async (f) =>
        `@font-face{font-family:'Noto Sans';font-style:normal;font-weight:${f.weight};src:url(${await dataUrl(f.url)}) format('woff2');unicode-range:${f.range};}`,
    ),
  )
    .then((rules) => rules.join(''))
    .catch(() => {
      cached = null;
      return '';
    });
  return cached;
}
