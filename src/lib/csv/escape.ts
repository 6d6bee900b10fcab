/**
 * CSV cell escaping for every exporter (one place): RFC 4180 quoting plus protection against
 * spreadsheet formula injection (OWASP "CSV injection"). A cell that starts with =, +, -, @, a tab
 * or a carriage return is prefixed with a single quote so Excel/LibreOffice show it as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCsvCell(value: unknown, delimiter = ";"): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (no line break). */
export function csvRow(values: readonly unknown[], delimiter = ";"): string {
  return values.map((v) => escapeCsvCell(v, delimiter)).join(delimiter);
}

/**
 * A whole CSV document with CRLF line ends and ONE byte-order mark so Excel reads UTF-8. Callers
 * must not add another (Excel then shows "ï»¿" in the first cell).
 */
export function toCsv(rows: readonly (readonly unknown[])[], delimiter = ";"): string {
  return "\uFEFF" + rows.map((r) => csvRow(r, delimiter)).join("\r\n") + "\r\n";
}

/**
 * A number the way Dutch Excel reads it in a ";"-separated file: a decimal comma, no thousands
 * separator (26.4 → "26,4", 1200 → "1200"). Empty for null/undefined; strings pass unchanged.
 */
export function dutchDecimal(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "";
  return String(value).replace(".", ",");
}
