import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { encodeUtf16, encodeWindows1258, encodeWithTable, utf8 } from '../../tests/support/encode';

const codeOf = (bytes: Uint8Array): string | null => {
  const r = decodeBytes(bytes);
  return r.ok ? null : r.issue.code;
};

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM and reports it', () => {
    const r = decodeBytes(utf8('Năm,Điểm\n', true));
    expect(r).toEqual({ ok: true, text: 'Năm,Điểm\n', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16LE with BOM (Excel "Unicode Text")', () => {
    const r = decodeBytes(encodeUtf16('Mã ĐVHC\tNăm\n', 'le'));
    expect(r).toEqual({ ok: true, text: 'Mã ĐVHC\tNăm\n', encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with BOM', () => {
    const r = decodeBytes(encodeUtf16('Hà Nội', 'be'));
    expect(r).toEqual({ ok: true, text: 'Hà Nội', encoding: 'utf-16be' });
  });

  it('reads UTF-16LE without BOM from its NUL pattern', () => {
    const r = decodeBytes(encodeUtf16('code,year\n01,2024\n', 'le', false));
    expect(r).toMatchObject({ ok: true, encoding: 'utf-16le', text: 'code,year\n01,2024\n' });
  });

  it('falls back to Windows-1258 and composes tone marks (NFC)', () => {
    const r = decodeBytes(encodeWindows1258('Thành phố Hà Nội;Xã Đại Đồng'));
    expect(r).toEqual({ ok: true, text: 'Thành phố Hà Nội;Xã Đại Đồng', encoding: 'windows-1258' });
    if (r.ok) expect(r.text).toBe(r.text.normalize('NFC'));
  });

  it('NFC-normalises decomposed UTF-8', () => {
    const r = decodeBytes(utf8('Ha\u0300 No\u0302\u0323i'));
    expect(r.ok && r.text).toBe('Hà Nội');
  });

  it('refuses an .xlsx workbook', () => {
    expect(codeOf(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0))).toBe('excel-workbook');
  });

  it('refuses an .xls workbook', () => {
    expect(codeOf(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toBe(
      'excel-workbook',
    );
  });

  it('refuses an HTML page', () => {
    expect(codeOf(utf8('<!DOCTYPE html><html><body><table></table></body></html>'))).toBe(
      'html-page',
    );
  });

  it('refuses an empty file', () => {
    expect(codeOf(new Uint8Array())).toBe('empty-file');
  });

  it('refuses a file of blank lines', () => {
    expect(codeOf(utf8('\n\r\n  \n', true))).toBe('empty-file');
  });

  it('refuses binary data', () => {
    expect(
      codeOf(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d)),
    ).toBe('binary-file');
  });

  it('refuses TCVN3 (ABC) text', () => {
    // "Thµnh phè Hµ Néi": TCVN3 à = 0xB5, ố = 0xE8, ộ = 0xE9.
    const bytes = encodeWithTable('Thành phố Hà Nội', { à: [0xb5], ố: [0xe8], ộ: [0xe9] });
    expect(codeOf(bytes)).toBe('legacy-font');
  });

  it('refuses VNI text', () => {
    // VNI: "Haø Noäi" — a + 0xF8 (grave), o + 0xE4 (circumflex + dot below).
    const bytes = encodeWithTable('Hà Nội, Đại Đồng', {
      à: [0x61, 0xf8],
      ộ: [0x6f, 0xe4],
      Đ: [0xd1],
      ạ: [0x61, 0xef],
      ồ: [0x6f, 0xe0],
    });
    expect(codeOf(bytes)).toBe('legacy-font');
  });

  it('refuses double-encoded text (mojibake)', () => {
    // UTF-8 bytes read as Windows-1252, then saved as UTF-8 again: "Hà Nội" → "HÃ  Ná»™i".
    const twice = new TextDecoder('windows-1252').decode(
      utf8('Mã ĐVHC,Tên\n01,Thành phố Hà Nội\n'),
    );
    expect(twice).toContain('HÃ\u00a0 Ná»');
    expect(codeOf(utf8(twice))).toBe('mojibake');
  });

  it('accepts ordinary Vietnamese with NBSP and quotes', () => {
    const r = decodeBytes(utf8('Tên đơn vị;Điểm\n"Xã Đá\u00a0Bạc";87,5\nThị trấn Liên Quan;90\n'));
    expect(r.ok).toBe(true);
  });
});
