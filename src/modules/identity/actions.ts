"use server";
/**
 * Server actions for the platform admin's page /beheer/[gemeente]/inloggen. Each checks the session
 * and the permission itself (gemeente:manage). The form posts (works without JavaScript).
 */
import type { FormState } from "@/lib/result";
import { tenantFormAction, type Refresh } from "@/server/action";
import { IDENTITY_PROVIDER_FORM } from "./form-fields";
import { removeIdentityProvider, saveIdentityProvider } from "./server/identity-providers";
import type { TIdentityProviderView } from "./schemas";

/** The platform admin's pages (not the gemeente's own). */
const BEHEER: Refresh = { path: "/beheer", layout: true };

/** The form's state: null before the first post, then the action's result. */
export type IdentityFormState = FormState<TIdentityProviderView | null>;

/** Connect or change the provider (the form posts with and without JavaScript). */
export async function saveIdentityProviderAction(gemeenteSlug: string, _prev: IdentityFormState, fd: FormData): Promise<IdentityFormState> {
  return tenantFormAction(
    "saveIdentityProviderAction",
    gemeenteSlug,
    "gemeente:manage",
    { data: fd, fields: IDENTITY_PROVIDER_FORM },
    saveIdentityProvider,
    { refresh: () => [BEHEER, "/inloggen"] },
  );
}

/** Remove the provider: a form with only its button (posts with and without JavaScript). */
export async function removeIdentityProviderAction(
  gemeenteSlug: string,
  _prev: IdentityFormState,
  fd: FormData,
): Promise<IdentityFormState> {
  return tenantFormAction(
    "removeIdentityProviderAction",
    gemeenteSlug,
    "gemeente:manage",
    { data: fd, fields: {} },
    async (ctx): Promise<TIdentityProviderView | null> => {
      await removeIdentityProvider(ctx);
      return null;
    },
    { refresh: () => [BEHEER] },
  );
}
