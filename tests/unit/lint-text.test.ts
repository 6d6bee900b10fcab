/**
 * The catalogue rule (eslint `samenkracht/no-literal-text`, scripts/lint/literal-text.mjs): interface text in JSX
 * fails the lint step; code in JSX (class names, hrefs, ids) and text read from the catalogue pass. No file is
 * excepted: the whole of src/ is linted with it in CI.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const RULE = "samenkracht/no-literal-text";

async function textMessages(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const component = (jsx: string) =>
  `const t = { page: { save: "x" } };\nconst busy = false;\nexport function Fixture() {\n  return ${jsx};\n}\n`;

describe("lint: interface text lives in the catalogue", () => {
  it("fails on text in JSX, in a text attribute and in a string a child shows", async () => {
    const file = "src/modules/offer/components/text-fixture.tsx";
    expect(await textMessages(file, component("<p>Opslaan</p>"))).toHaveLength(1);
    expect(await textMessages(file, component('<input aria-label="Zoek een ondernemer" />'))).toHaveLength(1);
    expect(await textMessages(file, component('<Field label="Naam" />'))).toHaveLength(1);
    expect(await textMessages(file, component('<Field label={busy ? "Bezig" : t.page.save} />'))).toHaveLength(1);
    expect(await textMessages(file, component('<button>{busy ? "Bezig…" : "Opslaan"}</button>'))).toHaveLength(2);
    expect(await textMessages(file, component("<p>{busy && `Nog ${1} te gaan`}</p>"))).toHaveLength(1);
    const [message] = await textMessages(file, component("<h1>Ondernemers per stap</h1>"));
    expect(message).toMatch(/catalogue \(src\/i18n\).*Ondernemers per stap/);
  }, 60_000);

  it("passes code, punctuation, neutral names and text from the catalogue", async () => {
    const file = "src/app/app/[gemeente]/text-fixture/page.tsx";
    const clean = [
      '<a href="/inloggen" className="underline text-sm" id="hoofdmenu">{t.page.save}</a>',
      "<p>{t.page.save} · {3} — {busy ? t.page.save : null}</p>",
      '<span aria-hidden="true">→</span>',
      "<p>Samenkracht · CSV · JSON</p>",
      '<input type="email" name="email" autoComplete="email" />',
      '<div data-testid="kaart" role="list">{["a", "b"].map((k) => <i key={k} />)}</div>',
    ];
    for (const jsx of clean) expect(await textMessages(file, component(jsx)), jsx).toEqual([]);
  }, 60_000);

  it("holds test files to nothing", async () => {
    expect(await textMessages("src/components/text-fixture.test.tsx", component("<p>Opslaan</p>"))).toEqual([]);
  }, 60_000);
});
