import { createHash } from "node:crypto";
import type { TenantContext } from "@/lib/auth/context";
import { decryptOptional, encryptOptional } from "@/lib/crypto/fields";
import type { Db } from "@/lib/db/tenant";
import { signalCategoriesOf, signalSettingsOf } from "../schemas";
import type { SignalCategory } from "../categories";

export const PERSONAL_FIELDS = [
  "residentName",
  "residentContact",
  "situation",
  "reporterName",
  "reporterContact",
  "reporterEmail",
] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];
export const ENC_COLUMN: Record<PersonalField, `${PersonalField}Enc`> = {
  residentName: "residentNameEnc",
  residentContact: "residentContactEnc",
  situation: "situationEnc",
  reporterName: "reporterNameEnc",
  reporterContact: "reporterContactEnc",
  reporterEmail: "reporterEmailEnc",
};

/**
 * THE register of every column that can hold personal data of a signal (issue 21): erasure and
 * retention clear exactly these (`ERASED_SIGNAL`, `ERASED_TRANSITION`), the decision record 0015 and
 * the tests read the same list, and a catalog test fails when Signal or SignalTransition gains a text
 * column that is in neither this list nor `NOT_PERSONAL_COLUMNS`.
 */
export const PERSONAL_DATA = [
  { table: "Signal", column: "residentNameEnc", what: "naam van de bewoner (versleuteld)" },
  { table: "Signal", column: "residentContactEnc", what: "telefoon/adres van de bewoner (versleuteld)" },
  { table: "Signal", column: "situationEnc", what: "de zorg in eigen woorden (versleuteld)" },
  { table: "Signal", column: "reporterNameEnc", what: "naam van de melder (versleuteld)" },
  { table: "Signal", column: "reporterContactEnc", what: "contact van de melder (versleuteld)" },
  { table: "Signal", column: "reporterEmailEnc", what: "e-mail van de melder (versleuteld)" },
  { table: "Signal", column: "statusCodeHash", what: "koppeling met de statuscode van de melder" },
  { table: "Signal", column: "wijk", what: "wijk (uit de lijst van de gemeente; met datum en situatie soms herleidbaar)" },
  { table: "Signal", column: "category", what: "hulpvraag (vaste lijst): zegt iets over de situatie van de bewoner" },
  { table: "Signal", column: "riskGroup", what: "risicogroep (vaste lijst): zegt iets over de bewoner" },
  { table: "Signal", column: "referralTo", what: 'doorverwijzing: vrije tekst ("Huisarts …, voor <naam>")' },
  { table: "SignalTransition", column: "reasonEnc", what: "reden bij een stap: vrije tekst (versleuteld)" },
] as const;

/** Text columns that hold no personal data (ids, statuses, dates). Anything else must be in PERSONAL_DATA. */
export const NOT_PERSONAL_COLUMNS = {
  Signal: [
    "id",
    "gemeenteId",
    "status",
    "source",
    "organisationId",
    "coalitionPartnerId",
    "reporterUserId",
    "assigneeUserId",
    "volunteerUserId",
    "supportOfferId",
    "outcome",
  ],
  SignalTransition: ["id", "gemeenteId", "signalId", "fromStatus", "toStatus", "actorUserId"],
} as const;

type SignalPersonal = Extract<(typeof PERSONAL_DATA)[number], { table: "Signal" }>["column"];
type TransitionPersonal = Extract<(typeof PERSONAL_DATA)[number], { table: "SignalTransition" }>["column"];
const nulls = <C extends string>(table: string) =>
  Object.fromEntries(PERSONAL_DATA.filter((f) => f.table === table).map((f) => [f.column, null])) as Record<C, null>;
/** Prisma `data` that clears every personal column of a signal / of its transitions. */
export const ERASED_SIGNAL = nulls<SignalPersonal>("Signal");
export const ERASED_TRANSITION = nulls<TransitionPersonal>("SignalTransition");

export const enc = (gemeenteId: string, rowId: string, field: string, v: string | null | undefined) =>
  encryptOptional(v, { gemeenteId, rowId, field });
export const dec = (gemeenteId: string, rowId: string, field: string, v: string | null | undefined) =>
  decryptOptional(v, { gemeenteId, rowId, field });

export const hashCode = (code: string) => createHash("sha256").update(`signal-status|${code}`).digest("hex");

export function actorIdOf(ctx: TenantContext): string | null {
  return ctx.userId ?? (ctx.actor.kind === "apiKey" ? `apikey:${ctx.actor.keyId}` : null);
}

export async function settingsFor(db: Db, gemeenteId: string) {
  const g = await db.gemeente.findUnique({ where: { id: gemeenteId }, select: { settings: true } });
  return signalSettingsOf(g?.settings);
}

/** The gemeente's hulpvragen (its own list or the defaults). */
export async function categoriesFor(db: Db, gemeenteId: string): Promise<readonly SignalCategory[]> {
  const g = await db.gemeente.findUnique({ where: { id: gemeenteId }, select: { settings: true } });
  return signalCategoriesOf(g?.settings);
}

/** The hulpvragen for any member of the gemeente (intake forms, filters, titles, figures). */
export async function signalCategories(ctx: TenantContext): Promise<readonly SignalCategory[]> {
  return ctx.run((db) => categoriesFor(db, ctx.gemeente.id));
}

/** Columns that are safe to show in lists and to reporters (no personal data). */
export const META_SELECT = {
  id: true,
  status: true,
  source: true,
  wijk: true,
  category: true,
  riskGroup: true,
  organisationId: true,
  coalitionPartnerId: true,
  assigneeUserId: true,
  volunteerUserId: true,
  referralTo: true,
  outcome: true,
  restricted: true,
  erasedAt: true,
  statusChangedAt: true,
  dueAt: true,
  closedAt: true,
  createdAt: true,
} as const;
