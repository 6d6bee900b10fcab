/**
 * Decode an uploaded CSV file: UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise
 * Windows-1252 — what Dutch Excel writes for "CSV (gescheiden door lijstscheidingsteken)". Valid
 * UTF-8 is checked with the built-in TextDecoder in fatal mode, so "Café" saved by Excel
 * (0x43 0x61 0x66 0xE9) is not silently turned into "Caf�". Pure; works in the browser and on the server.
 */
export type CsvEncoding = "utf-8" | "windows-1252";

const CSV_ENCODING_LABELS: Record<CsvEncoding, string> = {
  "utf-8": "UTF-8",
  "windows-1252": "Windows-1252 (zoals Excel een CSV-bestand opslaat)",
};

/**
 * Windows-1252 bytes 0x80–0x9F (€, ‘ ’ “ ” – — …). Browsers decode them right; Node's built-in
 * "windows-1252" decoder treats the label as Latin-1 and returns C1 control characters instead, so
 * those are mapped here (a no-op where the decoder is right).
 */
const CP1252_C1: Record<number, string> = {
  0x80: "€",
  0x82: "‚",
  0x83: "ƒ",
  0x84: "„",
  0x85: "…",
  0x86: "†",
  0x87: "‡",
  0x88: "ˆ",
  0x89: "‰",
  0x8a: "Š",
  0x8b: "‹",
  0x8c: "Œ",
  0x8e: "Ž",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x98: "˜",
  0x99: "™",
  0x9a: "š",
  0x9b: "›",
  0x9c: "œ",
  0x9e: "ž",
  0x9f: "Ÿ",
};

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    const text = new TextDecoder("windows-1252").decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0)] ?? c);
    return { text, encoding: "windows-1252" };
  }
}

/** One Dutch sentence for the user: which encoding was used to read the file. */
export function encodingNotice(encoding: CsvEncoding): string {
  return `Het bestand is gelezen als ${CSV_ENCODING_LABELS[encoding]}.`;
}
