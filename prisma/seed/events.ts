/**
 * Demo agenda for Samenstad, so a newcomer sees both sides of events without an account:
 * - a training "Signaleren van eenzaamheid" three weeks ago, closed with its attendance: two guests
 *   without an account who registered on the public agenda, six walk-ins (shop staff), the
 *   organisations present and a short report. It counts in "Mensen getraind in signaleren".
 * - an open public event in three weeks, with room, on the public agenda /g/samenstad/agenda.
 * Idempotent: each event is found by its title and created only when missing.
 */
import type { OwnerClient } from "../../src/lib/db/owner-client";

const DAY = 86_400_000;
const DEMO_CLOSED_TRAINING = "Training signaleren voor winkelpersoneel";
export const DEMO_PUBLIC_EVENT = "Open koffieochtend: samen tegen eenzaamheid";

export async function seedEvents(db: OwnerClient, gemeenteId: string, now = new Date()): Promise<void> {
  const at = (days: number, hour: number) => {
    const d = new Date(now.getTime() + days * DAY);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };
  if (!(await db.event.findFirst({ where: { gemeenteId, title: DEMO_CLOSED_TRAINING }, select: { id: true } }))) {
    const training = await db.event.create({
      data: {
        gemeenteId,
        kind: "TRAINING_SIGNALEREN",
        title: DEMO_CLOSED_TRAINING,
        description: "Hoe herken je eenzaamheid bij een klant, en wat doe je dan? Met de signaalkaart.",
        location: "Bibliotheek Samenstad, zaal 2",
        startsAt: at(-21, 18),
        endsAt: at(-21, 20),
        capacity: 20,
        public: true,
        closedAt: at(-21, 21),
        walkIns: 6,
        organisationsPresent: ["Bibliotheek Samenstad", "Welzijn Samenstad", "Bakkerij Van Dam", "Apotheek Centrum"],
        report:
          "Twaalf deelnemers, vooral winkelpersoneel uit het centrum. Iedereen kreeg de signaalkaart mee. Volgende keer ook in de avond voor horeca.",
      },
      select: { id: true },
    });
    await db.eventGuest.createMany({
      data: [
        { gemeenteId, eventId: training.id, name: "Sanne de Wit", email: "sanne.dewit@example.test", source: "PUBLIEK", attended: true },
        {
          gemeenteId,
          eventId: training.id,
          name: "Youssef El Amrani",
          email: "youssef.elamrani@example.test",
          source: "UITNODIGING",
          attended: true,
        },
      ],
    });
  }
  if (!(await db.event.findFirst({ where: { gemeenteId, title: DEMO_PUBLIC_EVENT }, select: { id: true } }))) {
    await db.event.create({
      data: {
        gemeenteId,
        kind: "NETWERKBIJEENKOMST",
        title: DEMO_PUBLIC_EVENT,
        description: "Koffie, thee en een praatje. Voor iedereen die wil meedenken over minder eenzaamheid in Samenstad.",
        location: "Buurthuis De Schakel, Marktstraat 4",
        startsAt: at(21, 9),
        endsAt: at(21, 11),
        capacity: 40,
        public: true,
      },
    });
  }
}
