import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareShortlist, MATRIX_CRITERIA, matrixScore } from "./matrix";
import { DEFAULT_TEMPLATES, renderTemplate, unknownFields } from "./templates";
import { parseCsv, parseLonglist } from "./csv";
import { findSector } from "./sectors";

describe("shortlist matrix", () => {
  it("counts crosses", () => {
    expect(matrixScore({})).toBe(0);
    expect(matrixScore({ critSector: true, critImago: true, critMvo: false })).toBe(2);
    expect(matrixScore(Object.fromEntries(MATRIX_CRITERIA.map((c) => [c.key, true])))).toBe(6);
  });
  it("score is always the number of true criteria (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), (bits) => {
        const c = Object.fromEntries(MATRIX_CRITERIA.map((m, i) => [m.key, bits[i]]));
        return matrixScore(c) === bits.filter(Boolean).length;
      }),
    );
  });
  it("sorts most crosses first, then by name", () => {
    const rows = [
      { name: "Bakker", matrixScore: 2 },
      { name: "Apotheek", matrixScore: 2 },
      { name: "Zwembad", matrixScore: 5 },
    ].sort(compareShortlist);
    expect(rows.map((r) => r.name)).toEqual(["Zwembad", "Apotheek", "Bakker"]);
  });
});

describe("template rendering", () => {
  it("fills merge fields and reports missing ones", () => {
    const r = renderTemplate("Beste {{aanhef}}, {{ ondernemer }} in {{gemeente}}", { aanhef: "Piet", ondernemer: "Bakker Bol" });
    expect(r.text).toBe("Beste Piet, Bakker Bol in ");
    expect(r.missing).toEqual(["gemeente"]);
  });
  it("does not interpret merge values as template syntax", () => {
    expect(renderTemplate("{{ondernemer}}", { ondernemer: "{{gemeente}}" }).text).toBe("{{gemeente}}");
  });
  it("flags unknown merge fields", () => {
    expect(unknownFields("Hallo {{ondernmer}} en {{gemeente}}")).toEqual(["ondernmer"]);
  });
  it("the default templates use only known fields and follow the handreiking", () => {
    for (const t of Object.values(DEFAULT_TEMPLATES)) expect(unknownFields(t.subject, t.body)).toEqual([]);
    expect(DEFAULT_TEMPLATES.COLLEGAS.body).toMatch(/Werkgeversservicepunt/);
    expect(DEFAULT_TEMPLATES.ONDERNEMERS.body).toMatch(/{{ondernemer}} een rol kan spelen/);
  });
});

describe("CSV parsing", () => {
  it("handles quotes, doubled quotes, CRLF, BOM and ; or , delimiters", () => {
    expect(parseCsv('\uFEFFa;b\r\n"x;y";"he said ""hi"""\r\n')).toEqual([
      ["a", "b"],
      ["x;y", 'he said "hi"'],
    ]);
    expect(parseCsv("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
  it("parses a good longlist", () => {
    const r = parseLonglist(
      "naam;sector;wijk;bron;contactpersoon;email\nBakker Bol;Bakker;Noord;warm contact;Piet;piet@bol.nl\nAH Centrum;supermarkt;;;;\n",
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]).toMatchObject({
      line: 2,
      name: "Bakker Bol",
      sector: "bakker",
      leadSource: "WARM_CONTACT",
      contact: { name: "Piet" },
    });
  });
  it("reports every bad row with its line number, in Dutch", () => {
    const r = parseLonglist(
      "naam;sector;email;kvk\n;bakker;;\nKapper Knip;ruimtevaart;geen-mail;123\nKapper Knip;ruimtevaart;;\nGoed;kapper;;\n",
    );
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(r.errors[0].messages).toContain("De naam ontbreekt.");
    expect(r.errors[1].messages.join(" ")).toMatch(/sector 'ruimtevaart'.*e-mailadres.*KvK/s);
    expect(r.errors[2].messages.join(" ")).toMatch(/regel 3/);
  });
  it("needs a header with naam and sector", () => {
    expect(parseLonglist("foo;bar\n1;2").errors[0].messages[0]).toMatch(/kolomnamen/);
  });
  it("finds sectors by label or key, ignoring case and accents", () => {
    expect(findSector("Diëtist")).toBe("dietist");
    expect(findSector("post- of pakketbezorger")).toBe("post_pakket");
    expect(findSector("onbekend")).toBeNull();
  });
});

describe("due digest mail", () => {
  it("lists each relation with its step, weeks without contact and a link", async () => {
    const { buildDueDigestMail } = await import("./digest");
    const m = buildDueDigestMail({
      gemeenteName: "Samenstad",
      gemeenteSlug: "samenstad",
      holderName: "Anouk",
      dueWeeks: 6,
      baseUrl: "http://localhost:3205",
      relations: [
        { id: "a1", name: "Apotheek De Gaper", step: "VASTHOUDEN", weeksWithoutContact: 8 },
        { id: "b2", name: "Bakker Bol", step: "VERSTERKEN", weeksWithoutContact: null },
      ],
    });
    expect(m.subject).toBe("2 ondernemers wachten op contact (Samenstad)");
    expect(m.text).toContain("Beste Anouk,");
    expect(m.text).toContain(
      "- Apotheek De Gaper (Vasthouden): 8 weken geen contact\n  http://localhost:3205/app/samenstad/ondernemers/a1",
    );
    expect(m.text).toContain("- Bakker Bol (Versterken): nog geen contact vastgelegd");
  });
});
