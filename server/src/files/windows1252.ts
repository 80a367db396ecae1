/**
 * Windows-1252 decoding. Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1
 * control characters, but in Windows-1252 that range holds curly quotes, dashes and the
 * euro sign — exactly what older newsroom systems wrote.
 */
const HIGH_CONTROL_RANGE: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰',
  0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•',
  0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk);
  }
  return out.replace(/[\x80-\x9f]/g, (c) => HIGH_CONTROL_RANGE[c.charCodeAt(0)] ?? c);
}

const BY_CHARACTER = new Map(Object.entries(HIGH_CONTROL_RANGE).map(([byte, ch]) => [ch, Number(byte)]));

/** Encodes text as Windows-1252, or returns null when a character has no byte there. */
export function encodeWindows1252(text: string): Buffer | null {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped = BY_CHARACTER.get(text[i]!);
    if (mapped !== undefined) bytes[i] = mapped;
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff) || (code >= 0x80 && code <= 0x9f && !HIGH_CONTROL_RANGE[code])) bytes[i] = code;
    else return null;
  }
  return bytes;
}
