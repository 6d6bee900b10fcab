/**
 * Engagement demo data for the seeded vestigingen, the voorbeeldpropositie and the two mail
 * templates per gemeente.
 * - Samenstad follows the handreiking's case ("bedrijven participeren nog niet"): its four
 *   candidates stay in VOORBEREIDEN, with matrix crosses; the supermarket has a contact person and
 *   a first contact moment (gespreksstarter) with a next action.
 * - Oosterwaard shows a relation further on: the SuperSamen vestiging is an active partner
 *   (acknowledged, VASTHOUDEN, step history, contributions, a celebrated milestone), so its public
 *   register is not empty.
 * - The demo ambtenaar has a function and contact details (the mail templates prefill them) and a
 *   few next actions in "Mijn acties": one overdue (Apotheek De Gaper), one next week (the supermarket).
 *
 * Idempotent: rows are found by natural key and only created when missing; a vestiging that already
 * has pipeline history is left alone, so changes made in the demo are never overwritten.
 * Runs as the owner (bypasses RLS): scripts/seed.ts and tests only.
 */
import type { OwnerClient } from "../../src/lib/db/owner-client";
import { matrixScore, type MatrixCrosses } from "../../src/modules/engagement/matrix";
import { DEFAULT_PROPOSITION, DEFAULT_TEMPLATES } from "../../src/modules/engagement/templates";
import type { MailTemplateKey } from "../../src/generated/prisma/enums";

const crosses = (...keys: (keyof MatrixCrosses)[]): MatrixCrosses => ({
  critSector: keys.includes("critSector"),
  critImago: keys.includes("critImago"),
  critMvo: keys.includes("critMvo"),
  critGoals: keys.includes("critGoals"),
  critPriorWork: keys.includes("critPriorWork"),
  critWarmContact: keys.includes("critWarmContact"),
});

async function ensureTemplatesAndProposition(db: OwnerClient, gemeenteId: string) {
  for (const key of Object.keys(DEFAULT_TEMPLATES) as MailTemplateKey[]) {
    const t = DEFAULT_TEMPLATES[key];
    await db.mailTemplate.upsert({
      where: { gemeenteId_key: { gemeenteId, key } },
      create: { gemeenteId, key, name: t.name, subject: t.subject, body: t.body },
      update: {},
    });
  }
  if ((await db.propositionItem.count({ where: { gemeenteId } })) === 0) {
    await db.propositionItem.createMany({ data: DEFAULT_PROPOSITION.map((title, position) => ({ gemeenteId, title, position })) });
  }
}

async function findVestiging(db: OwnerClient, gemeenteId: string, name: string) {
  return db.vestiging.findFirst({ where: { gemeenteId, name }, orderBy: { createdAt: "asc" } });
}

/** Set matrix crosses only while the relation is untouched (no history, no crosses yet). */
async function seedMatrix(db: OwnerClient, gemeenteId: string, name: string, c: MatrixCrosses) {
  const v = await findVestiging(db, gemeenteId, name);
  if (!v || v.matrixScore > 0) return v;
  if ((await db.stepChange.count({ where: { vestigingId: v.id } })) > 0) return v;
  return db.vestiging.update({ where: { id: v.id }, data: { ...c, matrixScore: matrixScore(c) } });
}

export async function seedEngagement(db: OwnerClient, gemeenten: { samenstadId: string; secondId: string }) {
  const { samenstadId, secondId } = gemeenten;
  await ensureTemplatesAndProposition(db, samenstadId);
  await ensureTemplatesAndProposition(db, secondId);

  const ambtenaar = await db.membership.findFirst({
    where: { gemeenteId: samenstadId, role: "AMBTENAAR" },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
  });
  const byUserId = ambtenaar?.userId ?? null;

  // Shortlist matrix for Samenstad: the wethouder's wish list (sportschool, apotheek, visrestaurant, supermarkt).
  await seedMatrix(db, samenstadId, "Sportschool In Beweging", crosses("critSector", "critImago", "critGoals"));
  await seedMatrix(db, samenstadId, "Visrestaurant De Zeemeeuw", crosses("critSector", "critImago"));
  await seedMatrix(
    db,
    samenstadId,
    "Apotheek De Gaper",
    crosses("critSector", "critImago", "critMvo", "critGoals", "critPriorWork", "critWarmContact"),
  );
  const supermarkt = await seedMatrix(
    db,
    samenstadId,
    "SuperSamen Samenstad Centrum",
    crosses("critSector", "critImago", "critMvo", "critGoals", "critWarmContact"),
  );
  const partner = await seedMatrix(db, secondId, "SuperSamen Oosterwaard", crosses("critSector", "critImago", "critMvo", "critGoals"));
  const secondAmbtenaar = await db.membership.findFirst({
    where: { gemeenteId: secondId, role: { in: ["AMBTENAAR", "REGISSEUR"] } },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
  });
  const partnerBy = secondAmbtenaar?.userId ?? null;

  const day = 24 * 3600 * 1000;
  const now = Date.now();

  // The supermarket in Samenstad: still on the shortlist (VOORBEREIDEN), first call made.
  if (supermarkt && (await db.contactMoment.count({ where: { vestigingId: supermarkt.id } })) === 0) {
    const at = new Date(now - 14 * day);
    await db.vestiging.update({
      where: { id: supermarkt.id },
      data: { leadSource: "NATIONALE_COALITIE", accountHolderId: byUserId, lastContactAt: at },
    });
    await db.contactPerson.create({
      data: {
        gemeenteId: samenstadId,
        vestigingId: supermarkt.id,
        name: "Johan Roodenrijs",
        role: "Filiaalmanager",
        email: "filiaal.centrum@supersamen.demo",
      },
    });
    await db.contactMoment.create({
      data: {
        gemeenteId: samenstadId,
        vestigingId: supermarkt.id,
        kind: "TELEFOON",
        at,
        byUserId,
        partContact: "De filiaalmanager had even tijd; ik vertelde over Eén tegen eenzaamheid in Samenstad.",
        partDoelgroep: "Ouderen die elke dag een kleine boodschap doen en graag een praatje maken.",
        partRol: "Voorbeeld van de klets-kassa besproken; hij ziet een rol voor de kassamedewerkers.",
        partPropositie: "Training 'signaleren van eenzaamheid' voor het team, vermelding in de nieuwsbrief.",
        partActie: "Proef met een kletskassa op dinsdagochtend.",
        outcome: "Enthousiast, wil eerst met het team praten.",
        nextAction: "Langsgaan om de proef met de kletskassa te bespreken",
        nextActionDate: new Date(now + 7 * day),
      },
    });
  }

  // The demo ambtenaar's function and contact details (prefill {{functie}} / {{contactgegevens}}), only when empty.
  if (byUserId) {
    await db.user.updateMany({
      where: { id: byUserId, jobTitle: null, workContact: null },
      data: { jobTitle: "Beleidsmedewerker sociaal domein, gemeente Samenstad", workContact: "06 12 34 56 78 · ambtenaar@samenstad.demo" },
    });
  }

  // "Mijn acties": an overdue next action at the pharmacy, so the list shows "Te laat" first.
  const apotheek = await findVestiging(db, samenstadId, "Apotheek De Gaper");
  if (apotheek && (await db.contactMoment.count({ where: { vestigingId: apotheek.id } })) === 0) {
    const at = new Date(now - 10 * day);
    await db.vestiging.update({
      where: { id: apotheek.id },
      data: { accountHolderId: apotheek.accountHolderId ?? byUserId, lastContactAt: at },
    });
    await db.contactMoment.create({
      data: {
        gemeenteId: samenstadId,
        vestigingId: apotheek.id,
        kind: "BEZOEK",
        at,
        byUserId,
        partContact: "Kort bij de apotheker langs geweest na de sluiting.",
        outcome: "Wil meedenken over een folder bij de balie; eerst overleg met de eigenaar.",
        nextAction: "Apotheker terugbellen over de folder bij de balie",
        nextActionDate: new Date(now - 3 * day),
      },
    });
  }

  // Oosterwaard's supermarket: an active partner (acknowledged, vasthouden), so the public register shows one.
  if (partner && (await db.stepChange.count({ where: { vestigingId: partner.id } })) === 0) {
    const ackAt = new Date(now - 40 * day);
    const activeAt = new Date(now - 35 * day);
    await db.vestiging.update({
      where: { id: partner.id },
      data: {
        step: "VASTHOUDEN",
        leadSource: "NATIONALE_COALITIE",
        accountHolderId: partnerBy,
        acknowledgedAt: ackAt,
        acknowledgementChannel: "GESPREK",
        acknowledgedById: partnerBy,
        activeSince: activeAt,
        lastContactAt: activeAt,
        publicDescription: "Houdt op dinsdagochtend een kletskassa open en geeft zorgen over klanten door aan het Signaalpunt.",
        motives: ["MAATSCHAPPELIJK", "PERSOONLIJK"],
        fiveMs: ["MENSEN", "MEDIA"],
      },
    });
    const steps = [
      ["PROMOTE", "VOORBEREIDEN", "VERBINDEN", "Lid van de Nationale Coalitie", 60],
      ["MOVE", "VERBINDEN", "VERLEIDEN", "Goed eerste gesprek", 50],
      ["ACKNOWLEDGE", "VERLEIDEN", "VERLEIDEN", "Vrijwilligheid bevestigd (gesprek)", 40],
      ["MOVE", "VERLEIDEN", "VASTHOUDEN", "Doet mee met de kletskassa", 35],
    ] as const;
    for (const [kind, fromStep, toStep, reason, daysAgo] of steps) {
      await db.stepChange.create({
        data: {
          gemeenteId: secondId,
          vestigingId: partner.id,
          kind,
          fromStep,
          toStep,
          reason,
          byUserId: partnerBy,
          at: new Date(now - daysAgo * day),
        },
      });
    }
    await db.contribution.createMany({
      data: [
        {
          gemeenteId: secondId,
          vestigingId: partner.id,
          type: "SIGNALEREN",
          description: "Zorgen over klanten doorgeven",
          createdById: partnerBy,
        },
        {
          gemeenteId: secondId,
          vestigingId: partner.id,
          type: "EXTRA_GASTVRIJ",
          description: "Kletskassa op dinsdagochtend",
          createdById: partnerBy,
        },
      ],
    });
    await db.milestone.create({
      data: {
        gemeenteId: secondId,
        vestigingId: partner.id,
        title: "Eerste kletskassa-ochtend",
        achievedAt: new Date(now - 20 * day),
        celebrated: true,
        celebratedAt: new Date(now - 19 * day),
        recordedById: partnerBy,
      },
    });
  }
}
