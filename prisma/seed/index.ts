/**
 * The demo seed: two gemeenten (Samenstad, the handreiking's case, and Oosterwaard), their
 * coalition partners, candidate businesses, and one demo account per role (demo-accounts.ts).
 *
 * Idempotent: every row is found by its natural key and created only when missing, so running it
 * twice changes nothing and never overwrites what someone changed in the demo. Runs as the owner
 * (bypasses RLS): scripts/seed.ts and tests only.
 *
 * Passwords are set only when SAMENKRACHT_DEMO=1 (or `opts.demoPasswords`), and only on accounts
 * that have none yet.
 */
import bcrypt from "bcryptjs";
import type { OwnerClient } from "../../src/lib/db/owner-client";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { OOSTERWAARD, ORGANISATIONS, SAMENSTAD, type DemoGemeente } from "./data";
import { seedEngagement } from "./engagement";
import { seedKlankbord } from "./klankbord";
import { seedOffer } from "./offer";
import { seedSignals } from "./signals";
import { seedEvents } from "./events";

export type SeedResult = {
  gemeenten: { samenstadId: string; secondId: string };
  created: { gemeenten: number; partners: number; organisations: number; vestigingen: number; users: number; memberships: number };
  demoPasswords: boolean;
};

export async function seedDemo(db: OwnerClient, opts: { demoPasswords?: boolean } = {}): Promise<SeedResult> {
  const demoPasswords = opts.demoPasswords ?? process.env.SAMENKRACHT_DEMO === "1";
  const created = { gemeenten: 0, partners: 0, organisations: 0, vestigingen: 0, users: 0, memberships: 0 };

  // Gemeenten and their coalition partners.
  const gemeenteIds = {} as Record<DemoGemeente["slug"], string>;
  const DEMO_WIJKEN: Record<DemoGemeente["slug"], string[]> = {
    samenstad: ["Centrum", "Noord", "Oost", "Zuid", "West", "Haven"],
    oosterwaard: ["Dorp", "Buitengebied"],
  };
  // Each demo gemeente its own house style (src/modules/gemeenten/theme.ts): set once, kept when edited.
  const DEMO_THEMES: Record<DemoGemeente["slug"], Record<string, string>> = {
    samenstad: { primary: "#0b5d57", accent: "#b34700", font: "geist", domain: "samenstad.example.nl" },
    oosterwaard: { primary: "#154273", accent: "#8a3b00", font: "verdana", domain: "oosterwaard.example.nl" },
  };
  for (const g of [SAMENSTAD, OOSTERWAARD]) {
    let gemeente = await db.gemeente.findUnique({ where: { slug: g.slug }, select: { id: true } });
    if (!gemeente) {
      gemeente = await db.gemeente.create({ data: { slug: g.slug, name: g.name, inhabitants: g.inhabitants }, select: { id: true } });
      created.gemeenten++;
    }
    gemeenteIds[g.slug] = gemeente.id;
    // The gemeente's own wijken (a signal's wijk is one of these): set once, kept when edited.
    const current = (await db.gemeente.findUnique({ where: { id: gemeente.id }, select: { settings: true } }))?.settings;
    const settings = current && typeof current === "object" && !Array.isArray(current) ? (current as Record<string, unknown>) : {};
    if (!Array.isArray(settings.wijken) || !settings.theme) {
      await db.gemeente.update({
        where: { id: gemeente.id },
        data: {
          settings: {
            ...settings,
            wijken: Array.isArray(settings.wijken) ? settings.wijken : DEMO_WIJKEN[g.slug],
            theme: settings.theme ?? DEMO_THEMES[g.slug],
          },
        },
      });
    }
    const existing = new Set(
      (await db.coalitionPartner.findMany({ where: { gemeenteId: gemeente.id }, select: { name: true } })).map((p) => p.name),
    );
    const missing = g.partners.filter((p) => !existing.has(p.name));
    if (missing.length) {
      await db.coalitionPartner.createMany({
        data: missing.map((p) => ({
          gemeenteId: gemeente.id,
          name: p.name,
          kind: p.kind,
          circle: p.circle,
          ambassador: p.ambassador ?? null,
        })),
        skipDuplicates: true,
      });
      created.partners += missing.length;
    }
  }

  // Businesses: global organisations with vestigingen per gemeente (step VOORBEREIDEN by default).
  const organisationIds = new Map<string, string>();
  for (const o of ORGANISATIONS) {
    let organisation = await db.organisation.findFirst({ where: { name: o.name }, select: { id: true }, orderBy: { createdAt: "asc" } });
    if (!organisation) {
      organisation = await db.organisation.create({ data: { name: o.name, nationalChain: o.nationalChain }, select: { id: true } });
      created.organisations++;
    }
    organisationIds.set(o.name, organisation.id);
    for (const v of o.vestigingen) {
      const gemeenteId = gemeenteIds[v.gemeente];
      const found = await db.vestiging.findFirst({
        where: { gemeenteId, organisationId: organisation.id, name: v.name },
        select: { id: true },
      });
      if (!found) {
        await db.vestiging.create({
          data: {
            gemeenteId,
            organisationId: organisation.id,
            name: v.name,
            sector: v.sector,
            address: v.address,
            wijk: v.wijk,
            step: "VOORBEREIDEN",
          },
        });
        created.vestigingen++;
      }
    }
  }

  // Demo accounts: one per role in Samenstad, one in Oosterwaard, one in both, platform roles.
  // Hashed once, and only when an account actually needs it (bcrypt cost 12 takes a while).
  let hash: Promise<string> | undefined;
  const passwordHash = () => (hash ??= bcrypt.hash(DEMO_PASSWORD, 12));
  for (const account of DEMO_ACCOUNTS) {
    const wantsPassword = demoPasswords && account.password;
    let user = await db.user.findUnique({ where: { email: account.email }, select: { id: true, passwordHash: true } });
    if (!user) {
      user = await db.user.create({
        data: {
          email: account.email,
          name: account.name,
          platformRole: account.platformRole ?? null,
          emailVerified: new Date(),
          passwordHash: wantsPassword ? await passwordHash() : null,
        },
        select: { id: true, passwordHash: true },
      });
      created.users++;
    } else if (wantsPassword && !user.passwordHash) {
      await db.user.update({ where: { id: user.id }, data: { passwordHash: await passwordHash() } });
    }
    for (const m of account.memberships) {
      const gemeenteId = gemeenteIds[m.gemeente];
      const exists = await db.membership.findUnique({
        where: { gemeenteId_userId: { gemeenteId, userId: user.id } },
        select: { id: true },
      });
      if (exists) continue;
      const organisationId = m.organisation ? organisationIds.get(m.organisation) : undefined;
      if (m.organisation && !organisationId) throw new Error(`Demo organisation missing: ${m.organisation}`);
      let coalitionPartnerId: string | undefined;
      if (m.coalitionPartner) {
        const partner = await db.coalitionPartner.findUnique({
          where: { gemeenteId_name: { gemeenteId, name: m.coalitionPartner } },
          select: { id: true },
        });
        if (!partner) throw new Error(`Demo coalition partner missing: ${m.coalitionPartner}`);
        coalitionPartnerId = partner.id;
      }
      await db.membership.create({ data: { gemeenteId, userId: user.id, role: m.role, organisationId, coalitionPartnerId } });
      created.memberships++;
    }
  }

  const gemeenten = { samenstadId: gemeenteIds.samenstad, secondId: gemeenteIds.oosterwaard };
  await seedEngagement(db, gemeenten);
  await seedKlankbord(db, gemeenten.samenstadId);
  await seedOffer(db, gemeenten.samenstadId);
  await seedSignals(db, gemeenten.samenstadId);
  await seedEvents(db, gemeenten.samenstadId);
  return { gemeenten, created, demoPasswords };
}
