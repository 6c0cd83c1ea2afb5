// Bytes → text. Vietnamese Excel writes UTF-8 (with BOM), UTF-16 with BOM ("Unicode Text") or
// Windows-1258 ("CSV" on Vietnamese Windows). Anything else a staff member may pick by mistake —
// a workbook, a saved web page, a file typed in the TCVN3/VNI fonts of the 1990s, text that was
// decoded twice — is recognised and refused with instructions instead of being imported as garbage.

import { issue, type ImportIssue } from './issues';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export type DecodeResult =
  { ok: true; text: string; encoding: Encoding } | { ok: false; issue: ImportIssue };

const fail = (
  code: ImportIssue['code'],
  params: ImportIssue['params'] = {},
  line = 1,
): DecodeResult => ({
  ok: false,
  issue: issue('error', code, line, params),
});

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

// Characters that Windows-1258 produces from TCVN3 (ABC) bytes and that never occur in Vietnamese:
// 0xA8–0xAE (ă â ê ô ơ ư đ in TCVN3) and 0xB5–0xB9 (à á ả ã ạ). Seen next to a letter they mean the
// file was typed with a TCVN3 font.
const TCVN3_NEAR_LETTER =
  /[A-Za-z][\u00a8-\u00ae\u00b5-\u00b9]|[\u00a8-\u00ae\u00b5-\u00b9][A-Za-z]/g;
// VNI writes a base letter followed by a byte for the mark; in Windows-1258 those bytes read as
// letters Vietnamese does not use (ø ä ï ö ü ë å ñ Ñ ...).
const VNI_NEAR_LETTER =
  /[A-Za-z][\u00e4\u00e5\u00eb\u00ef\u00f1\u00f6\u00f8\u00fc\u00d1\u00c4\u00c5\u00cb\u00cf\u00d6\u00d8\u00dc]/g;
// UTF-8 bytes read as Windows-1252/1258 and saved again as UTF-8: "Hà" becomes "HÃ ", "ộ" "á»™".
const MOJIBAKE =
  /\u00c3[\u00a0-\u00bf\u0160\u0161\u2018-\u201e\u2020\u2021\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u00c2\u00c4\u00c5\u00c6][\u00a1-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|\u00e1[\u00ba\u00bb]/g;

/**
 * Text made only of Latin letters, precomposed Vietnamese letters and punctuation is already NFC;
 * anything else (combining marks first of all) goes through normalize().
 */
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose.
const NEEDS_NFC = /[^\u0000-\u02ff\u1e00-\u1eff\u2000-\u20cf]/;

function countMatches(text: string, re: RegExp, limit: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null && n < limit) n++;
  return n;
}

const SAMPLE_CHARS = 200_000;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1a)) control++;
  }
  return control > n * 0.05;
}

/**
 * A text file with a few NUL bytes (a copy-paste from another program, a cut transfer) is not a
 * binary file: say on which line the first one is, so it can be found and deleted.
 */
function strayNul(bytes: Uint8Array): { line: number; offset: number } | null {
  const first = bytes.indexOf(0);
  if (first < 0) return null;
  const n = Math.min(bytes.length, 8192);
  let nuls = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) nuls++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1a)) control++;
  }
  if (nuls > Math.max(2, n * 0.01) || control > n * 0.05) return null;
  let line = 1;
  for (let i = 0; i < first; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return { line, offset: first };
}

/** UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 2048);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function checkText(text: string, encoding: Encoding): DecodeResult {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (sample.trim() === '') {
    return fail('empty-file');
  }
  const head = sample.slice(0, 2048).trimStart().toLowerCase();
  if (
    head.startsWith('<!doctype') ||
    head.startsWith('<html') ||
    /<(table|body|head)[\s>]/.test(head)
  ) {
    return fail('html-page');
  }
  if (countMatches(sample, MOJIBAKE, 3) >= 2) {
    return fail('mojibake');
  }
  if (encoding === 'windows-1258') {
    if (countMatches(sample, TCVN3_NEAR_LETTER, 3) >= 2) {
      return fail('legacy-font', { font: 'TCVN3' });
    }
    if (countMatches(sample, VNI_NEAR_LETTER, 3) >= 2) {
      return fail('legacy-font', { font: 'VNI' });
    }
  }
  // normalize() copies 57 MB even when nothing changes; only decomposed text needs it.
  return { ok: true, text: NEEDS_NFC.test(text) ? text.normalize('NFC') : text, encoding };
}

/** With `forced`, the bytes are read in that encoding (a user's override after a wrong guess). */
export function decodeBytes(bytes: Uint8Array, forced?: Encoding): DecodeResult {
  if (bytes.length === 0) {
    return fail('empty-file', { bytes: 0 });
  }
  if (forced) return decodeAs(bytes, forced);
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    return fail('excel-workbook');
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return checkText(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return checkText(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
      return checkText(text, 'utf-8-bom');
    } catch {
      return fail('bad-utf8');
    }
  }
  const utf16 = guessUtf16WithoutBom(bytes);
  if (utf16) return checkText(new TextDecoder(utf16).decode(bytes), utf16);
  if (startsWith(bytes, PDF)) return fail('pdf-file');
  const nul = strayNul(bytes);
  if (nul !== null) return fail('nul-byte', { offset: nul.offset }, nul.line);
  if (looksBinary(bytes)) return fail('binary-file');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return checkText(text, 'utf-8');
  } catch {
    return checkText(new TextDecoder('windows-1258').decode(bytes), 'windows-1258');
  }
}

function decodeAs(bytes: Uint8Array, enc: Encoding): DecodeResult {
  const bomLength =
    (enc === 'utf-16le' && startsWith(bytes, [0xff, 0xfe])) ||
    (enc === 'utf-16be' && startsWith(bytes, [0xfe, 0xff]))
      ? 2
      : (enc === 'utf-8' || enc === 'utf-8-bom') && startsWith(bytes, [0xef, 0xbb, 0xbf])
        ? 3
        : 0;
  const label = enc === 'utf-8-bom' ? 'utf-8' : enc;
  return checkText(new TextDecoder(label).decode(bytes.subarray(bomLength)), enc);
}
