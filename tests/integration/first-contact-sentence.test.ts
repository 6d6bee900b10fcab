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
import { FIXED_PRINCIPLES_SENTENCE } from "@/modules/engagement/templates";
import { closeOwnerDb, createGemeente } from "../support/factories";
import { ownerQuery } from "../support/owner";
import { contextFor, type Gem } from "./engagement-support";

const MIGRATION = fs.readFileSync(path.resolve("prisma/migrations/20261206000000_first_contact_sentence/migration.sql"), "utf8");
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

  it("a rendered first-contact mail carries the sentence once and no old wording", async () => {
    const r = await renderTemplateFor(amb, "ONDERNEMERS", null, {});
    expect(r.body.split(FIXED_PRINCIPLES_SENTENCE)).toHaveLength(2);
    expect(r.body).not.toMatch(/aanbested|voordeel bij inkoop/);
  });
});
