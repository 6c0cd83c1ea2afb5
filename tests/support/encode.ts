// Encoders for writing test files the way Vietnamese Windows and Excel do. Node has no
// Windows-1258 encoder: we invert its decoder and, as Windows does, write a base letter plus a
// combining tone mark where no precomposed byte exists (ộ → ô + dot below).

const decoder = new TextDecoder('windows-1258');
const reverse = new Map<string, number>();
for (let b = 0; b < 256; b++) {
  const ch = decoder.decode(Uint8Array.of(b));
  if (ch !== '\ufffd' && !reverse.has(ch)) reverse.set(ch, b);
}

export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = reverse.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const [base = '', ...marks] = [...ch.normalize('NFD')];
    // Compose the base with as many marks as have a precomposed byte (o + ̂ → ô).
    let head = base;
    let rest = marks;
    for (let k = 0; k < rest.length;) {
      const composed = (head + rest[k]).normalize('NFC');
      if (composed.length === 1 && reverse.has(composed)) {
        head = composed;
        rest = [...rest.slice(0, k), ...rest.slice(k + 1)];
      } else k++;
    }
    const headByte = reverse.get(head);
    if (headByte === undefined) throw new Error(`cannot encode ${ch} in Windows-1258`);
    out.push(headByte);
    for (const m of rest) {
      const mb = reverse.get(m);
      if (mb === undefined) throw new Error(`cannot encode mark of ${ch} in Windows-1258`);
      out.push(mb);
    }
  }
  return Uint8Array.from(out);
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let i = 0;
  if (bom) {
    out[i++] = endian === 'le' ? 0xff : 0xfe;
    out[i++] = endian === 'le' ? 0xfe : 0xff;
  }
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    out[i++] = endian === 'le' ? c & 0xff : c >> 8;
    out[i++] = endian === 'le' ? c >> 8 : c & 0xff;
  }
  return out;
}

export const utf8 = (text: string, bom = false): Uint8Array =>
  new TextEncoder().encode(bom ? `\ufeff${text}` : text);

/** Text as Excel-era fonts wrote it: each character mapped through a byte table. */
export function encodeWithTable(text: string, table: Record<string, number[]>): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const t = table[ch];
    if (t) out.push(...t);
    else if (ch.charCodeAt(0) < 128) out.push(ch.charCodeAt(0));
    else throw new Error(`no byte for ${ch}`);
  }
  return Uint8Array.from(out);
}
