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
import { removeLogo, setLogo } from "./server/logo";
import type { Theme } from "./theme";
import { setPublicContact } from "./server/public-contact";
import type { TPublicContact } from "./schemas";

/** The house style and logo show on every staff and public page of the gemeente. */
function revalidateHouseStyle(slug: string) {
  revalidatePath(`/app/${slug}`, "layout");
  revalidatePath(`/g/${slug}`, "layout");
}

export type ThemeFormState = ActionResult<Theme> | null;
const THEME_FIELDS = ["primary", "accent", "font"] as const;

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
    revalidateHouseStyle(ctx.gemeente.slug);
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

export type LogoFormState = ActionResult<{ removed: boolean }> | null;

/** Upload the gemeente's logo (multipart form; works without JavaScript). The bytes are checked, not the name. */
export async function setLogoAction(gemeenteSlug: string, _prev: LogoFormState, fd: FormData): Promise<LogoFormState> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "theme:manage");
    const file = fd instanceof FormData ? fd.get("logo") : null;
    if (!(file instanceof File) || file.size === 0) {
      throw new AppError("VALIDATION", "Het logo is niet opgeslagen.", { fieldErrors: { logo: ["Kies een bestand met het logo."] } });
    }
    await setLogo(ctx, new Uint8Array(await file.arrayBuffer()));
    revalidateHouseStyle(ctx.gemeente.slug);
    return { removed: false };
  }, "setLogoAction");
}

/** Remove the gemeente's logo; the pages show none afterwards. */
export async function removeLogoAction(gemeenteSlug: string, _prev: LogoFormState, _fd: FormData): Promise<LogoFormState> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "theme:manage");
    await removeLogo(ctx);
    revalidateHouseStyle(ctx.gemeente.slug);
    return { removed: true };
  }, "removeLogoAction");
}
