/** Events and training: labels and input schemas. */
import { z } from "zod";
import { formBoolean } from "@/lib/input/text";
import { CoalitionCircle, EventKind, PipelineStep } from "@/generated/prisma/enums";

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  NETWERKBIJEENKOMST: "Netwerkbijeenkomst",
  INSPIRATIESESSIE: "Inspiratiesessie",
  WERKSESSIE: "Werksessie",
  COLLEGA_OEFENING: "Collega-oefening",
  TRAINING_SIGNALEREN: "Training signaleren van eenzaamheid",
};

const ZDate = (label: string) =>
  z.coerce.date({ error: `Vul ${label} in.` }).refine((d) => !Number.isNaN(d.getTime()), { error: `Vul ${label} in.` });

export const ZEventInput = z
  .object({
    kind: z.enum(EventKind, { error: "Kies wat voor bijeenkomst het is." }),
    title: z
      .string({ error: "Vul een titel in." })
      .trim()
      .min(2, { error: "De titel moet minstens 2 tekens hebben." })
      .max(120, { error: "De titel mag hoogstens 120 tekens hebben." }),
    description: z.string().trim().max(2000, { error: "De uitleg mag hoogstens 2000 tekens hebben." }).default(""),
    location: z
      .string({ error: "Vul een plaats in." })
      .trim()
      .min(2, { error: "Vul een plaats in." })
      .max(200, { error: "De plaats mag hoogstens 200 tekens hebben." }),
    startsAt: ZDate("de begintijd"),
    endsAt: ZDate("de eindtijd"),
    capacity: z
      .union([
        z.literal(""),
        z.null(),
        z.coerce
          .number()
          .int({ error: "Vul een heel getal in." })
          .min(1, { error: "Er moet minstens 1 plek zijn." })
          .max(10_000, { error: "Dat zijn te veel plekken." }),
      ])
      .optional()
      .transform((v) => (typeof v === "number" ? v : null)),
    public: formBoolean("Kies of de bijeenkomst openbaar is."),
  })
  .refine((e) => e.endsAt.getTime() > e.startsAt.getTime(), { error: "De eindtijd moet na de begintijd liggen.", path: ["endsAt"] });

/**
 * An event as the domain returns it (listEvents, getEvent). The type is inferred from this schema,
 * and the OpenAPI document is generated from it, so the API description cannot drift from the code.
 */
export const ZEvent = z
  .object({
    id: z.string(),
    kind: z.enum(EventKind),
    title: z.string(),
    description: z.string(),
    location: z.string(),
    startsAt: z.string().describe("ISO 8601"),
    endsAt: z.string().describe("ISO 8601"),
    capacity: z.number().int().nullable().describe("Aantal plekken; null is onbeperkt"),
    public: z.boolean().describe("Staat in de openbare agenda"),
    registrations: z.number().int().describe("Aantal aanmeldingen"),
    registeredByMe: z.boolean().describe("De ingelogde gebruiker heeft zich aangemeld (bij een API-sleutel altijd false)"),
    /** Cancelled events take no registrations; registrants got a mail. */
    cancelled: z.boolean().describe("Afgelast: aanmelden kan niet meer"),
    /** Closed with attendance (closeEvent): when, walk-ins without registration, organisations, report. */
    closedAt: z.string().nullable().describe("Afgesloten met aanwezigheid (ISO 8601); null als nog niet afgesloten"),
    walkIns: z.number().int().describe("Aantal mensen dat zonder aanmelding kwam"),
    organisationsPresent: z.array(z.string()).describe("Organisaties die aanwezig waren"),
    report: z.string().describe("Kort verslag"),
  })
  .meta({
    examples: [
      {
        id: "5f0c9a1e-4a4b-4f7e-9d0e-1c2b3a4d5e6f",
        kind: "NETWERKBIJEENKOMST",
        title: "Koffie in de bibliotheek",
        description: "Kennismaken met de coalitie.",
        location: "Bibliotheek Centrum",
        startsAt: "2026-10-01T08:00:00.000Z",
        endsAt: "2026-10-01T10:00:00.000Z",
        capacity: 30,
        public: true,
        registrations: 12,
        registeredByMe: false,
        cancelled: false,
        closedAt: null,
        walkIns: 0,
        organisationsPresent: [],
        report: "",
      },
    ],
  });
export type TEvent = z.infer<typeof ZEvent>;

/** One registration for an event: the member's name (members, never residents) and attendance. */
export const ZRegistrant = z
  .object({
    registrationId: z.string(),
    name: z.string().describe("Naam van wie zich aanmeldde (een lid, of een gast zonder account)"),
    attended: z.boolean().describe("Was erbij"),
    kind: z.enum(["LID", "GAST"]).describe("LID: met een account; GAST: via een uitnodigingslink of de openbare agenda, zonder account"),
  })
  .meta({ examples: [{ registrationId: "0b6f7c1d-2e3f-4a5b-8c9d-0e1f2a3b4c5d", name: "Sanne de Vries", attended: true, kind: "LID" }] });

/** Upcoming (not yet ended) and past events. */
export function splitByTime(events: TEvent[], now = new Date()): { upcoming: TEvent[]; past: TEvent[] } {
  const t = now.getTime();
  return { upcoming: events.filter((e) => Date.parse(e.endsAt) >= t), past: events.filter((e) => Date.parse(e.endsAt) < t) };
}

/** One label map for the circles on every screen (coalition page, placement, invitations). */
/** Has the event begun? (Only then can it be closed with its attendance.) */
export function hasStarted(event: Pick<TEvent, "startsAt">, now = new Date()): boolean {
  return Date.parse(event.startsAt) <= now.getTime();
}

export { COALITION_CIRCLE_LABELS as CIRCLE_LABELS } from "@/modules/partners";
/** The step names are defined once, in engagement/labels.ts. */
export { STEP_LABELS } from "@/modules/engagement";

/**
 * Who to invite: members of coalition partners in the chosen circles, and entrepreneurs (contact
 * persons with an e-mail address and ondernemer accounts) placed in the chosen circles or standing in
 * the chosen pipeline steps. Paused or stopped entrepreneurs are never invited.
 */
export const ZInviteInput = z
  .object({
    partnerCircles: z
      .array(z.enum(CoalitionCircle, { error: "Kies een bestaande kring." }), { error: "Kies een bestaande kring." })
      .default([]),
    entrepreneurCircles: z
      .array(z.enum(CoalitionCircle, { error: "Kies een bestaande kring." }), { error: "Kies een bestaande kring." })
      .default([]),
    entrepreneurSteps: z
      .array(z.enum(PipelineStep, { error: "Kies een bestaande stap." }), { error: "Kies een bestaande stap." })
      .default([]),
  })
  .strict()
  .refine((i) => i.partnerCircles.length + i.entrepreneurCircles.length + i.entrepreneurSteps.length > 0, {
    error: "Kies minstens één groep om uit te nodigen.",
    path: ["partnerCircles"],
  });

export const ZCancelInput = z
  .object({ reason: z.string().trim().max(500, { error: "De reden mag hoogstens 500 tekens hebben." }).default("") })
  .strict();

/**
 * The agenda speaks Dutch wall time: a datetime-local value ("2026-10-01T19:30") means that time in
 * Europe/Amsterdam, whatever the zone of the browser or the server.
 */
const AMS = "Europe/Amsterdam";
const amsParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: AMS,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
function amsWall(d: Date): { y: number; m: number; d: number; h: number; min: number } {
  const p = Object.fromEntries(amsParts.formatToParts(d).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), d: Number(p.day), h: Number(p.hour), min: Number(p.minute) };
}
const pad = (n: number) => String(n).padStart(2, "0");

/** ISO instant → "JJJJ-MM-DDTUU:MM" in Amsterdam time (for a datetime-local default value). */
export function isoToAmsterdamLocal(iso: string): string {
  const w = amsWall(new Date(iso));
  return `${w.y}-${pad(w.m)}-${pad(w.d)}T${pad(w.h)}:${pad(w.min)}`;
}

/** "JJJJ-MM-DDTUU:MM" as Amsterdam wall time → ISO instant; "" for empty or unreadable input. */
export function amsterdamLocalToIso(local: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return "";
  const wallAsUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  let t = wallAsUtc;
  for (let i = 0; i < 2; i++) {
    const w = amsWall(new Date(t));
    t -= Date.UTC(w.y, w.m - 1, w.d, w.h, w.min) - wallAsUtc;
  }
  return new Date(t).toISOString();
}

/**
 * Closing a meeting: attended registrations as "lid:<id>" (member) or "gast:<id>" (no account), the
 * number who came without registering, the organisations present (one per line or comma) and a report.
 */
export const ZCloseInput = z
  .object({
    attended: z.array(z.string().max(80), { error: "Kies wie er was." }).max(5000).default([]),
    walkIns: z
      .union([
        z.literal(""),
        z.coerce
          .number({ error: "Vul een getal in." })
          .int({ error: "Vul een heel getal in." })
          .min(0, { error: "Vul 0 of meer in." })
          .max(10_000, { error: "Dat zijn te veel mensen." }),
      ])
      .default("")
      .transform((v) => (typeof v === "number" ? v : 0)),
    organisations: z
      .string()
      .max(4000, { error: "De lijst met organisaties is te lang." })
      .default("")
      .transform((v) => [
        ...new Set(
          v
            .split(/[\n,;]/)
            .map((x) => x.trim())
            .filter((x) => x.length > 0),
        ),
      ])
      .refine((list) => list.every((x) => x.length <= 120), { error: "Een organisatienaam mag hoogstens 120 tekens hebben." })
      .refine((list) => list.length <= 100, { error: "Vul hoogstens 100 organisaties in." }),
    report: z.string().trim().max(2000, { error: "Het verslag mag hoogstens 2000 tekens hebben." }).default(""),
  })
  .strict();
