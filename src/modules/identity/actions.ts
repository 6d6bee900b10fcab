"use server";
/**
 * Server actions for the platform admin's page /beheer/[gemeente]/inloggen. Each checks the session
 * and the permission itself (gemeente:manage). The form posts (works without JavaScript).
 */
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/session";
import { requireTenant } from "@/lib/auth/context";
import { runAction, type ActionResult } from "@/lib/result";
import { removeIdentityProvider, saveIdentityProvider } from "./server/identity-providers";
import type { TIdentityProviderView } from "./schemas";

/** The form's state: null before the first post, then the action's result. */
export type IdentityFormState = ActionResult<TIdentityProviderView | null> | null;

export async function saveIdentityProviderAction(
  gemeenteSlug: string,
  _prev: IdentityFormState,
  form: FormData,
): Promise<ActionResult<TIdentityProviderView | null>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "gemeente:manage");
    const text = (k: string) => (form instanceof FormData && typeof form.get(k) === "string" ? String(form.get(k)) : undefined);
    const saved = await saveIdentityProvider(ctx, {
      issuer: text("issuer"),
      clientId: text("clientId"),
      clientSecret: text("clientSecret"),
      domains: text("domains"),
    });
    revalidatePath("/beheer", "layout");
    revalidatePath("/inloggen");
    return saved;
  }, "saveIdentityProviderAction");
}

export async function removeIdentityProviderAction(
  gemeenteSlug: string,
  _prev?: IdentityFormState,
): Promise<ActionResult<TIdentityProviderView | null>> {
  return runAction(async () => {
    const ctx = await requireTenant(await getActor(), { slug: String(gemeenteSlug) }, "gemeente:manage");
    await removeIdentityProvider(ctx);
    revalidatePath("/beheer", "layout");
    return null;
  }, "removeIdentityProviderAction");
}
