"use server";
/**
 * Server actions for the platform admin's page /beheer/[gemeente]/inloggen. Each checks the session
 * and the permission itself (gemeente:manage). The form posts (works without JavaScript).
 */
import type { ActionResult } from "@/lib/result";
import { tenantAction, type Refresh } from "@/server/action";
import { removeIdentityProvider, saveIdentityProvider } from "./server/identity-providers";
import type { TIdentityProviderView } from "./schemas";

/** The platform admin's pages (not the gemeente's own). */
const BEHEER: Refresh = { path: "/beheer", layout: true };

/** The form's state: null before the first post, then the action's result. */
export type IdentityFormState = ActionResult<TIdentityProviderView | null> | null;

export async function saveIdentityProviderAction(
  gemeenteSlug: string,
  _prev: IdentityFormState,
  form: FormData,
): Promise<ActionResult<TIdentityProviderView | null>> {
  return tenantAction(
    "saveIdentityProviderAction",
    gemeenteSlug,
    "gemeente:manage",
    (ctx) => {
      const text = (k: string) => (form instanceof FormData && typeof form.get(k) === "string" ? String(form.get(k)) : undefined);
      return saveIdentityProvider(ctx, {
        issuer: text("issuer"),
        clientId: text("clientId"),
        clientSecret: text("clientSecret"),
        domains: text("domains"),
      });
    },
    { refresh: () => [BEHEER, "/inloggen"] },
  );
}

export async function removeIdentityProviderAction(
  gemeenteSlug: string,
  _prev?: IdentityFormState,
): Promise<ActionResult<TIdentityProviderView | null>> {
  return tenantAction(
    "removeIdentityProviderAction",
    gemeenteSlug,
    "gemeente:manage",
    async (ctx): Promise<TIdentityProviderView | null> => {
      await removeIdentityProvider(ctx);
      return null;
    },
    { refresh: () => [BEHEER] },
  );
}
