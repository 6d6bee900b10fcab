"use server";
/**
 * Server actions for signals. Each checks the session/permission itself (server actions are public
 * POST endpoints); the domain functions validate and check again. Inputs are never logged.
 */
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/throttle";
import type { TenantContext } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { AppError, type FormState } from "@/lib/result";
import { formValues, type FormFields } from "@/lib/input/form-values";
import { publicAction, tenantFormAction, type Refresh } from "@/server/action";
import { nl } from "@/i18n/nl";
import { submitPublicSignal } from "./server/public-intake";
import { setWijken } from "@/modules/gemeenten/server";
import { createSignal } from "./server/create-signal";
import { transitionSignal } from "./server/transition-signal";
import { eraseResident, exportResident, liftRestriction, lookupResident, restrictResident, type ResidentSignal } from "./server/privacy";
import { statusByCode } from "./server/read-signals";
import { answerFeedback } from "./server/feedback";
import { DEADLINE_STEPS, runRetentionNow, setMailPreference, setSignalCategories, updateSignalSettings } from "./server/settings";
import {
  CATEGORIES_FORM,
  FEEDBACK_FORM,
  INTAKE_FORM,
  MAIL_PREFERENCE_FORM,
  RESIDENT_RIGHTS_FORM,
  RETENTION_RUN_FORM,
  residentRightsInput,
  signalSettingsForm,
  signalSettingsInput,
  STATUS_CHECK_FORM,
  TRANSITION_FORM,
  WIJKEN_FORM,
} from "./form-fields";

export type IntakeState = FormState<{ statusCode: string }>;

/** The public form (no login). */
export async function submitPublicSignalAction(gemeenteSlug: string, _prev: IntakeState, fd: FormData): Promise<IntakeState> {
  // Anything but the form's own data is bad input, not a server fault (form: fd).
  return publicAction(
    "submitPublicSignalAction",
    async () => {
      const address = clientIp(await headers());
      const r = await submitPublicSignal(String(gemeenteSlug), formValues(fd, INTAKE_FORM), address);
      return { statusCode: r.statusCode };
    },
    { form: fd },
  );
}

/** Phone intake by the loket, on behalf of the caller. */
export async function phoneIntakeAction(gemeenteSlug: string, _prev: IntakeState, fd: FormData): Promise<IntakeState> {
  return tenantFormAction(
    "phoneIntakeAction",
    gemeenteSlug,
    "signals:create",
    { data: fd, fields: INTAKE_FORM },
    async (ctx, input) => {
      // The staff intake also sets the hulpvraag and risk group (the public form does not ask for them).
      const r = await createSignal(ctx, input, "LOKET_TELEFOON");
      return { statusCode: r.statusCode };
    },
    { refresh: (slug) => [`/app/${slug}/signalen`] },
  );
}

export type TransitionState = FormState<{ status: string }>;

/** Next step in the follow-up. */
export async function transitionSignalAction(
  gemeenteSlug: string,
  id: string,
  _prev: TransitionState,
  fd: FormData,
): Promise<TransitionState> {
  return tenantFormAction(
    "transitionSignalAction",
    gemeenteSlug,
    "signals:work",
    { data: fd, fields: TRANSITION_FORM },
    async (ctx, input) => {
      const r = await transitionSignal(ctx, String(id), input);
      return { status: r.status };
    },
    { refresh: (slug) => [`/app/${slug}/signalen`] },
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
export type ResidentState = FormState<ResidentData>;

const INTENTS = ["zoek", "export", "beperk", "hef-op", "wis"] as const;

/**
 * One action for the resident-rights page: look up (zoek), export (JSON), restrict (beperk) or
 * erase (wis). Every read and change is audited by the domain; after a change the page shows the
 * fresh state. Each of the page's forms has its own result, so field errors keep their plain names.
 */
export async function residentRightsAction(gemeenteSlug: string, _prev: ResidentState, fd: FormData): Promise<ResidentState> {
  return tenantFormAction(
    "residentRightsAction",
    gemeenteSlug,
    "signals:assess",
    { data: fd, fields: RESIDENT_RIGHTS_FORM },
    async (ctx, input) => {
      const { intent, query, change } = residentRightsInput(input);
      if (!(INTENTS as readonly string[]).includes(intent)) throw new AppError("VALIDATION");
      let message: string | undefined;
      if (intent === "wis") {
        const r = await eraseResident(ctx, change);
        message = `${r.erased} ${r.erased === 1 ? "signaal" : "signalen"}: persoonsgegevens gewist. Dit is vastgelegd.`;
      } else if (intent === "hef-op") {
        const r = await liftRestriction(ctx, change);
        message = `${r.lifted} ${r.lifted === 1 ? "signaal" : "signalen"} van slot gehaald. Het werk kan weer verder. Dit is vastgelegd.`;
      } else if (intent === "beperk") {
        const r = await restrictResident(ctx, change);
        message = `${r.restricted} ${r.restricted === 1 ? "signaal" : "signalen"} op slot gezet: alleen de regisseur kan de gegevens nog zien, en niemand kan het signaal verder zetten tot het weer van slot is gehaald. Dit is vastgelegd.`;
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
  );
}

// ---------- Settings ----------

export type SettingsState = FormState<{ message: string }>;

const SETTINGS_PAGE = (slug: string): Refresh[] => [`/app/${slug}/signalen/instellingen`];

/** A form of the signal settings page: its fields, what it stores (saying so in one sentence) and the pages to refresh. */
type SettingsForm = {
  fields: FormFields;
  save: (ctx: TenantContext, input: Record<string, unknown>) => Promise<string>;
  /** The settings page unless said otherwise. */
  refresh?: (slug: string) => Refresh[];
};

/** One way for the settings page's forms: `tenantFormAction` with the sentence `save` returns as the status line. */
function settingsFormAction(name: string, gemeenteSlug: string, permission: Permission, fd: FormData, form: SettingsForm) {
  return tenantFormAction(
    name,
    gemeenteSlug,
    permission,
    { data: fd, fields: form.fields },
    async (ctx, input): Promise<{ message: string }> => ({ message: await form.save(ctx, input) }),
    { refresh: form.refresh ?? SETTINGS_PAGE },
  );
}

/** The gemeente's signal settings (regisseur only): retention months, deadlines, default mail choice. */
export async function updateSignalSettingsAction(gemeenteSlug: string, _prev: SettingsState, fd: FormData): Promise<SettingsState> {
  return settingsFormAction("updateSignalSettingsAction", gemeenteSlug, "signals:assess", fd, {
    fields: signalSettingsForm(DEADLINE_STEPS),
    save: async (ctx, input) => {
      await updateSignalSettings(ctx, signalSettingsInput(input, DEADLINE_STEPS));
      return "De instellingen zijn opgeslagen.";
    },
  });
}

/** The gemeente's own wijken (regisseur): one per line. */
export async function setWijkenAction(gemeenteSlug: string, _prev: SettingsState, fd: FormData): Promise<SettingsState> {
  return settingsFormAction("setWijkenAction", gemeenteSlug, "signals:assess", fd, {
    fields: WIJKEN_FORM,
    save: async (ctx, input) => {
      const wijken = await setWijken(ctx, { text: input.wijken });
      return `${wijken.length} ${wijken.length === 1 ? "wijk" : "wijken"} opgeslagen.`;
    },
  });
}

/** The gemeente's hulpvragen (regisseur): one per line. Every signals page shows them. */
export async function setCategoriesAction(gemeenteSlug: string, _prev: SettingsState, fd: FormData): Promise<SettingsState> {
  return settingsFormAction("setCategoriesAction", gemeenteSlug, "signals:assess", fd, {
    fields: CATEGORIES_FORM,
    save: async (ctx, input) => {
      const categories = await setSignalCategories(ctx, { text: input.categories });
      return `${categories.length} ${categories.length === 1 ? "hulpvraag" : "hulpvragen"} opgeslagen.`;
    },
    refresh: (slug) => [{ path: `/app/${slug}/signalen`, layout: true }],
  });
}

/** Run retention now (regisseur only, with confirmation); each erasure is audited with the regisseur as actor. */
export async function runRetentionAction(gemeenteSlug: string, _prev: SettingsState, fd: FormData): Promise<SettingsState> {
  return settingsFormAction("runRetentionAction", gemeenteSlug, "signals:assess", fd, {
    fields: RETENTION_RUN_FORM,
    save: async (ctx, input) => {
      const r = await runRetentionNow(ctx, input);
      return `${r.erased} ${r.erased === 1 ? "signaal" : "signalen"}: persoonsgegevens gewist. De tellingen blijven.`;
    },
  });
}

/** One's own mail choice for signals in this gemeente (anyone who works signals). */
export async function setMailPreferenceAction(gemeenteSlug: string, _prev: SettingsState, fd: FormData): Promise<SettingsState> {
  return settingsFormAction("setMailPreferenceAction", gemeenteSlug, "signals:work", fd, {
    fields: MAIL_PREFERENCE_FORM,
    save: async (ctx, input) =>
      (await setMailPreference(ctx, input)).mode === "DAGELIJKS"
        ? "Opgeslagen: je krijgt één overzicht per dag."
        : "Opgeslagen: je krijgt een e-mail bij elk signaal dat aan jou wordt toegewezen.",
  });
}

// ---------- The reporter's status check (public, code in the POST body, never in a URL) ----------

export type StatusCheckState = FormState<{ status: "ONTVANGEN" | "OPGEPAKT" | "AFGESLOTEN" }>;

/** Anyone with the one-time code. A wrong code is NOT_FOUND (nothing else is told). */
export async function checkSignalStatusAction(gemeenteSlug: string, _prev: StatusCheckState, fd: FormData): Promise<StatusCheckState> {
  return publicAction("checkSignalStatusAction", async () => {
    // Anything but form data is answered like a wrong code (NOT_FOUND), not VALIDATION: so no `form` option here.
    if (!(fd instanceof FormData)) throw new AppError("NOT_FOUND");
    const { code } = formValues(fd, STATUS_CHECK_FORM);
    try {
      return await statusByCode(String(gemeenteSlug), String(code).trim());
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") {
        throw new AppError("NOT_FOUND", nl.resident.statusCheck.unknown, { fieldErrors: { code: [nl.resident.statusCheck.unknown] } });
      }
      throw error;
    }
  });
}

export type FeedbackState = FormState<{ ok: true }>;

/** The reporter's answer through the single-use link (no login; the token is the only key). */
export async function answerFeedbackAction(gemeenteSlug: string, _prev: FeedbackState, fd: FormData): Promise<FeedbackState> {
  return publicAction("answerFeedbackAction", async () => answerFeedback(String(gemeenteSlug), formValues(fd, FEEDBACK_FORM)), {
    form: fd,
  });
}
