import { describe, expect, it } from "vitest";
import { indicatorsCsv } from "./indicators-csv";

/** The bytes as the route sends them (new Response(csv) encodes UTF-8). */
async function bytesOf(csv: string): Promise<Buffer> {
  return Buffer.from(await new Response(csv).arrayBuffer());
}

describe("dashboard CSV for Dutch Excel", () => {
  it("starts with exactly one UTF-8 BOM", async () => {
    const bytes = await bytesOf(indicatorsCsv("Samenstad", [["Aanmeldingen", 3]], "2026-12-05"));
    expect(bytes.subarray(0, 3).toString("hex")).toBe("efbbbf");
    expect(bytes.subarray(3, 6).toString("hex")).not.toBe("efbbbf");
    expect(bytes.subarray(3).toString("utf8").startsWith("Gemeente;")).toBe(true);
  });
  it("writes decimals with a comma, says so in the header, and uses ; and CRLF", async () => {
    const text = (
      await bytesOf(
        indicatorsCsv(
          "Súdwest-Fryslân",
          [
            ["Tijd tot oppakken in uren (de helft was sneller)", 26.4],
            ["Signalen", 1200],
            ["Leeg", ""],
          ],
          "2026-12-05",
        ),
      )
    ).toString("utf8");
    expect(text).toBe(
      "\uFEFFGemeente;Indicator;Waarde (decimaalteken: komma);Datum\r\n" +
        "Súdwest-Fryslân;Tijd tot oppakken in uren (de helft was sneller);26,4;2026-12-05\r\n" +
        "Súdwest-Fryslân;Signalen;1200;2026-12-05\r\n" +
        "Súdwest-Fryslân;Leeg;;2026-12-05\r\n",
    );
  });
});
