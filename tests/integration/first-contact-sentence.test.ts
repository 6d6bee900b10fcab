/**
 * The first-contact mail's fixed sentence in the one wording (issue 22): the migration
 * 20261206000000_first_contact_sentence replaces the old sentence in saved templates, however a
 * gemeente wrapped it, and leaves the rest of its own text alone; a rendered mail then carries the
 * sentence once.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantContext } from "@/lib/auth/context";
import { renderTemplateFor } from "@/modules/engagement/server/templates";
import { DEFAULT_TEMPLATES, FIXED_PRINCIPLES_SENTENCE } from "@/modules/engagement/templates";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { contextFor, type Gem } from "./engagement-support";

const MIGRATION = fs.readFileSync(path.resolve("prisma/migrations/20261206000000_first_contact_sentence/migration.sql"), "utf8");
const JE_MIGRATION = fs.readFileSync(path.resolve("prisma/migrations/20261206120000_first_contact_je/migration.sql"), "utf8");
/** The default first-contact mail's paragraphs before (in "u") and after (in "je") 2026-12-05. */
const U_TO_JE: [string, string][] = [
  ["Ik mail u namens de gemeente {{gemeente}}.", "Ik mail je namens de gemeente {{gemeente}}."],
  [
    "Namens de gemeente {{gemeente}} wil ik u daarom vragen of u met ons in gesprek wilt om te verkennen of {{ondernemer}} een rol kan spelen bij de aanpak van eenzaamheid in onze gemeente. Heel concreet zouden we willen verkennen of - uiteraard geheel in samenspraak en stap voor stap - het mogelijk is om {{vraag}}. Graag licht ik dit verder toe.",
    "Daarom wil ik je vragen of je met ons in gesprek wilt. Dan kijken we samen of {{ondernemer}} een rol kan spelen bij de aanpak van eenzaamheid in onze gemeente. Heel concreet willen we samen met jou, stap voor stap, kijken of het mogelijk is om {{vraag}}. Dat leg ik je graag verder uit.",
  ],
  [
    "De mogelijkheden verkennen?\nDe vraag is: staat u ervoor open om dit samen te verkennen? Uiteraard is hier veel meer over te vertellen. Meer informatie over de gemeentelijke aanpak vindt u op {{url}}. Graag kom ik binnenkort een keer naar u toe om persoonlijk kennis te maken en verder te spreken over ons verzoek.",
    "Samen de mogelijkheden bekijken?\nSta je ervoor open om dit samen te bekijken? Er is nog veel meer over te vertellen. Meer over de aanpak van de gemeente lees je op {{url}}. Ik kom graag binnenkort langs om kennis te maken en verder te praten.",
  ],
  ["Ik hoor graag van u,", "Ik hoor graag van je,"],
];
const OLD =
  "Meedoen is helemaal vrijwillig. Het geeft geen voordeel bij inkoop of aanbesteding door de gemeente, en het staat altijd open voor andere ondernemers.";

let g: Gem;
let other: Gem;
let amb: TenantContext;

beforeAll(async () => {
  g = await createGemeente({ name: "Zinstad" });
  other = await createGemeente({ name: "Eigenstad" });
  amb = await contextFor(g, "AMBTENAAR");
});
afterAll(closeOwnerDb);

const saveTemplate = (gem: Gem, key: string, body: string) =>
  ownerQuery(
    `INSERT INTO "MailTemplate" (id, "gemeenteId", key, name, subject, body, "updatedAt") VALUES (gen_random_uuid(), $1, $2::"MailTemplateKey", 'Eigen mail', 'Onderwerp', $3, now())`,
    [gem.id, key, body],
  );
const bodyOf = async (gem: Gem, key: string) =>
  (
    await ownerQuery<{ body: string }>(`SELECT body FROM "MailTemplate" WHERE "gemeenteId" = $1 AND key = $2::"MailTemplateKey"`, [
      gem.id,
      key,
    ])
  ).rows[0]!.body;

describe("the first-contact sentence in saved templates", () => {
  it("the migration puts the new sentence in place of the old one, also when the old one was wrapped", async () => {
    const wrapped = OLD.replace("voordeel bij", "voordeel\nbij").replace("staat altijd", "staat  altijd");
    await saveTemplate(g, "ONDERNEMERS", `Beste {{aanhef}},\n\nOns eigen verhaal.\n\n${wrapped}\n\nGroet,\n{{afzender}}`);
    await saveTemplate(other, "ONDERNEMERS", `Geachte heer, mevrouw,\n\n${OLD}\n\nMet vriendelijke groet`);
    await saveTemplate(other, "COLLEGAS", `Collega's: ${OLD}`); // not the first-contact mail: untouched

    await ownerQuery(MIGRATION);

    expect(await bodyOf(g, "ONDERNEMERS")).toBe(
      `Beste {{aanhef}},\n\nOns eigen verhaal.\n\n${FIXED_PRINCIPLES_SENTENCE}\n\nGroet,\n{{afzender}}`,
    );
    expect(await bodyOf(other, "ONDERNEMERS")).toBe(`Geachte heer, mevrouw,\n\n${FIXED_PRINCIPLES_SENTENCE}\n\nMet vriendelijke groet`);
    expect(await bodyOf(other, "COLLEGAS")).toBe(`Collega's: ${OLD}`);
  });

  it('the next migration puts the default mail\'s "je" paragraphs in place of the old "u" ones, and leaves rewritten text alone', async () => {
    const now = DEFAULT_TEMPLATES.ONDERNEMERS.body;
    for (const [, je] of U_TO_JE) expect(now).toContain(je); // the pairs are the default's paragraphs
    const saved = U_TO_JE.reduce((body, [u, je]) => body.replace(je, u), now);
    expect(saved).not.toBe(now);
    const wrapped = saved.replace("wil ik u daarom", "wil ik\nu daarom");
    const own = "Beste {{aanhef}},\n\nIk schrijf u omdat u ons opviel.\n\nIk hoor graag van u,";
    const a = await createGemeente({ name: "Ustad" });
    const b = await createGemeente({ name: "Eigenwoord" });
    await saveTemplate(a, "ONDERNEMERS", wrapped);
    await saveTemplate(b, "ONDERNEMERS", own);
    await saveTemplate(b, "COLLEGAS", "Ik mail u namens de gemeente {{gemeente}}.");

    await ownerQuery(JE_MIGRATION);

    expect(await bodyOf(a, "ONDERNEMERS")).toBe(now);
    // The gemeente's own sentence stays; only the default's unchanged paragraph changes.
    expect(await bodyOf(b, "ONDERNEMERS")).toBe("Beste {{aanhef}},\n\nIk schrijf u omdat u ons opviel.\n\nIk hoor graag van je,");
    expect(await bodyOf(b, "COLLEGAS")).toBe("Ik mail u namens de gemeente {{gemeente}}.");
  });

  it("a rendered first-contact mail carries the sentence once and no old wording", async () => {
    const r = await renderTemplateFor(amb, "ONDERNEMERS", null, {});
    expect(r.body.split(FIXED_PRINCIPLES_SENTENCE)).toHaveLength(2);
    expect(r.body).not.toMatch(/aanbested|voordeel bij inkoop/);
  });
});
