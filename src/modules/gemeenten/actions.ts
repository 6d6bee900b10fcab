"use server";
/**
 * Server actions for the gemeente itself. Each checks the session and the permission itself:
 * server actions are public POST endpoints.
 */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { AppError, runAction, type ActionResult } from "@/lib/result";
import { setTheme } from "./server/theme";
import type { Theme } from "./theme";
import { setPublicContact } from "./server/public-contact";
import type { TPublicContact } from "./schemas";

export type ThemeFormState = ActionResult<Theme> | null;
const THEME_FIELDS = ["primary", "accent", "font", "domain", "logoUrl"] as const;

/** The house-style form (posts without JavaScript too): the regisseur or the platform admin saves it. */
export async function setThemeAction(gemeenteSlug: string, _prev: ThemeFormState, fd: FormData): Promise<ThemeFormState> {
  const input: Record<string, string> = {};
  if (fd instanceof FormData) {
    for (const f of THEME_FIELDS) {
      const v = fd.get(f);
      if (typeof v === "string") input[f] = v;
    }
  }
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "theme:manage");
    const theme = await setTheme(ctx, input);
    revalidatePath(`/app/${ctx.gemeente.slug}`, "layout");
    revalidatePath(`/g/${ctx.gemeente.slug}`, "layout");
    return theme;
  }, "setThemeAction");
}

export type PublicContactState = ActionResult<TPublicContact> | null;

/** The regisseur sets the coalition's public contact (e-mail, phone) for people who want to join. */
export async function setPublicContactAction(gemeenteSlug: string, _prev: PublicContactState, fd: FormData): Promise<PublicContactState> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "coalition:manage");
    if (!(fd instanceof FormData)) throw new AppError("VALIDATION");
    const email = fd.get("email");
    const phone = fd.get("phone");
    const r = await setPublicContact(ctx, { email: typeof email === "string" ? email : "", phone: typeof phone === "string" ? phone : "" });
    revalidatePath(`/g/${ctx.gemeente.slug}`);
    revalidatePath(`/g/${ctx.gemeente.slug}/partners`);
    return r;
  }, "setPublicContactAction");
}
