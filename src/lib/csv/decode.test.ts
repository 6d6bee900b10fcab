import { describe, expect, it } from "vitest";
import { decodeCsvBytes, encodingNotice } from "./decode";

const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => ({ é: 0xe9, ë: 0xeb, "€": 0x80 })[c] ?? c.charCodeAt(0)));

describe("decodeCsvBytes", () => {
  it("reads a Windows-1252 file (Dutch Excel) as Windows-1252: Café, Zoë and € survive", () => {
    const r = decodeCsvBytes(cp1252("naam;sector\r\nCafé Zoë € 5;Horeca\r\n"));
    expect(r).toEqual({ text: "naam;sector\r\nCafé Zoë € 5;Horeca\r\n", encoding: "windows-1252" });
    expect(r.text).not.toContain("\uFFFD");
  });
  it("reads valid UTF-8 as UTF-8 and drops the BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("naam\r\nCafé\r\n")]);
    expect(decodeCsvBytes(bytes)).toEqual({ text: "naam\r\nCafé\r\n", encoding: "utf-8" });
  });
  it("plain ASCII is UTF-8", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("naam;sector")).encoding).toBe("utf-8");
  });
  it("tells the user which encoding was used, in Dutch", () => {
    expect(encodingNotice("windows-1252")).toBe("Het bestand is gelezen als Windows-1252 (zoals Excel een CSV-bestand opslaat).");
    expect(encodingNotice("utf-8")).toBe("Het bestand is gelezen als UTF-8.");
  });
});
