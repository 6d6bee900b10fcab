"use server";
/**
 * Server actions for the gemeente itself. Each checks the session and the permission itself:
 * server actions are public POST endpoints.
 */
import { AppError, type FormState } from "@/lib/result";
import { tenantAction, tenantFormAction } from "@/server/action";
import { PUBLIC_CONTACT_FORM, THEME_FORM } from "./form-fields";
import { setTheme } from "./server/theme";
import { removeLogo, setLogo } from "./server/logo";
import type { Theme } from "./theme";
import { setPublicContact } from "./server/public-contact";
import type { TPublicContact } from "./schemas";

/** The house style and logo show on every staff and public page of the gemeente. */
const HOUSE_STYLE = (slug: string) => [
  { path: `/app/${slug}`, layout: true as const },
  { path: `/g/${slug}`, layout: true as const },
];

export type ThemeFormState = FormState<Theme>;

/** The house-style form (posts without JavaScript too): the regisseur or the platform admin saves it. */
export async function setThemeAction(gemeenteSlug: string, _prev: ThemeFormState, fd: FormData): Promise<ThemeFormState> {
  return tenantFormAction("setThemeAction", gemeenteSlug, "theme:manage", { data: fd, fields: THEME_FORM }, setTheme, {
    refresh: HOUSE_STYLE,
  });
}

export type PublicContactState = FormState<TPublicContact>;

/** The regisseur sets the coalition's public contact (e-mail, phone) for people who want to join. */
export async function setPublicContactAction(gemeenteSlug: string, _prev: PublicContactState, fd: FormData): Promise<PublicContactState> {
  return tenantFormAction(
    "setPublicContactAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: PUBLIC_CONTACT_FORM },
    setPublicContact,
    { refresh: (slug) => [`/g/${slug}`, `/g/${slug}/partners`] },
  );
}

export type LogoFormState = FormState<{ removed: boolean }>;

/** Upload the gemeente's logo (multipart form; works without JavaScript). The bytes are checked, not the name. */
export async function setLogoAction(gemeenteSlug: string, _prev: LogoFormState, fd: FormData): Promise<LogoFormState> {
  return tenantAction(
    "setLogoAction",
    gemeenteSlug,
    "theme:manage",
    async (ctx) => {
      // Not the builder's form check: a missing file names the field.
      const file = fd instanceof FormData ? fd.get("logo") : null;
      if (!(file instanceof File) || file.size === 0) {
        throw new AppError("VALIDATION", "Het logo is niet opgeslagen.", { fieldErrors: { logo: ["Kies een bestand met het logo."] } });
      }
      await setLogo(ctx, new Uint8Array(await file.arrayBuffer()));
      return { removed: false };
    },
    { refresh: HOUSE_STYLE },
  );
}

/** Remove the gemeente's logo; the pages show none afterwards. */
export async function removeLogoAction(gemeenteSlug: string, _prev: LogoFormState, _fd: FormData): Promise<LogoFormState> {
  return tenantAction(
    "removeLogoAction",
    gemeenteSlug,
    "theme:manage",
    async (ctx) => {
      await removeLogo(ctx);
      return { removed: true };
    },
    { refresh: HOUSE_STYLE },
  );
}
