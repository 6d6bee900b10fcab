/** The signaalkaart PDF read back: the address, the three lines, tagged Dutch, and a QR code that decodes to the address. */
import jsQR from "jsqr";
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { describe, expect, it } from "vitest";
import { SIGNAALKAART_DANGER, SIGNAALKAART_LINES, signaalkaartSize } from "../signaalkaart-text";
import { qrMatrix, signaalkaartPdf, worryFormUrl } from "./signaalkaart";

const url = worryFormUrl("https://samenkracht.example/", "samenstad");

/** Render the module matrix to pixels (4 px a module, a quiet zone) and let a real QR decoder read it. */
function decode(matrix: boolean[][]): string | null {
  const scale = 4;
  const quiet = 4;
  const n = (matrix.length + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(n * n * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quiet) * scale + dy) * n + (x + quiet) * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }),
  );
  return jsQR(data, n, n)?.data ?? null;
}

describe("signaalkaart", () => {
  it("points at the gemeente's worry form", () => {
    expect(url).toBe("https://samenkracht.example/g/samenstad/zorgen");
  });

  it.each(["a5", "a4"] as const)("%s: text has the address, the three lines and 112; tagged, Dutch, with a title", async (size) => {
    const pdf = await signaalkaartPdf({ gemeenteName: "Samenstad", url, size });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/MarkInfo (\d+ 0 R|<<\s*\/Marked true)/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/Lang \(nl\)/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/S \/Figure/);
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(doc, { mergePages: true });
    expect(totalPages).toBe(1);
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(url);
    for (const line of SIGNAALKAART_LINES) expect(flat).toContain(line);
    expect(flat).toContain(SIGNAALKAART_DANGER);
    const { info } = await getMeta(doc);
    expect(info.Title).toBe("Signaalkaart Samenstad: zorgen om iemand doorgeven");
    const page = await doc.getPage(1);
    const [, , w] = page.view;
    expect(Math.round(w)).toBe(size === "a4" ? 595 : 420);
  });

  it("draws a QR code that a decoder reads as the form's address", () => {
    expect(decode(qrMatrix(url))).toBe(url);
    expect(decode(qrMatrix(worryFormUrl("https://x.example", "andere-gemeente")))).toBe("https://x.example/g/andere-gemeente/zorgen");
  });

  it("takes the size from ?formaat=, A5 by default, nothing else", () => {
    expect(signaalkaartSize(null)).toBe("a5");
    expect(signaalkaartSize("A4")).toBe("a4");
    expect(signaalkaartSize("a3")).toBeNull();
  });
});
