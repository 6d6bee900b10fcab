"use server";
/**
 * Server actions for signals. Each checks the session/permission itself (server actions are public
 * POST endpoints); the domain functions validate and check again. Inputs are never logged.
 */
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/throttle";
import { AppError, type ActionResult } from "@/lib/result";
import { publicAction, tenantAction } from "@/server/action";
import { nl } from "@/i18n/nl";
import { submitPublicSignal } from "./server/public-intake";
import { setWijken } from "@/modules/gemeenten/server";
import { createSignal } from "./server/create-signal";
import { transitionSignal } from "./server/transition-signal";
import { eraseResident, exportResident, liftRestriction, lookupResident, restrictResident, type ResidentSignal } from "./server/privacy";
import { statusByCode } from "./server/read-signals";
import { answerFeedback } from "./server/feedback";
import { DEADLINE_STEPS, runRetentionNow, setMailPreference, setSignalCategories, updateSignalSettings } from "./server/settings";

export type IntakeState = ActionResult<{ statusCode: string }> | null;

const FIELDS = [
  "residentName",
  "residentContact",
  "wijk",
  "situation",
  "reporterName",
  "reporterContact",
  "reporterEmail",
  "token",
  "website",
] as const;
/** The intake form's fields; anything but form data is bad input (VALIDATION), never a server fault. */
function formObject(fd: FormData): Record<string, string> {
  if (!(fd instanceof FormData)) throw new AppError("VALIDATION");
  const out: Record<string, string> = {};
  for (const f of FIELDS) {
    const v = fd.get(f);
    if (typeof v === "string") out[f] = v;
  }
  return out;
}

/** The public form (no login). */
export async function submitPublicSignalAction(gemeenteSlug: string, _prev: IntakeState, fd: FormData): Promise<IntakeState> {
  // Anything but the form's own data is bad input, not a server fault (form: fd).
  return publicAction(
    "submitPublicSignalAction",
    async () => {
      const address = clientIp(await headers());
      const r = await submitPublicSignal(String(gemeenteSlug), formObject(fd), address);
      return { statusCode: r.statusCode };
    },
    { form: fd },
  );
}

/** Phone intake by the loket, on behalf of the caller. */
export async function phoneIntakeAction(gemeenteSlug: string, _prev: IntakeState, fd: FormData): Promise<IntakeState> {
  return tenantAction(
    "phoneIntakeAction",
    gemeenteSlug,
    "signals:create",
    async (ctx) => {
      // The staff intake also sets the hulpvraag and risk group (the public form does not ask for them).
      const theme = Object.fromEntries(
        ["category", "riskGroup"].map((f) => [f, fd.get(f)]).filter(([, v]) => typeof v === "string" && v !== ""),
      );
      const r = await createSignal(ctx, { ...formObject(fd), ...theme }, "LOKET_TELEFOON");
      return { statusCode: r.statusCode };
    },
    { form: fd, refresh: (slug) => [`/app/${slug}/signalen`] },
  );
}

export type TransitionState = ActionResult<{ status: string }> | null;

/** Next step in the follow-up. */
export async function transitionSignalAction(
  gemeenteSlug: string,
  id: string,
  _prev: TransitionState,
  fd: FormData,
): Promise<TransitionState> {
  return tenantAction(
    "transitionSignalAction",
    gemeenteSlug,
    "signals:work",
    async (ctx) => {
      const input: Record<string, string> = {};
      for (const f of ["to", "reason", "assigneeUserId", "volunteerUserId", "referralTo", "outcome", "category", "riskGroup"]) {
        const v = fd.get(f);
        if (typeof v === "string" && v !== "") input[f] = v;
      }
      const r = await transitionSignal(ctx, String(id), input);
      return { status: r.status };
    },
    { form: fd, refresh: (slug) => [`/app/${slug}/signalen`] },
  );
}

// ---------- Resident rights (regisseur only) ----------

export type ResidentData = {
  query: { residentName?: string; residentContact?: string };
  signals: ResidentSignal[];
  message?: string;
  /** Values that could not be decrypted (row id, field): skipped, shown so the regisseur can report them. */
  unreadable?: { id: string; field: string }[];
  /** Set after "Kopie van de gegevens maken": the JSON file's name and contents. */
  export?: { filename: string; json: string };
};
export type ResidentState = ActionResult<ResidentData> | null;

const INTENTS = ["zoek", "export", "beperk", "hef-op", "wis"] as const;
const str = (fd: FormData, k: string) => {
  const v = fd.get(k);
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
};

/**
 * One action for the resident-rights page: look up (zoek), export (JSON), restrict (beperk) or
 * erase (wis). Every read and change is audited by the domain; after a change the page shows the
 * fresh state. Field errors of the change forms are prefixed with the intent ("wis.confirm").
 */
export async function residentRightsAction(gemeenteSlug: string, _prev: ResidentState, fd: FormData): Promise<ResidentState> {
  return tenantAction(
    "residentRightsAction",
    gemeenteSlug,
    "signals:assess",
    async (ctx) => {
      const intent = String(fd.get("intent") ?? "zoek") as (typeof INTENTS)[number];
      if (!INTENTS.includes(intent)) throw new AppError("VALIDATION");
      const query = { residentName: str(fd, "residentName"), residentContact: str(fd, "residentContact") };
      let message: string | undefined;
      if (intent === "beperk" || intent === "hef-op" || intent === "wis") {
        const change = {
          ...query,
          basis: str(fd, "basis"),
          confirm: fd.get("confirm") === "ja",
          signalIds: fd.getAll("signalId").map(String),
        };
        try {
          if (intent === "wis") {
            const r = await eraseResident(ctx, change);
            message = `${r.erased} ${r.erased === 1 ? "signaal" : "signalen"}: persoonsgegevens gewist. Dit is vastgelegd.`;
          } else if (intent === "hef-op") {
            const r = await liftRestriction(ctx, change);
            message = `${r.lifted} ${r.lifted === 1 ? "signaal" : "signalen"} van slot gehaald. Het werk kan weer verder. Dit is vastgelegd.`;
          } else {
            const r = await restrictResident(ctx, change);
            message = `${r.restricted} ${r.restricted === 1 ? "signaal" : "signalen"} op slot gezet: alleen de regisseur kan de gegevens nog zien, en niemand kan het signaal verder zetten tot het weer van slot is gehaald. Dit is vastgelegd.`;
          }
        } catch (error) {
          if (error instanceof AppError && error.fieldErrors) {
            const prefixed = Object.fromEntries(Object.entries(error.fieldErrors).map(([k, v]) => [`${intent}.${k}`, v]));
            throw new AppError(error.code, error.message, { fieldErrors: prefixed });
          }
          throw error;
        }
      }
      if (intent === "export") {
        const data = await exportResident(ctx, query);
        return {
          query,
          signals: data.signals,
          unreadable: data.unreadable,
          message: `Kopie van de gegevens gemaakt: ${data.signals.length} ${data.signals.length === 1 ? "signaal" : "signalen"}. Dit is vastgelegd.`,
          export: {
            filename: `kopie-gegevens-bewoner-${ctx.gemeente.slug}-${new Date().toISOString().slice(0, 10)}.json`,
            json: JSON.stringify(data, null, 2),
          },
        };
      }
      const { signals, unreadable } = await lookupResident(ctx, query);
      return { query, signals, message, unreadable };
    },
    { form: fd },
  );
}

// ---------- Settings ----------

export type SettingsState = ActionResult<{ message: string }> | null;

/** The gemeente's signal settings (regisseur only): retention months, deadlines, default mail choice. */
export async function updateSignalSettingsAction(gemeenteSlug: string, _prev: SettingsState, fd: FormData): Promise<SettingsState> {
  return tenantAction(
    "updateSignalSettingsAction",
    gemeenteSlug,
    "signals:assess",
    async (ctx) => {
      const deadlineDays: Record<string, string> = {};
      for (const step of DEADLINE_STEPS) {
        const v = fd.get(`deadline.${step}`);
        if (typeof v === "string" && v !== "") deadlineDays[step] = v;
      }
      await updateSignalSettings(ctx, {
        retentionMonths: fd.get("retentionMonths"),
        cancelledRetentionMonths: fd.get("cancelledRetentionMonths"),
        staleOpenMonths: fd.get("staleOpenMonths") || undefined,
        deadlineDays,
        dailyDigest: fd.get("dailyDigest") === "ja",
      });
      return { message: "De instellingen zijn opgeslagen." };
    },
    { form: fd, refresh: (slug) => [`/app/${slug}/signalen/instellingen`] },
  );
}

/** The gemeente's own wijken (regisseur): one per line. */
export async function setWijkenAction(gemeenteSlug: string, _prev: SettingsState, fd: FormData): Promise<SettingsState> {
  return tenantAction(
    "setWijkenAction",
    gemeenteSlug,
    "signals:assess",
    async (ctx) => {
      const wijken = await setWijken(ctx, { text: fd.get("wijken") });
      return { message: `${wijken.length} ${wijken.length === 1 ? "wijk" : "wijken"} opgeslagen.` };
    },
    { form: fd, refresh: (slug) => [`/app/${slug}/signalen/instellingen`] },
  );
}

/** The gemeente's hulpvragen (regisseur): one per line. */
export async function setCategoriesAction(gemeenteSlug: string, _prev: SettingsState, fd: FormData): Promise<SettingsState> {
  return tenantAction(
    "setCategoriesAction",
    gemeenteSlug,
    "signals:assess",
    async (ctx) => {
      const categories = await setSignalCategories(ctx, { text: fd.get("categories") });
      return { message: `${categories.length} ${categories.length === 1 ? "hulpvraag" : "hulpvragen"} opgeslagen.` };
    },
    { form: fd, refresh: (slug) => [{ path: `/app/${slug}/signalen`, layout: true }] },
  );
}

/** Run retention now (regisseur only, with confirmation); each erasure is audited with the regisseur as actor. */
export async function runRetentionAction(gemeenteSlug: string, _prev: SettingsState, fd: FormData): Promise<SettingsState> {
  return tenantAction(
    "runRetentionAction",
    gemeenteSlug,
    "signals:assess",
    async (ctx) => {
      const r = await runRetentionNow(ctx, { confirm: fd.get("confirm") === "ja" });
      return { message: `${r.erased} ${r.erased === 1 ? "signaal" : "signalen"}: persoonsgegevens gewist. De tellingen blijven.` };
    },
    { form: fd, refresh: (slug) => [`/app/${slug}/signalen/instellingen`] },
  );
}

/** One's own mail choice for signals in this gemeente (anyone who works signals). */
export async function setMailPreferenceAction(gemeenteSlug: string, _prev: SettingsState, fd: FormData): Promise<SettingsState> {
  return tenantAction(
    "setMailPreferenceAction",
    gemeenteSlug,
    "signals:work",
    async (ctx) => {
      const r = await setMailPreference(ctx, { mode: fd.get("mode") });
      return {
        message:
          r.mode === "DAGELIJKS"
            ? "Opgeslagen: je krijgt één overzicht per dag."
            : "Opgeslagen: je krijgt een e-mail bij elk signaal dat aan jou wordt toegewezen.",
      };
    },
    { form: fd, refresh: (slug) => [`/app/${slug}/signalen/instellingen`] },
  );
}

// ---------- The reporter's status check (public, code in the POST body, never in a URL) ----------

export type StatusCheckState = ActionResult<{ status: "ONTVANGEN" | "OPGEPAKT" | "AFGESLOTEN" }> | null;

/** Anyone with the one-time code. A wrong code is NOT_FOUND (nothing else is told). */
export async function checkSignalStatusAction(gemeenteSlug: string, _prev: StatusCheckState, fd: FormData): Promise<StatusCheckState> {
  return publicAction("checkSignalStatusAction", async () => {
    // Anything but form data is answered like a wrong code (NOT_FOUND), not VALIDATION: so no `form` option here.
    if (!(fd instanceof FormData)) throw new AppError("NOT_FOUND");
    const code = fd.get("code");
    try {
      return await statusByCode(String(gemeenteSlug), typeof code === "string" ? code.trim() : "");
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") {
        throw new AppError("NOT_FOUND", nl.resident.statusCheck.unknown, { fieldErrors: { code: [nl.resident.statusCheck.unknown] } });
      }
      throw error;
    }
  });
}

export type FeedbackState = ActionResult<{ ok: true }> | null;

/** The reporter's answer through the single-use link (no login; the token is the only key). */
export async function answerFeedbackAction(gemeenteSlug: string, _prev: FeedbackState, fd: FormData): Promise<FeedbackState> {
  return publicAction(
    "answerFeedbackAction",
    async () => {
      const get = (k: string) => (typeof fd.get(k) === "string" ? (fd.get(k) as string) : undefined);
      return answerFeedback(String(gemeenteSlug), { token: get("token"), helped: get("helped"), remark: get("remark") });
    },
    { form: fd },
  );
}
