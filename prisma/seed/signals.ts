/**
 * Demo signals for Samenstad (issue 16): a work queue a newcomer can read — each with a hulpvraag and
 * wijk, most with a risk group, some closed — plus one tagged offer item and one reporter's answer,
 * so the dashboard, the raadsbrief, the gap view and "De stem van de melder" show real figures.
 * Situations are short and made up; they are encrypted like every signal's (src/lib/crypto/fields.ts).
 * Idempotent: only when Samenstad has no signal yet.
 */
import { randomUUID } from "node:crypto";
import { encryptField } from "../../src/lib/crypto/fields";
import type { OwnerClient } from "../../src/lib/db/owner-client";

const H = 3_600_000;
type Demo = {
  category: string;
  riskGroup: string | null;
  wijk: string;
  daysAgo: number;
  status: "ONTVANGEN" | "BEOORDEELD" | "EERSTE_INTAKE" | "TEAM_WELZIJN" | "AFGESLOTEN";
  situation: string;
};

const DEMO_SIGNALS: Demo[] = [
  {
    category: "rouw",
    riskGroup: "ROUW_VERLIES",
    wijk: "Noord",
    daysAgo: 2,
    status: "ONTVANGEN",
    situation: "Sinds haar man is overleden zien we mevrouw niet meer bij de bakker.",
  },
  {
    category: "rouw",
    riskGroup: "OUDEREN_75",
    wijk: "Centrum",
    daysAgo: 9,
    status: "BEOORDEELD",
    situation: "Meneer vertelde dat hij sinds de begrafenis met niemand meer praat.",
  },
  {
    category: "rouw",
    riskGroup: "ROUW_VERLIES",
    wijk: "Oost",
    daysAgo: 20,
    status: "EERSTE_INTAKE",
    situation: "Een vaste klant is haar zus verloren en komt steeds minder buiten.",
  },
  {
    category: "rouw",
    riskGroup: "ROUW_VERLIES",
    wijk: "Noord",
    daysAgo: 45,
    status: "TEAM_WELZIJN",
    situation: "Buurman zit sinds het overlijden van zijn vrouw elke dag alleen.",
  },
  {
    category: "rouw",
    riskGroup: "OUDEREN_75",
    wijk: "Zuid",
    daysAgo: 70,
    status: "AFGESLOTEN",
    situation: "Weduwe van 82 vroeg bij de apotheek of er een praatgroep is.",
  },
  {
    category: "sociaal-contact",
    riskGroup: "JONGEREN_15_24",
    wijk: "West",
    daysAgo: 5,
    status: "ONTVANGEN",
    situation: "Een jongen van 19 zegt in de sportschool dat hij niemand kent in de stad.",
  },
  {
    category: "sociaal-contact",
    riskGroup: null,
    wijk: "Haven",
    daysAgo: 30,
    status: "AFGESLOTEN",
    situation: "Een nieuwe bewoner zoekt iemand om samen koffie mee te drinken.",
  },
  {
    category: "mantelzorg",
    riskGroup: "MANTELZORGERS",
    wijk: "Oost",
    daysAgo: 12,
    status: "EERSTE_INTAKE",
    situation: "Mevrouw zorgt al jaren alleen voor haar man en komt nergens meer aan toe.",
  },
];

export async function seedSignals(db: OwnerClient, gemeenteId: string, now = new Date()): Promise<void> {
  if (await db.signal.findFirst({ where: { gemeenteId }, select: { id: true } })) return;
  for (const d of DEMO_SIGNALS) {
    const id = randomUUID();
    const createdAt = new Date(now.getTime() - d.daysAgo * 24 * H);
    const closed = d.status === "AFGESLOTEN";
    const closedAt = closed ? new Date(createdAt.getTime() + 10 * 24 * H) : null;
    await db.signal.create({
      data: {
        id,
        gemeenteId,
        source: "LOKET_TELEFOON",
        status: d.status,
        wijk: d.wijk,
        category: d.category,
        riskGroup: d.riskGroup,
        situationEnc: encryptField(d.situation, { gemeenteId, rowId: id, field: "situation" }),
        outcome: closed ? "DEELGENOMEN" : null,
        closedAt,
        createdAt,
        statusChangedAt: closedAt ?? createdAt,
        dueAt: closed ? null : new Date(createdAt.getTime() + 5 * 24 * H),
      },
    });
    const steps = ["ONTVANGEN", "BEOORDEELD", "EERSTE_INTAKE", "TEAM_WELZIJN", "AFGESLOTEN"] as const;
    const upTo = steps.indexOf(d.status);
    await db.signalTransition.createMany({
      data: steps.slice(0, upTo + 1).map((s, i) => ({
        gemeenteId,
        signalId: id,
        fromStatus: i ? steps[i - 1] : null,
        toStatus: s,
        createdAt: new Date(createdAt.getTime() + i * 24 * H),
      })),
    });
  }
  // The gap view: a rouw- en verliesgroep answers "rouw"; the other hulpvragen with signals show as gaps.
  await db.supportOffer.create({
    data: {
      gemeenteId,
      title: "Rouw- en verliesgroep",
      provider: "Welzijn Samenstad",
      description: "Zes avonden samen praten over verlies, met een getrainde begeleider.",
      targetGroups: ["ROUW_VERLIES"],
      degrees: ["MATIG", "ERNSTIG"],
      categories: ["rouw"],
      howToJoin: "Bel het loket of meld u aan bij Welzijn Samenstad.",
      cost: "Gratis",
    },
  });
  // One reporter's answer to "Heeft het geholpen?" (no signal id: answers are unlinkable).
  const month = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", timeZone: "Europe/Amsterdam" })
    .format(new Date(now.getTime() - 60 * 24 * H))
    .slice(0, 7);
  await db.signalFeedback.create({
    data: { gemeenteId, period: month, helped: true, remark: "Fijn dat er zo snel iemand langs is geweest." },
  });
}
