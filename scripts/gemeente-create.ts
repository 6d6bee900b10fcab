/**
 * `npm run gemeente:create -- --naam "Ons Dorp" --slug ons-dorp --inwoners 23000 \
 *    --regisseur regisseur@onsdorp.nl --beheerder beheer@onsdorp.nl`
 *
 * Day one of a real installation: creates the gemeente (no demo data), its first regisseur and the
 * platform admin (src/modules/gemeenten/server/create-gemeente.ts), then mails both a login link
 * through the real mail transport (SMTP_URL). Optional: --regisseur-naam, --beheerder-naam.
 *
 * Needs DATABASE_URL (the owner, as for migrations), SMTP_URL, APP_URL, NEXTAUTH_SECRET (or the one
 * `npm start` generated in .data/nextauth-secret) and the app role's login (APP_DATABASE_PASSWORD or
 * APP_DATABASE_URL): the links are stored and sent by the app's own login-link code.
 * Exits 1 with a Dutch message and changes nothing when the input is wrong.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";

const USAGE =
  'Gebruik: npm run gemeente:create -- --naam "Ons Dorp" --slug ons-dorp --inwoners 23000 --regisseur regisseur@onsdorp.nl --beheerder beheer@onsdorp.nl [--regisseur-naam "…"] [--beheerder-naam "…"]';

export async function main(argv = process.argv.slice(2)): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        naam: { type: "string" },
        slug: { type: "string" },
        inwoners: { type: "string" },
        regisseur: { type: "string" },
        "regisseur-naam": { type: "string" },
        beheerder: { type: "string" },
        "beheerder-naam": { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const missing = ["DATABASE_URL", "SMTP_URL", "APP_URL"].filter((k) => !process.env[k]);
  if (missing.length) {
    console.error(`Zet eerst ${missing.join(", ")} (zie README, "Operations").`);
    return 1;
  }
  const secretFile = path.resolve(import.meta.dirname, "..", ".data", "nextauth-secret");
  if (!process.env.NEXTAUTH_SECRET && fs.existsSync(secretFile)) process.env.NEXTAUTH_SECRET = fs.readFileSync(secretFile, "utf8").trim();
  if (!process.env.NEXTAUTH_SECRET) {
    console.error("Zet eerst NEXTAUTH_SECRET: dezelfde als die van de app, anders werken de inloglinks niet.");
    return 1;
  }

  const { createOwnerClient } = await import("../src/lib/db/owner-client");
  const { createGemeente, sendFirstLoginLinks } = await import("../src/modules/gemeenten/server/create-gemeente");
  const { AppError } = await import("../src/lib/result");
  const { disconnectPrisma } = await import("../src/lib/db/client");
  const db = createOwnerClient();
  try {
    const created = await createGemeente(db, {
      naam: values.naam,
      slug: values.slug,
      inwoners: values.inwoners,
      regisseur: values.regisseur,
      regisseurNaam: values["regisseur-naam"],
      beheerder: values.beheerder,
      beheerderNaam: values["beheerder-naam"],
    });
    console.log(
      `Gemeente ${created.gemeente.name} (${created.gemeente.slug}, ${created.gemeente.inhabitants} inwoners) is aangemaakt, zonder demogegevens.`,
    );
    console.log(`Regisseur: ${created.regisseur.email}${created.regisseur.created ? " (nieuw account)" : " (bestaand account)"}`);
    console.log(`Platformbeheerder: ${created.beheerder.email}${created.beheerder.created ? " (nieuw account)" : " (bestaand account)"}`);
    const { issueLoginLink } = await import("../src/server/next-auth");
    const appUrl = process.env.APP_URL!.replace(/\/$/, "");
    const sent = await sendFirstLoginLinks(created, { appUrl, issueLoginLink });
    for (const email of sent) console.log(`Inloglink verstuurd naar ${email} (30 minuten geldig).`);
    const notSent = [created.regisseur.email, created.beheerder.email].filter((e) => !sent.includes(e));
    for (const email of new Set(notSent))
      console.log(`Geen inloglink naar ${email}: dit account logt in met wachtwoord en tweestapscode, of vroeg er net al drie.`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(error.message);
      for (const [field, messages] of Object.entries(error.fieldErrors ?? {})) console.error(`  --${field}: ${messages.join(" ")}`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
    await disconnectPrisma();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
