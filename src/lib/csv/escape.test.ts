import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRow, escapeCsvCell, toCsv } from "./escape";

/** Strict RFC 4180 reader for ";" (the test's own, so the property does not depend on an importer's heuristics). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("escapeCsvCell", () => {
  it.each(["=1+1", "+31 6 1234", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://evil")'])("neutralises a formula start: %j", (v) => {
    const cell = escapeCsvCell(v);
    expect(cell.replace(/^"/, "")[0]).toBe("'");
  });

  it("quotes delimiters, quotes and line breaks", () => {
    expect(escapeCsvCell('a;b"c')).toBe('"a;b""c"');
    expect(escapeCsvCell("a\nb")).toBe('"a\nb"');
    expect(escapeCsvCell(null)).toBe("");
    expect(escapeCsvCell(12)).toBe("12");
  });

  it("property: no cell ever starts a formula, and the text survives a round trip", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 40 }), { minLength: 1, maxLength: 6 }), (cells) => {
        const line = csvRow(cells);
        const parsed = readCsv(toCsv([cells, cells]).replace(/^\uFEFF/, ""))[0];
        for (let i = 0; i < cells.length; i++) {
          expect(
            parsed[i][0] === "=" ||
              parsed[i][0] === "+" ||
              parsed[i][0] === "-" ||
              parsed[i][0] === "@" ||
              parsed[i][0] === "\t" ||
              parsed[i][0] === "\r",
          ).toBe(false);
          const expected = /^[=+\-@\t\r]/.test(cells[i]) ? `'${cells[i]}` : cells[i];
          expect(parsed[i]).toBe(expected);
        }
        expect(line.length).toBeGreaterThanOrEqual(cells.length - 1);
      }),
      { numRuns: 300 },
    );
  });
});
