/**
 * Engagement demo data for the seeded vestigingen: matrix crosses, sample relations in the
 * pipeline (with history), a contact moment with the gespreksstarter, an active partner with an
 * acknowledgement (so the public register is not empty), the voorbeeldpropositie and the two mail
 * templates per gemeente.
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
  const apotheek = await seedMatrix(
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
  await seedMatrix(db, secondId, "SuperSamen Oosterwaard", crosses("critSector", "critImago", "critMvo"));

  const day = 24 * 3600 * 1000;
  const now = Date.now();

  // The supermarket: promoted into VERBINDEN, first visit done, next action planned.
  if (supermarkt && (await db.stepChange.count({ where: { vestigingId: supermarkt.id } })) === 0) {
    const at = new Date(now - 14 * day);
    await db.vestiging.update({
      where: { id: supermarkt.id },
      data: { step: "VERBINDEN", leadSource: "NATIONALE_COALITIE", accountHolderId: byUserId, lastContactAt: at },
    });
    await db.stepChange.create({
      data: { gemeenteId: samenstadId, vestigingId: supermarkt.id, kind: "PROMOTE", fromStep: "VOORBEREIDEN", toStep: "VERBINDEN", reason: "Meeste kruisjes op de shortlist", byUserId, at: new Date(now - 21 * day) },
    });
    await db.contactPerson.create({
      data: { gemeenteId: samenstadId, vestigingId: supermarkt.id, name: "Johan Roodenrijs", role: "Filiaalmanager", email: "filiaal.centrum@supersamen.demo" },
    });
    await db.contactMoment.create({
      data: {
        gemeenteId: samenstadId,
        vestigingId: supermarkt.id,
        kind: "BEZOEK",
        at,
        byUserId,
        partContact: "De filiaalmanager had even tijd; ik vertelde over Eén tegen eenzaamheid in Samenstad.",
        partDoelgroep: "Ouderen die elke dag een kleine boodschap doen en graag een praatje maken.",
        partRol: "Voorbeeld van de klets-kassa besproken; hij ziet een rol voor de kassamedewerkers.",
        partPropositie: "Training 'signaleren van eenzaamheid' voor het team, vermelding in de nieuwsbrief.",
        partActie: "Proef met een kletskassa op dinsdagochtend.",
        outcome: "Enthousiast, wil eerst met het team praten.",
        nextAction: "Terugbellen over de proef met de kletskassa",
        nextActionDate: new Date(now + 7 * day),
      },
    });
  }

  // The pharmacy: an active partner (acknowledged, vasthouden), so the public register shows one.
  if (apotheek && (await db.stepChange.count({ where: { vestigingId: apotheek.id } })) === 0) {
    const ackAt = new Date(now - 40 * day);
    const activeAt = new Date(now - 35 * day);
    await db.vestiging.update({
      where: { id: apotheek.id },
      data: {
        step: "VASTHOUDEN",
        leadSource: "WARM_CONTACT",
        accountHolderId: byUserId,
        acknowledgedAt: ackAt,
        acknowledgementChannel: "GESPREK",
        acknowledgedById: byUserId,
        activeSince: activeAt,
        lastContactAt: activeAt,
        publicDescription: "Let bij de bezorging van medicijnen op klanten die alleen zijn, en geeft zorgen door aan het Signaalpunt.",
        motives: ["MAATSCHAPPELIJK", "PERSOONLIJK"],
        fiveMs: ["MENSEN", "MEDIA"],
      },
    });
    const steps = [
      ["PROMOTE", "VOORBEREIDEN", "VERBINDEN", "Warm contact van de wethouder", 60],
      ["MOVE", "VERBINDEN", "VERLEIDEN", "Goed eerste gesprek", 50],
      ["ACKNOWLEDGE", "VERLEIDEN", "VERLEIDEN", "Vrijwilligheid bevestigd (gesprek)", 40],
      ["MOVE", "VERLEIDEN", "VASTHOUDEN", "Doet mee met signaleren", 35],
    ] as const;
    for (const [kind, fromStep, toStep, reason, daysAgo] of steps) {
      await db.stepChange.create({
        data: { gemeenteId: samenstadId, vestigingId: apotheek.id, kind, fromStep, toStep, reason, byUserId, at: new Date(now - daysAgo * day) },
      });
    }
    await db.contribution.createMany({
      data: [
        { gemeenteId: samenstadId, vestigingId: apotheek.id, type: "SIGNALEREN", description: "Zorgen doorgeven bij de bezorging", createdById: byUserId },
        { gemeenteId: samenstadId, vestigingId: apotheek.id, type: "INFORMATIE_VERSPREIDEN", description: "Folders van welzijn op de toonbank", createdById: byUserId },
      ],
    });
    await db.milestone.create({
      data: { gemeenteId: samenstadId, vestigingId: apotheek.id, title: "Team getraind in signaleren", achievedAt: new Date(now - 20 * day), celebrated: true, celebratedAt: new Date(now - 19 * day), recordedById: byUserId },
    });
  }
}
