import { createElement as h, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable } from "./data-table";

const row = h("tr", { className: "border-b border-line" }, h("th", { scope: "row" }, "Ouderen"), h("td", null, "3"));
const html = (props: Omit<ComponentProps<typeof DataTable>, "children">) => renderToStaticMarkup(h(DataTable, { ...props, children: row }));

describe("DataTable", () => {
  it("a caption for screen readers, one header row of th scope=col, the rows as given", () => {
    expect(html({ className: "mt-3 max-w-xl", caption: "Leden per groep", columns: ["Groep", "Leden"] })).toBe(
      '<table class="mt-3 max-w-xl w-full border-collapse text-left"><caption class="sr-only">Leden per groep</caption>' +
        '<thead><tr class="border-b border-line"><th scope="col" class="py-2 pr-4">Groep</th><th scope="col" class="py-2 pr-4">Leden</th></tr></thead>' +
        '<tbody><tr class="border-b border-line"><th scope="row">Ouderen</th><td>3</td></tr></tbody></table>',
    );
  });

  it("a heading with more classes, and one only screen readers hear", () => {
    const out = html({
      className: "mt-4",
      caption: "Doelen",
      columns: ["Doel", { head: "Stand", className: "text-right" }, { head: "Acties", unseen: true }],
    });
    expect(out).toContain('<th scope="col" class="py-2 pr-4 text-right">Stand</th>');
    expect(out).toContain('<th scope="col" class="py-2 pr-4"><span class="sr-only">Acties</span></th>');
  });

  it("with scroll: the table in a box that scrolls sideways, the box placed by className", () => {
    const out = html({ scroll: true, className: "mt-6", caption: "Mensen", columns: ["Naam"] });
    expect(out).toMatch(
      /^<div class="mt-6 overflow-x-auto"><table class="w-full border-collapse text-left"><caption class="sr-only">Mensen<\/caption>/,
    );
    expect(out).toMatch(/<\/table><\/div>$/);
  });

  it("with fit: as wide as what it holds, columns further apart; with captionShown the caption is seen", () => {
    const out = html({
      fit: true,
      captionShown: true,
      className: "mt-4",
      caption: "Per stap",
      columns: ["Stap", { head: "Aantal", className: "text-right" }],
    });
    expect(out).toContain('<table class="mt-4 border-collapse text-left"><caption class="text-left font-semibold">Per stap</caption>');
    expect(out).toContain('<th scope="col" class="py-2 pr-6">Stap</th><th scope="col" class="py-2 pr-6 text-right">Aantal</th>');
    expect(out).not.toContain("w-full");
  });

  it("a narrow column (pr-2) and the sorted column's aria-sort; no aria-sort elsewhere", () => {
    const out = html({
      className: "mt-2",
      caption: "Ondernemers",
      columns: [
        { head: "Kies", narrow: true },
        { head: "Naam", sort: "descending" },
        { head: "Kruisjes", narrow: true, className: "text-right" },
      ],
    });
    expect(out).toContain(
      '<th scope="col" class="py-2 pr-2">Kies</th><th scope="col" class="py-2 pr-4" aria-sort="descending">Naam</th>' +
        '<th scope="col" class="py-2 pr-2 text-right">Kruisjes</th>',
    );
    expect(out.match(/aria-sort/g)).toHaveLength(1);
  });

  it("without className: placed by the box around it (the table's own classes only)", () => {
    expect(html({ caption: "Per stap", columns: ["Stap"] })).toMatch(/^<table class="w-full border-collapse text-left"><caption/);
    expect(html({ scroll: true, caption: "Per stap", columns: ["Stap"] })).toMatch(/^<div class="overflow-x-auto"><table class="w-full/);
  });
});
