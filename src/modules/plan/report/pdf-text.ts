/**
 * WinAnsi helpers for PDFs drawn with the standard fonts (pdf-lib): make any text safe to draw, and
 * read the drawn text back (for tests and checks). Pure; node:zlib only.
 */
import { inflateSync } from "node:zlib";

/** WinAnsi bytes 0x80–0x9F that are not Latin-1 (cp1252). */
const CP1252_HIGH: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};
const WIN_ANSI = new Set<number>([
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, i) => 0xa0 + i),
  ...Object.values(CP1252_HIGH),
]);
const REPLACEMENTS: Record<string, string> = { "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2212": "-", "\u2010": "-", "\u2011": "-", "\t": " " };

/**
 * Text that a standard PDF font can draw: Dutch letters (ë, é, ï), € and quotes stay; other letters
 * lose their accent (ş → s); anything else becomes "?". Line breaks become spaces.
 */
export function winAnsiSafe(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC").replace(/[\r\n]+/g, " ")) {
    const c = REPLACEMENTS[ch] ?? ch;
    if ([...c].every((x) => WIN_ANSI.has(x.codePointAt(0)!))) {
      out += c;
      continue;
    }
    const base = c.normalize("NFD").replace(/\p{M}+/gu, "");
    out += base.length > 0 && [...base].every((x) => WIN_ANSI.has(x.codePointAt(0)!)) ? base : "?";
  }
  return out;
}

function decodeWinAnsi(hex: string): string {
  let s = "";
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const b = parseInt(hex.slice(i, i + 2), 16);
    s += String.fromCodePoint(CP1252_HIGH[b] ?? b);
  }
  return s;
}

/**
 * The text drawn in a pdf-lib PDF, one string per text-showing operator, in drawing order.
 * Handles FlateDecode and uncompressed content streams with hex strings (what pdf-lib writes for
 * the standard fonts). Not a general PDF parser.
 */
export function extractPdfText(pdf: Uint8Array): string[] {
  const buf = Buffer.from(pdf);
  const raw = buf.toString("latin1");
  const out: string[] = [];
  const re = /<<(.*?)>>\s*stream\r?\n/gs;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    let body = buf.subarray(start, end);
    if (/\/FlateDecode/.test(m[1])) {
      try {
        body = inflateSync(body);
      } catch {
        continue;
      }
    }
    const text = body.toString("latin1");
    for (const t of text.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) out.push(decodeWinAnsi(t[1]));
  }
  return out;
}
