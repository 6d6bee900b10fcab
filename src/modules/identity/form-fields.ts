/**
 * The identity-provider form's fields, in form order, and how each is read from the posted form: one
 * list for the server action and the browser's check (src/lib/input/form-values.ts). No zod here,
 * so the form can import it without loading the schemas.
 */
import type { FormFields } from "@/lib/input/form-values";

/** An empty secret keeps the stored one (ZIdentityProviderInput). */
export const IDENTITY_PROVIDER_FORM = {
  issuer: "text",
  clientId: "text",
  clientSecret: "text",
  domains: "text",
} as const satisfies FormFields;

/** Removing the provider: a button, no fields. */
export const REMOVE_IDENTITY_PROVIDER_FORM = {} as const satisfies FormFields;
