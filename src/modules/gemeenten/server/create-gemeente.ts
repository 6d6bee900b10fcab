/**
 * Day one of a real installation: a gemeente without demo data, its first regisseur and the
 * platform admin (`npm run gemeente:create`, scripts/gemeente-create.ts). Framework-free.
 *
 * Runs as the migration owner (the Gemeente table and platform roles are not the app role's to
 * write). All or nothing, in one transaction. Rules:
 * - naam, slug (lowercase letters, digits and single hyphens) and inwoners are validated; a slug
 *   that exists already is refused (CONFLICT) — nothing is changed then;
 * - the regisseur and the beheerder are found by e-mail (case-insensitive) or created without a
 *   password (they log in with a link and can set one later); the regisseur gets the REGISSEUR
 *   membership of the new gemeente, the beheerder the platform role PLATFORM_ADMIN;
 * - a beheerder address that belongs to a programme adviser is refused (one platform role each);
 *   a disabled account is refused (it must be enabled by an admin first).
 * Sending the login links is the caller's second step (sendFirstLoginLinks), after the commit.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { OwnerClient } from "@/lib/db/owner-client";
import { AppError, parseInput } from "@/lib/result";
import { findOrCreateUser, grantMembership, makePlatformAdmin } from "@/modules/users/server";

const ZCreateGemeente = z.object({
  naam: z.string().trim().min(2, "Vul de naam van de gemeente in.").max(120, "De naam is te lang (hoogstens 120 tekens)."),
  slug: z
    .string()
    .trim()
    .min(2, "De slug is te kort.")
    .max(60, "De slug is te lang (hoogstens 60 tekens).")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "De slug mag alleen kleine letters, cijfers en losse streepjes bevatten, bijvoorbeeld 'ons-dorp'."),
  inwoners: z.coerce
    .number({ error: "Vul het aantal inwoners in als getal." })
    .int("Vul een heel getal in.")
    .min(1, "Een gemeente heeft minstens 1 inwoner.")
    .max(20_000_000, "Dat zijn te veel inwoners."),
  regisseur: z.email("Vul een geldig e-mailadres in voor de regisseur.").transform((e) => e.toLowerCase()),
  regisseurNaam: z.string().trim().min(1).max(120).optional(),
  beheerder: z.email("Vul een geldig e-mailadres in voor de beheerder.").transform((e) => e.toLowerCase()),
  beheerderNaam: z.string().trim().min(1).max(120).optional(),
});

export type CreatedGemeente = {
  gemeente: { id: string; slug: string; name: string; inhabitants: number };
  regisseur: { id: string; email: string; created: boolean };
  beheerder: { id: string; email: string; created: boolean };
};

/** "marie.de-vries@x.nl" → "Marie De Vries": a readable name until the person sets their own. */
function nameFromEmail(email: string): string {
  return email
    .split("@")[0]
    .split(/[._-]+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join(" ");
}

export async function createGemeente(db: OwnerClient, input: unknown): Promise<CreatedGemeente> {
  const data = parseInput(ZCreateGemeente, input);
  return db.$transaction(async (tx) => {
    if (await tx.gemeente.findUnique({ where: { slug: data.slug }, select: { id: true } })) {
      throw new AppError("CONFLICT", `Er bestaat al een gemeente met de slug '${data.slug}'. Kies een andere slug.`);
    }
    const gemeente = await tx.gemeente.create({
      data: { slug: data.slug, name: data.naam, inhabitants: data.inwoners },
      select: { id: true, slug: true, name: true, inhabitants: true },
    });
    const regisseur = await findOrCreateUser(tx, data.regisseur, data.regisseurNaam ?? nameFromEmail(data.regisseur), "regisseur");
    await grantMembership(tx, { gemeenteId: gemeente.id, userId: regisseur.user.id, role: "REGISSEUR" });
    const beheerder = await findOrCreateUser(tx, data.beheerder, data.beheerderNaam ?? nameFromEmail(data.beheerder), "beheerder");
    if (beheerder.user.platformRole && beheerder.user.platformRole !== "PLATFORM_ADMIN") {
      throw new AppError("CONFLICT", `${data.beheerder} heeft al een andere platformrol. Kies een ander adres voor de beheerder.`);
    }
    if (!beheerder.user.platformRole) await makePlatformAdmin(tx, beheerder.user.id);
    return {
      gemeente,
      regisseur: { id: regisseur.user.id, email: regisseur.user.email, created: regisseur.created },
      beheerder: { id: beheerder.user.id, email: beheerder.user.email, created: beheerder.created },
    };
  });
}

/**
 * The login links of day one, through the app's own login-link path (issueLoginLink: stored
 * hashed, limited per address, sent through SMTP_URL). Returns the addresses that got a mail.
 */
export async function sendFirstLoginLinks(
  created: CreatedGemeente,
  deps: {
    appUrl: string;
    issueLoginLink: (p: { identifier: string; token: string; expires: Date; url: string }) => Promise<boolean>;
    maxAgeSeconds?: number;
  },
): Promise<string[]> {
  const targets = [
    { email: created.regisseur.email, path: `/app/${created.gemeente.slug}` },
    { email: created.beheerder.email, path: "/beheer" },
  ];
  const sent: string[] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.email)) continue;
    seen.add(t.email);
    const token = randomBytes(32).toString("hex");
    const expires = new Date(Date.now() + (deps.maxAgeSeconds ?? 30 * 60) * 1000);
    // The URL next-auth's e-mail provider builds (callback/email with token, email and callbackUrl).
    const url = `${deps.appUrl}/api/auth/callback/email?${new URLSearchParams({ callbackUrl: `${deps.appUrl}${t.path}`, token, email: t.email })}`;
    if (await deps.issueLoginLink({ identifier: t.email, token, expires, url })) sent.push(t.email);
  }
  return sent;
}
