"use server";
/**
 * Server actions for the platform admin's page /beheer/[gemeente]/inloggen. Each checks the session
 * and the permission itself (gemeente:manage). The form posts (works without JavaScript).
 */
import type { FormState } from "@/lib/result";
import { formValues } from "@/lib/input/form-values";
import { tenantAction, type Refresh } from "@/server/action";
import { IDENTITY_PROVIDER_FORM } from "./form-fields";
import { removeIdentityProvider, saveIdentityProvider } from "./server/identity-providers";
import type { TIdentityProviderView } from "./schemas";

/** The platform admin's pages (not the gemeente's own). */
const BEHEER: Refresh = { path: "/beheer", layout: true };

/** The form's state: null before the first post, then the action's result. */
export type IdentityFormState = FormState<TIdentityProviderView | null>;

/** Connect or change the provider (the form posts with and without JavaScript). */
export async function saveIdentityProviderAction(gemeenteSlug: string, _prev: IdentityFormState, fd: FormData): Promise<IdentityFormState> {
  return tenantAction(
    "saveIdentityProviderAction",
    gemeenteSlug,
    "gemeente:manage",
    (ctx) => saveIdentityProvider(ctx, formValues(fd, IDENTITY_PROVIDER_FORM)),
    { form: fd, refresh: () => [BEHEER, "/inloggen"] },
  );
}

/** Remove the provider: a form with only its button (posts with and without JavaScript). */
export async function removeIdentityProviderAction(
  gemeenteSlug: string,
  _prev: IdentityFormState,
  fd: FormData,
): Promise<IdentityFormState> {
  return tenantAction(
    "removeIdentityProviderAction",
    gemeenteSlug,
    "gemeente:manage",
    async (ctx): Promise<TIdentityProviderView | null> => {
      await removeIdentityProvider(ctx);
      return null;
    },
    { form: fd, refresh: () => [BEHEER] },
  );
}
