/**
 * The one way a server action changes data inside a gemeente:
 *
 *   session → gemeente + permission (requireTenant) → domain function → refresh pages → one result shape.
 *
 * Every module's actions.ts calls `tenantAction` (`tenantFormAction` behind a form; outside a gemeente, `actorAction` / `publicAction`
 * below); none of them reads the session, checks a role, refreshes a page or turns an error into a
 * message by hand (src/server/action.test.ts fails when one does). The domain function validates its input and checks the
 * permission again (an action is a public POST endpoint, and the API calls the same function).
 * Errors become the Dutch `ActionResult` of src/lib/result.ts and are logged under the action's name;
 * inputs are never logged.
 *
 * Lives in the composition root (src/server) because it wires the framework (next/cache) to the
 * session choke point; src/lib stays framework-free.
 */
import { revalidatePath } from "next/cache";
import { getActor } from "@/server/session";
import { requireTenant, type Actor, type TenantContext } from "@/lib/auth/context";
import type { Permission } from "@/lib/auth/permissions";
import { AppError, runAction, type ActionResult } from "@/lib/result";
import { formValues, type FormFields, type FormValuesOptions } from "@/lib/input/form-values";
import { readerLocale } from "@/i18n/server";
import { translateFieldErrors, translateMessage } from "@/i18n/translate-message";

/** A page to refresh after the change: a path, or a path with everything below it ("layout"). */
export type Refresh = string | { path: string; layout: true };

export type TenantActionOptions<T> = {
  /** The pages that show what changed, for this gemeente's slug (and the domain function's result). */
  refresh?: (slug: string, result: T) => Refresh[];
  /**
   * The form data the action received, when it takes a form: anything else (a forged call with a
   * plain object) is bad input (VALIDATION), checked after the permission, before the domain runs.
   */
  form?: unknown;
};

/**
 * Run one mutation as the signed-in actor in the gemeente `slug`, with `permission`.
 * `name` is the exported action's name (for the error log and the role matrix's messages).
 */
export function tenantAction<T>(
  name: string,
  slug: unknown,
  permission: Permission,
  fn: (ctx: TenantContext) => Promise<T>,
  opts: TenantActionOptions<T> = {},
): Promise<ActionResult<T>> {
  return answer(
    opts.form,
    runAction(async () => {
      const ctx = await requireTenant(await getActor(), { slug: String(slug) }, permission);
      refuseNonForm(opts);
      const result = await fn(ctx);
      refreshPages(opts.refresh?.(ctx.gemeente.slug, result) ?? []);
      return result;
    }, name),
  );
}

/**
 * `tenantAction` for an action behind a form (`(…ids, _prev, fd)`, posted by useActionForm): the
 * form data is refused unless it is FormData, then read with the form's field list (the same list the
 * browser's check reads, src/lib/input/form-values.ts) and handed to the domain function as its input.
 */
export function tenantFormAction<T>(
  name: string,
  slug: unknown,
  permission: Permission,
  form: { data: unknown; fields: FormFields } & FormValuesOptions,
  fn: (ctx: TenantContext, input: Record<string, unknown>) => Promise<T>,
  opts: Omit<TenantActionOptions<T>, "form"> = {},
): Promise<ActionResult<T>> {
  return tenantAction(name, slug, permission, (ctx) => fn(ctx, formValues(form.data, form.fields, form)), {
    ...opts,
    form: form.data,
  });
}

/** Posted fields never sent back into a page: secrets and one-time values. */
const NOT_ECHOED = /password|wachtwoord|secret|token|^code$|^\$ACTION/i;

/**
 * A form's answer: in the reader's language, and when refused, with the form's posted text
 * (`values`), so a page answered without JavaScript shows what was typed instead of an empty form
 * (useActionForm hands it to the fields). Only to the poster, in the answer to their own post;
 * secrets and one-time values (NOT_ECHOED) never.
 */
async function answer<T>(form: unknown, pending: Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const result = await inReaderLanguage(pending);
  if (result.ok || !(form instanceof FormData)) return result;
  const values: Record<string, string> = {};
  form.forEach((value, name) => {
    if (typeof value === "string" && !NOT_ECHOED.test(name) && !(name in values)) values[name] = value;
  });
  return { ...result, values };
}

/**
 * A result in the reader's language: the modules' messages are Dutch, an English reader (the `lang`
 * cookie) gets them through src/i18n/en-messages.ts, loaded only then — a refusal's message and field
 * errors, and a success's `message` (the one text a domain result carries for the status line).
 */
async function inReaderLanguage<T>(pending: Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const result = await pending;
  const said = result.ok ? (result.data as { message?: unknown } | null)?.message : undefined;
  if (result.ok && typeof said !== "string") return result;
  const locale = await readerLocale();
  if (locale === "nl") return result;
  const { EN_MESSAGES, EN_FRAGMENTS } = await import("@/i18n/en-messages");
  const dict = { messages: EN_MESSAGES, fragments: EN_FRAGMENTS };
  if (result.ok) return { ...result, data: { ...result.data, message: translateMessage(said as string, locale, dict) } };
  return {
    ...result,
    message: translateMessage(result.message, locale, dict),
    ...(result.fieldErrors ? { fieldErrors: translateFieldErrors(result.fieldErrors, locale, dict) } : {}),
  };
}

/** Where the action takes a form (`form` given), anything but form data is bad input. */
function refuseNonForm(opts: { form?: unknown }) {
  if ("form" in opts && !(opts.form instanceof FormData)) throw new AppError("VALIDATION");
}

function refreshPages(targets: Refresh[]) {
  for (const target of targets) {
    if (typeof target === "string") revalidatePath(target);
    else revalidatePath(target.path, "layout");
  }
}

/**
 * A change outside one gemeente's pages, made by whoever is signed in (or nobody): one's own
 * account, registering an organisation, leaving. The domain function receives the actor and decides
 * (requireUser, requirePlatform, its own checks).
 */
export function actorAction<T>(
  name: string,
  fn: (actor: Actor) => Promise<T>,
  opts: { refresh?: (result: T) => Refresh[]; form?: unknown } = {},
): Promise<ActionResult<T>> {
  return answer(
    opts.form,
    runAction(async () => {
      const actor = await getActor();
      // Nobody signed in: a call without form data is refused as the sign-in would refuse it, not as bad input.
      if (actor.kind === "anonymous" && "form" in opts && !(opts.form instanceof FormData)) throw new AppError("UNAUTHENTICATED");
      refuseNonForm(opts);
      const result = await fn(actor);
      refreshPages(opts.refresh?.(result) ?? []);
      return result;
    }, name),
  );
}

/**
 * A public action (no sign-in: the worry form, sign-up); the domain function guards itself.
 * `refresh` names the public pages that show the change (after the domain function succeeded).
 */
export function publicAction<T>(
  name: string,
  fn: () => Promise<T>,
  opts: { form?: unknown; refresh?: (result: T) => Refresh[] } = {},
): Promise<ActionResult<T>> {
  return answer(
    opts.form,
    runAction(async () => {
      refuseNonForm(opts);
      const result = await fn();
      refreshPages(opts.refresh?.(result) ?? []);
      return result;
    }, name),
  );
}
